/**
 * Test helpers for anything behind the staff guard: create a staff member with known credentials and
 * sign them in through the real API (password, then TOTP), getting back an agent that sends the session
 * cookie and the CSRF header. For tests only.
 */
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../testing/test-app.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { CLI_ACTOR, createStaffAccount, createStaffWithCredentials } from './accounts.ts';
import { staff } from './auth.tables.ts';
import type { Role } from './roles.ts';
import { SESSION_COOKIE } from './sessions.ts';
import { currentTotpCode, newTotpSecret } from './totp.ts';

// Cheap but still argon2id: tests hash many passwords. Set before any hashing (read at call time).
process.env.VIGIE_ARGON2_MEMORY_KIB ??= '1024';

export const TEST_PASSWORD = 'correct horse battery staple';

export type StaffAgent = {
  id: string;
  email: string;
  role: Role;
  totpSecret: string;
  cookie: string;
  csrf: string;
  /** app.inject with the session cookie and the CSRF header. */
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
};

let counter = 0;

export function sessionCookieOf(res: LightMyRequestResponse): string | undefined {
  return (res.cookies as { name: string; value: string }[]).find((c) => c.name === SESSION_COOKIE)?.value;
}

export function agentFor(t: TestApp, base: Omit<StaffAgent, 'inject'>): StaffAgent {
  return {
    ...base,
    inject: (options) =>
      t.app.inject({
        ...options,
        cookies: { ...(options.cookies ?? {}), [SESSION_COOKIE]: base.cookie },
        headers: { 'x-csrf-token': base.csrf, ...(options.headers ?? {}) },
      }),
  };
}

/**
 * Signs in an existing account through POST /api/auth/login and /api/auth/totp. Clears the remembered
 * TOTP step first, because tests sign in several times within one 30-second step.
 */
export async function signIn(
  t: TestApp,
  account: { id: string; email: string; role: Role; totpSecret: string; password?: string },
): Promise<StaffAgent> {
  await t.database.db.update(staff).set({ totpLastStep: null }).where(eq(staff.id, account.id));
  // A distinct client address per sign-in keeps the per-client attempt limit out of unrelated tests.
  const remoteAddress = `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter++ & 255}`;
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress,
    payload: { email: account.email, password: account.password ?? TEST_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  const totp = await t.app.inject({
    method: 'POST',
    url: '/api/auth/totp',
    remoteAddress,
    cookies: { [SESSION_COOKIE]: sessionCookieOf(login) ?? '' },
    headers: { 'x-csrf-token': login.json().csrf_token },
    payload: { code: currentTotpCode(account.totpSecret) },
  });
  if (totp.statusCode !== 200) throw new Error(`totp failed: ${totp.statusCode} ${totp.body}`);
  return agentFor(t, {
    id: account.id,
    email: account.email,
    role: account.role,
    totpSecret: account.totpSecret,
    cookie: sessionCookieOf(totp) ?? '',
    csrf: totp.json().csrf_token,
  });
}

/** A new staff member with `role`, fully signed in. */
export async function signedInStaff(
  t: TestApp,
  role: Role,
  options: { email?: string; displayName?: string } = {},
): Promise<StaffAgent> {
  const email = options.email ?? `${role}-${crypto.randomBytes(4).toString('hex')}@hotline.test`;
  const totpSecret = newTotpSecret();
  const row = await createStaffWithCredentials(
    { db: t.database.db, secretBox: t.app.deps.secretBox },
    { email, displayName: options.displayName ?? email, role, password: TEST_PASSWORD, totpSecret },
    CLI_ACTOR,
  );
  return signIn(t, { id: row.id, email: row.email, role, totpSecret });
}

/** Request helpers for the sign-in API tests, bound to one test app. */
export function authApiHelpers(t: TestApp) {
  let ip = 0;
  /** Each scenario from its own client address, so the per-client limit only bites where tested. */
  const client = () => `192.0.2.${++ip}`;
  const post = (
    url: string,
    payload: object,
    extra: { cookie?: string; csrf?: string; remoteAddress?: string } = {},
  ) =>
    t.app.inject({
      method: 'POST',
      url,
      payload,
      remoteAddress: extra.remoteAddress ?? client(),
      cookies: extra.cookie ? { [SESSION_COOKIE]: extra.cookie } : {},
      headers: extra.csrf ? { 'x-csrf-token': extra.csrf } : {},
    });
  const newAccount = async (role: Role = 'analyst') => {
    const email = `person${++ip}-${crypto.randomBytes(3).toString('hex')}@hotline.test`;
    const created = await createStaffAccount(
      { db: t.database.db, publicUrl: t.config.publicUrl },
      { email, displayName: 'Camille Martin', role },
      CLI_ACTOR,
    );
    return { email, id: created.staff.id, setupUrl: created.setupUrl };
  };
  const actionsFor = async (staffId: string): Promise<string[]> => {
    const rows = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.targetId, staffId))
      .orderBy(auditEvents.seq);
    return rows.map((r) => r.action);
  };
  return { post, newAccount, actionsFor };
}

export const tokenOf = (setupUrl: string) => new URL(setupUrl).searchParams.get('token') ?? '';
