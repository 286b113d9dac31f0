/**
 * The staff sign-in API (/api/auth/*): password, second factor, TOTP enrolment, first password through
 * the setup link, session, sign-out, changing one's password. Also starts the guarded-route table, so
 * this plugin must be registered before any feature with staff routes. Two throttles guard the
 * guessing routes: per client here (a keyed hash of the address, in memory), per account in the
 * service (sign-in-throttle.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tooManyRequests } from '../errors.ts';
import type { AppDeps } from '../http/app.ts';
import { createRateLimiter } from '../http/rate-limit.ts';
import { errorResponses } from '../http/schemas.ts';
import {
  enrolmentBody,
  enrolmentResponse,
  fullSessionResponse,
  loginBody,
  loginResponse,
  passwordChangeBody,
  type StaffProfile,
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
import { capabilitiesOf } from './capabilities.ts';
import { collectStaffRoutes, currentSession, guardSession, requireStaff } from './guard.ts';
import { deviceTokenOf, issueDeviceToken, setDeviceCookie } from './known-device.ts';
import { changeOwnPassword } from './password-change.ts';
import { clearSessionCookie, type LoadedSession, type OpenedSession, setSessionCookie } from './sessions.ts';

/** Guessing passwords, codes or setup tokens from one connection: this many tries per window. */
export const SIGN_IN_ATTEMPTS_PER_WINDOW = 20;
const SIGN_IN_WINDOW_MS = 10 * 60_000;

const TAG = 'staff-auth';

export function profileOf(session: Pick<LoadedSession, 'staff'>): StaffProfile {
  const s = session.staff;
  return {
    id: s.id,
    email: s.email,
    display_name: s.displayName,
    role: s.role,
    language: s.language,
    capabilities: capabilitiesOf(s.role),
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
  /** A full sign-in: the browser becomes a known device for this address (known-device.ts). */
  const finish = (request: FastifyRequest, reply: FastifyReply, session: OpenedSession) => {
    const { email } = currentSession(request).staff;
    setDeviceCookie(request, reply, issueDeviceToken(ctx.secretBox, email));
    return begin(request, reply, session);
  };
  const attemptOf = (request: FastifyRequest) => ({ deviceToken: deviceTokenOf(request) });

  api.post(
    '/api/auth/login',
    {
      onRequest: throttle,
      schema: {
        tags: [TAG],
        summary: 'Sign in, first factor: e-mail and password',
        description:
          'Sets the vigie_session cookie. `stage: totp` → send a code to POST /api/auth/totp; ' +
          '`stage: enrol` → set up TOTP (GET then POST /api/auth/enrolment). After five failures in a row ' +
          '(passwords or codes) each attempt waits 15 s, then 30 s, then 60 s: 429 `auth.sign_in_delayed` with ' +
          '`details.retry_after_seconds`, the same for every address. A browser that signed in fully before ' +
          '(vigie_device cookie) has its own count. 429 `auth.rate_limited`: too many attempts from this client.',
        body: loginBody,
        response: { 200: loginResponse, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const session = await signInWithPassword(ctx, email, password, attemptOf(request));
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
        description:
          'Needs the x-csrf-token header. Replaces the session cookie with a fully signed-in one and sets ' +
          'the vigie_device cookie. Wrong codes count like wrong passwords (see POST /api/auth/login).',
        body: totpBody,
        response: { 200: fullSessionResponse, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const session = await signInWithTotp(
        ctx,
        currentSession(request),
        request.body.code,
        attemptOf(request),
      );
      const csrf = finish(request, reply, session);
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
        description:
          'Needs the x-csrf-token header. Replaces the session cookie with a fully signed-in one and sets ' +
          'the vigie_device cookie.',
        body: enrolmentBody,
        response: { 200: fullSessionResponse, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const session = await confirmTotpEnrolment(
        ctx,
        currentSession(request),
        request.body.code,
        attemptOf(request),
      );
      const csrf = finish(request, reply, session);
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
          'At least 12 characters, not the e-mail address, not easy to guess (400 `auth.password_too_guessable` ' +
          'with `details.reason`). Sets the session cookie; next step: TOTP enrolment.',
        body: setupBody,
        response: { 200: setupResponse, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const session = await setPasswordWithSetupToken(ctx, request.body.token, request.body.password);
      return { stage: 'enrol' as const, csrf_token: begin(request, reply, session) };
    },
  );

  api.post(
    '/api/auth/password',
    {
      onRequest: requireStaff(),
      schema: {
        tags: [TAG],
        summary: 'Change my password: the current one, then the new one',
        description:
          'Needs the x-csrf-token header. The new password follows the same rules as at setup. Ends your ' +
          'other sessions; this one stays. A wrong current password (400 `auth.wrong_password`) counts ' +
          'like a failed sign-in (429 `auth.sign_in_delayed`).',
        body: passwordChangeBody,
        response: { 204: z.null().describe('Password changed'), ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const change = {
        currentPassword: request.body.current_password,
        newPassword: request.body.new_password,
      };
      await changeOwnPassword(ctx, currentSession(request), change, attemptOf(request));
      return reply.status(204).send(null);
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
