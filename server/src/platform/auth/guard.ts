/**
 * The session guard every staff route uses, and the table of guarded routes.
 *
 * Use it as the route's `onRequest` hook (so an unauthenticated request is refused before its body is
 * even validated): `onRequest: requireStaff('manage_staff')`, naming a capability of capabilities.ts.
 * It checks, in order: a live session (401 `auth.no_session`), the session stage (401 `auth.incomplete`
 * on full-only routes), the CSRF header on state-changing methods (403 `auth.csrf`), the role (403
 * `auth.forbidden`). Then `request.staffSession`
 * is set. Each guard carries its rule, so `staffRoutes(app)` can list every guarded route and what it
 * allows — the table the role tests walk.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { safeEqual } from '../crypto/secret-box.ts';
import { conflict, forbidden, unauthorized } from '../errors.ts';
import { type Capability, rolesThatMay } from './capabilities.ts';
import type { Role, SessionStage } from './roles.ts';
import { clearSessionCookie, type LoadedSession, loadSession, SESSION_COOKIE } from './sessions.ts';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type GuardRule = {
  /** The session stages allowed through. */
  stages: readonly SessionStage[];
  /** The roles allowed through; null means any staff member. */
  roles: readonly Role[] | null;
  /** The capability those roles have (capabilities.ts), when the route names one. */
  capability?: Capability;
};

/** The signed-in staff member acting, as audit events name them (actorOf(request)). */
export type StaffActor = { staffId: string; label: string };

export type StaffRouteEntry = GuardRule & { method: string; url: string; csrf: boolean };

type Guard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
const rules = new WeakMap<Guard, GuardRule>();

declare module 'fastify' {
  interface FastifyRequest {
    staffSession: LoadedSession | null;
  }
  interface FastifyInstance {
    staffRouteTable: StaffRouteEntry[];
  }
}

export function guardSession(rule: GuardRule): Guard {
  const guard: Guard = async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await loadSession(request.server.deps.database.db, token) : null;
    if (!session) {
      if (token) clearSessionCookie(request, reply);
      throw unauthorized('auth.no_session', 'You are not signed in, or your session has expired.');
    }
    if (!rule.stages.includes(session.stage)) {
      if (rule.stages.includes('full')) {
        throw unauthorized('auth.incomplete', 'Finish signing in (second factor) first.');
      }
      throw conflict('auth.wrong_stage', 'This sign-in step does not apply now. Sign in again.');
    }
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
        throw forbidden('auth.csrf', `Missing or wrong ${CSRF_HEADER} header.`);
      }
    }
    if (rule.roles && !rule.roles.includes(session.staff.role)) {
      throw forbidden('auth.forbidden', 'Your role does not allow this.');
    }
    request.staffSession = session;
  };
  rules.set(guard, rule);
  return guard;
}

/** A fully signed-in staff member, with `capability` when one is named. */
export function requireStaff(capability?: Capability): Guard {
  if (!capability) return guardSession({ stages: ['full'], roles: null });
  return guardSession({ stages: ['full'], roles: rolesThatMay(capability), capability });
}

/** The signed-in staff member's session; only valid behind a guard. */
export function currentSession(request: FastifyRequest): LoadedSession {
  if (!request.staffSession) throw unauthorized('auth.no_session', 'You are not signed in.');
  return request.staffSession;
}

/** The audit actor for the signed-in staff member. */
export function actorOf(request: FastifyRequest): StaffActor {
  const { staff } = currentSession(request);
  return { staffId: staff.id, label: staff.email };
}

/**
 * Starts collecting guarded routes. Must run before any guarded route is registered (the auth plugin
 * comes first in server.ts's list); Fastify's onRoute hook also sees routes of child contexts.
 */
export function collectStaffRoutes(app: FastifyInstance): void {
  app.decorate('staffRouteTable', [] as StaffRouteEntry[]);
  app.decorateRequest('staffSession', null);
  app.addHook('onRoute', (route: RouteOptions) => {
    const hooks = [route.onRequest, route.preValidation, route.preHandler].flat().filter(Boolean);
    const rule = hooks.map((h) => rules.get(h as Guard)).find(Boolean);
    if (!rule) return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      app.staffRouteTable.push({ method, url: route.url, ...rule, csrf: !SAFE_METHODS.has(method) });
    }
  });
}

/** Every guarded route with the stages and roles it lets through (for tests that walk route × role). */
export function staffRoutes(app: FastifyInstance): readonly StaffRouteEntry[] {
  return app.staffRouteTable;
}
