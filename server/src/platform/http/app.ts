/**
 * Builds the Fastify application: schema validation with zod (which also writes the OpenAPI
 * document), error mapping, cookies, form bodies, logging that never records a client address,
 * tracking code or query parameter, security headers, text that every column can hold, limits on
 * slow clients, which proxies to trust, then every feature's routes.
 */
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { BlobStore } from '../blobs/index.ts';
import type { Config } from '../config.ts';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Database } from '../db/database.ts';
import { registerErrorHandling } from './errors.ts';
import { serializeError, serializeRequest, serializeResponse } from './log-serializers.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerSlowRequestLimits, serverLimits } from './slow-requests.ts';
import { registerTextCheck } from './text-check.ts';
import { trustProxyOption, warnAboutHopCount } from './trust-proxy.ts';

export type AppDeps = {
  config: Config;
  database: Database;
  secretBox: SecretBox;
  /** Encrypted evidence files (features/evidence). */
  blobStore: BlobStore;
};

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export type AppPlugin = (app: FastifyInstance, deps: AppDeps) => Promise<void> | void;

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Logging without anonymity leaks: see log-serializers.ts for what a line may carry. */
export function loggerOptions(
  config: Config,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    ...(stream ? { stream } : {}),
    serializers: { req: serializeRequest, res: serializeResponse, err: serializeError },
  } as FastifyServerOptions['logger'];
}

export async function buildApp(
  deps: AppDeps,
  plugins: AppPlugin[],
  options: { logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: loggerOptions(config, options.logStream),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustProxyOption(config.trustProxy),
    routerOptions: { maxParamLength: 200 },
    genReqId: () => crypto.randomUUID(),
    ...serverLimits(config.http, Math.max(BODY_LIMIT_BYTES, config.mediaMaxBytes)),
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerSlowRequestLimits(app, config.http);
  registerTextCheck(app);
  warnAboutHopCount(config.trustProxy, config.host, app.log);

  await registerSecurityHeaders(app, config);
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: BODY_LIMIT_BYTES });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vigie API',
        version: '0.1.0',
        description: 'Anonymous reporting of illegal online content, and the hotline staff workspace.',
      },
    },
    transform: jsonSchemaTransform,
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  for (const plugin of plugins) await plugin(app, deps);
  return app;
}
