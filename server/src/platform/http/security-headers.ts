/**
 * Security headers on every answer, through @fastify/helmet: the public site's policy by default
 * (the report pages, and the API, whose JSON never loads anything), the staff app's policy under
 * /app, HSTS only when the public address is https, and `Cache-Control: no-store` on anything that
 * did not choose its own caching (reports, tracking codes and staff data must never sit in a
 * browser or shared cache). Evidence files keep the stricter headers their own routes set
 * (features/evidence): headers a route sets win over these.
 */
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';

type Directives = Record<string, string[]>;

/** The public pages: same-origin script, style and images, no framing, no plugins. */
const SITE_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
};

/** The staff app (a Vite build under /app): the same, plus evidence media from the API. */
const STAFF_APP_POLICY: Directives = {
  'default-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'media-src': ["'self'"],
  'style-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

// useDefaults: false keeps each policy exactly as written (helmet would add its own directives).
const policy = (directives: Directives) => ({ useDefaults: false, directives });

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), interest-cohort=()';

/** A year, for the host only: other services on sibling subdomains are not ours to force to https. */
const HSTS_SECONDS = 365 * 86_400;

export async function registerSecurityHeaders(app: FastifyInstance, config: Config): Promise<void> {
  const https = config.publicUrl.startsWith('https:');
  const options: FastifyHelmetOptions = {
    contentSecurityPolicy: policy(SITE_POLICY),
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: https ? { maxAge: HSTS_SECONDS, includeSubDomains: false } : false,
  };
  await app.register(helmet, options);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

/** Gives every answer of `scope` (its not-found handler included) the staff app's policy. */
export function useStaffAppPolicy(scope: FastifyInstance): void {
  scope.addHook('onRequest', async (_request, reply) => {
    reply.helmet({ contentSecurityPolicy: policy(STAFF_APP_POLICY) });
  });
}
