/**
 * The staff sign-in API (/api/auth/*): password, second factor, TOTP enrolment, first password through
 * the setup link, session, sign-out. Also starts the guarded-route table, so this plugin must be
 * registered before any feature with staff routes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tooManyRequests } from '../errors.ts';
import type { AppDeps } from '../http/app.ts';
import { createRateLimiter } from '../http/rate-limit.ts';
import { errorResponses } from '../http/schemas.ts';
import type { Language } from '../i18n/language.ts';
import {
  enrolmentBody,
  enrolmentResponse,
  fullSessionResponse,
  loginBody,
  loginResponse,
  sessionResponse,
  setupBody,
  setupResponse,
  totpBody,
} from './auth.schemas.ts';
import {
  type AuthContext,
  confirmTotpEnrolment,
  setPasswordWithSetupToken,
  signInWithPassword,
  signInWithTotp,
  signOut,
  startTotpEnrolment,
} from './auth.service.ts';
import { collectStaffRoutes, currentSession, guardSession } from './guard.ts';
import type { Role } from './roles.ts';
import { clearSessionCookie, type LoadedSession, type OpenedSession, setSessionCookie } from './sessions.ts';

/** Guessing passwords, codes or setup tokens from one connection: this many tries per window. */
export const SIGN_IN_ATTEMPTS_PER_WINDOW = 20;
const SIGN_IN_WINDOW_MS = 10 * 60_000;

const TAG = 'staff-auth';

export function profileOf(session: Pick<LoadedSession, 'staff'>) {
  const s = session.staff;
  return {
    id: s.id,
    email: s.email,
    display_name: s.displayName,
    role: s.role as Role,
    language: s.language as Language,
  };
}

export async function authRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  collectStaffRoutes(app);
  const api = app.withTypeProvider<ZodTypeProvider>();
  const ctx: AuthContext = { db: deps.database.db, secretBox: deps.secretBox };
  const limiter = createRateLimiter(SIGN_IN_ATTEMPTS_PER_WINDOW, SIGN_IN_WINDOW_MS);
  const throttle = async (request: FastifyRequest) => {
    if (!limiter.take(request.ip)) {
      throw tooManyRequests(
        'auth.rate_limited',
        'Too many sign-in attempts from this connection. Try again later.',
      );
    }
  };
  const begin = (request: FastifyRequest, reply: FastifyReply, session: OpenedSession) => {
    setSessionCookie(request, reply, session.token);
    return session.csrfToken;
  };

  api.post(
    '/api/auth/login',
    {
      onRequest: throttle,
      schema: {
        tags: [TAG],
        summary: 'Sign in, first factor: e-mail and password',
        description:
          'Sets the vigie_session cookie. `stage: totp` → send a code to POST /api/auth/totp; ' +
          '`stage: enrol` → set up TOTP (GET then POST /api/auth/enrolment). Five failures in a row lock the account 15 minutes.',
        body: loginBody,
        response: { 200: loginResponse, ...errorResponses(400, 401, 423, 429) },
      },
    },
    async (request, reply) => {
      const session = await signInWithPassword(ctx, request.body.email, request.body.password);
      const csrf = begin(request, reply, session);
      return {
        stage: session.stage === 'password' ? ('totp' as const) : ('enrol' as const),
        csrf_token: csrf,
      };
    },
  );

  api.post(
    '/api/auth/totp',
    {
      onRequest: [throttle, guardSession({ stages: ['password'], roles: null })],
      schema: {
        tags: [TAG],
        summary: 'Sign in, second factor: the 6-digit code of the authenticator app',
        description: 'Needs the x-csrf-token header. Replaces the session cookie with a fully signed-in one.',
        body: totpBody,
        response: { 200: fullSessionResponse, ...errorResponses(400, 401, 403, 409, 423, 429) },
      },
    },
    async (request, reply) => {
      const session = await signInWithTotp(ctx, currentSession(request), request.body.code);
      const csrf = begin(request, reply, session);
      return { stage: 'full' as const, csrf_token: csrf, staff: profileOf(currentSession(request)) };
    },
  );

  api.get(
    '/api/auth/enrolment',
    {
      onRequest: guardSession({ stages: ['enrol'], roles: null }),
      schema: {
        tags: [TAG],
        summary: 'The TOTP secret to add to an authenticator app (base32, otpauth URL, QR code as SVG)',
        response: { 200: enrolmentResponse, ...errorResponses(401, 409) },
      },
    },
    async (request) => startTotpEnrolment(ctx, currentSession(request)),
  );

  api.post(
    '/api/auth/enrolment',
    {
      onRequest: [throttle, guardSession({ stages: ['enrol'], roles: null })],
      schema: {
        tags: [TAG],
        summary: 'Confirm TOTP enrolment with a code from the app; signs in fully',
        description: 'Needs the x-csrf-token header. Replaces the session cookie with a fully signed-in one.',
        body: enrolmentBody,
        response: { 200: fullSessionResponse, ...errorResponses(400, 401, 403, 409, 423, 429) },
      },
    },
    async (request, reply) => {
      const session = await confirmTotpEnrolment(ctx, currentSession(request), request.body.code);
      const csrf = begin(request, reply, session);
      return { stage: 'full' as const, csrf_token: csrf, staff: profileOf(currentSession(request)) };
    },
  );

  api.post(
    '/api/auth/setup',
    {
      onRequest: throttle,
      schema: {
        tags: [TAG],
        summary: 'Choose a password through the one-time setup link (valid 72 hours)',
        description:
          'At least 12 characters, not the e-mail address. Sets the session cookie; next step: TOTP enrolment.',
        body: setupBody,
        response: { 200: setupResponse, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const session = await setPasswordWithSetupToken(ctx, request.body.token, request.body.password);
      return { stage: 'enrol' as const, csrf_token: begin(request, reply, session) };
    },
  );

  api.get(
    '/api/auth/session',
    {
      onRequest: guardSession({ stages: ['password', 'enrol', 'full'], roles: null }),
      schema: {
        tags: [TAG],
        summary: 'Who is signed in, at which stage, and the CSRF token to send with changes',
        response: { 200: sessionResponse, ...errorResponses(401) },
      },
    },
    async (request) => {
      const session = currentSession(request);
      return { stage: session.stage, csrf_token: session.csrfToken, staff: profileOf(session) };
    },
  );

  api.post(
    '/api/auth/logout',
    {
      onRequest: guardSession({ stages: ['password', 'enrol', 'full'], roles: null }),
      schema: {
        tags: [TAG],
        summary: 'Sign out: ends the session and clears the cookie',
        description: 'Needs the x-csrf-token header.',
        response: { 204: z.null().describe('Signed out'), ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await signOut(ctx, currentSession(request));
      clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );
}
