import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { CLI_ACTOR, createStaffAccount } from './accounts.ts';
import { staff, staffSessions } from './auth.tables.ts';
import {
  agentFor,
  authApiHelpers,
  sessionCookieOf,
  signedInStaff,
  signIn,
  TEST_PASSWORD,
  tokenOf,
} from './auth.testing.ts';
import { SESSION_COOKIE } from './sessions.ts';
import { currentTotpCode } from './totp.ts';

let t: TestApp;
let h: ReturnType<typeof authApiHelpers>;
before(async () => {
  t = await createTestApp();
  h = authApiHelpers(t);
});
after(() => t.close());

const post: ReturnType<typeof authApiHelpers>['post'] = (...args) => h.post(...args);
const newAccount: ReturnType<typeof authApiHelpers>['newAccount'] = (...args) => h.newAccount(...args);
const actionsFor: ReturnType<typeof authApiHelpers>['actionsFor'] = (...args) => h.actionsFor(...args);
describe('full sign-in: setup link → password → TOTP enrolment → session', () => {
  test('a new staff member sets a password, enrols TOTP, and is signed in fully', async () => {
    const account = await newAccount('admin');
    assert.match(account.setupUrl, new RegExp(`^${t.config.publicUrl}/app/setup\\?token=[A-Za-z0-9_-]{43}$`));

    const setup = await post('/api/auth/setup', {
      token: tokenOf(account.setupUrl),
      password: TEST_PASSWORD,
    });
    assert.equal(setup.statusCode, 200, setup.body);
    assert.equal(setup.json().stage, 'enrol');
    const enrolCookie = sessionCookieOf(setup) ?? '';
    const enrolCsrf = setup.json().csrf_token;

    const session = await t.app.inject({
      url: '/api/auth/session',
      cookies: { [SESSION_COOKIE]: enrolCookie },
    });
    assert.equal(session.statusCode, 200);
    assert.equal(session.json().stage, 'enrol');
    assert.equal(session.json().staff.email, account.email);

    const material = await t.app.inject({
      url: '/api/auth/enrolment',
      cookies: { [SESSION_COOKIE]: enrolCookie },
    });
    assert.equal(material.statusCode, 200);
    const { secret, otpauth_url, qr_svg } = material.json();
    assert.match(secret, /^[A-Z2-7]{32}$/);
    assert.match(otpauth_url, /^otpauth:\/\/totp\/Vigie:.+secret=/);
    assert.match(qr_svg, /^<svg/);
    // Asking again returns the same secret, and the stored one is encrypted.
    const again = await t.app.inject({
      url: '/api/auth/enrolment',
      cookies: { [SESSION_COOKIE]: enrolCookie },
    });
    assert.equal(again.json().secret, secret);
    const [row] = await t.database.db.select().from(staff).where(eq(staff.id, account.id));
    assert.ok(row?.totpSecretEnc && !row.totpSecretEnc.includes(secret));
    assert.equal(row?.totpEnabled, false);

    // A full-only route refuses the half-signed-in session.
    const early = await t.app.inject({ url: '/api/staff', cookies: { [SESSION_COOKIE]: enrolCookie } });
    assert.equal(early.statusCode, 401);
    assert.equal(early.json().error.code, 'auth.incomplete');

    const wrong = await post(
      '/api/auth/enrolment',
      { code: '000000' },
      { cookie: enrolCookie, csrf: enrolCsrf },
    );
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().error.code, 'auth.invalid_code');

    const enrolled = await post(
      '/api/auth/enrolment',
      { code: currentTotpCode(secret) },
      { cookie: enrolCookie, csrf: enrolCsrf },
    );
    assert.equal(enrolled.statusCode, 200, enrolled.body);
    assert.equal(enrolled.json().stage, 'full');
    assert.equal(enrolled.json().staff.role, 'admin');
    const fullCookie = sessionCookieOf(enrolled) ?? '';
    assert.notEqual(fullCookie, enrolCookie, 'the session is replaced when it gains privilege');
    assert.notEqual(enrolled.json().csrf_token, enrolCsrf);

    const old = await t.app.inject({ url: '/api/auth/session', cookies: { [SESSION_COOKIE]: enrolCookie } });
    assert.equal(old.statusCode, 401);
    const list = await t.app.inject({ url: '/api/staff', cookies: { [SESSION_COOKIE]: fullCookie } });
    assert.equal(list.statusCode, 200);
    assert.ok(
      list
        .json()
        .staff.some(
          (s: { email: string; totp_enabled: boolean }) => s.email === account.email && s.totp_enabled,
        ),
    );

    // The setup link was single use.
    const reuse = await post('/api/auth/setup', {
      token: tokenOf(account.setupUrl),
      password: 'another long password',
    });
    assert.equal(reuse.statusCode, 400);
    assert.equal(reuse.json().error.code, 'auth.setup_token_invalid');

    // Later sign-ins: password, then the code (the next step: the enrolment code cannot be replayed).
    const login = await post('/api/auth/login', {
      email: account.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    assert.equal(login.statusCode, 200);
    assert.equal(login.json().stage, 'totp');
    const code = currentTotpCode(secret, Date.now() + 30_000);
    const totp = await post(
      '/api/auth/totp',
      { code },
      { cookie: sessionCookieOf(login), csrf: login.json().csrf_token },
    );
    assert.equal(totp.statusCode, 200, totp.body);
    assert.equal(totp.json().staff.email, account.email);

    assert.deepEqual(await actionsFor(account.id), [
      'staff.created',
      'auth.password_set',
      'auth.sign_in_failed',
      'auth.totp_enrolled',
      'auth.signed_in',
      'auth.signed_in',
    ]);
    assert.deepEqual(await verifyAuditChain(t.database.db), {
      ok: true,
      events: (await t.database.db.select().from(auditEvents)).length,
    });
  });

  test('the session cookie is HttpOnly, SameSite=Strict, Path=/, and Secure only over TLS', async () => {
    const agent = await signedInStaff(t, 'analyst');
    const login = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    const cookie = (login.cookies as Record<string, unknown>[]).find((c) => c.name === SESSION_COOKIE);
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.secure, undefined);
    assert.match(String(cookie.value), /^[A-Za-z0-9_-]{43}$/);
    // Only the SHA-256 of the token is stored.
    const stored = await t.database.db.select({ idHash: staffSessions.idHash }).from(staffSessions);
    assert.ok(stored.every((s) => s.idHash !== cookie.value));

    const behindTls = await createTestApp({ VIGIE_TRUST_PROXY: '1' });
    try {
      const account = await createStaffAccount(
        { db: behindTls.database.db, publicUrl: behindTls.config.publicUrl },
        { email: 'tls@hotline.test', displayName: 'TLS', role: 'analyst' },
        CLI_ACTOR,
      );
      const res = await behindTls.app.inject({
        method: 'POST',
        url: '/api/auth/setup',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { token: tokenOf(account.setupUrl), password: TEST_PASSWORD },
      });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['set-cookie']), /; Secure/);
      assert.match(String(res.headers['set-cookie']), /; HttpOnly/);
      assert.match(String(res.headers['set-cookie']), /; SameSite=Strict/);
    } finally {
      await behindTls.close();
    }
  });
});

describe('setup link', () => {
  test('an unknown or expired token is refused with 400, a weak password with a clear message', async () => {
    const unknown = await post('/api/auth/setup', { token: 'no-such-token', password: TEST_PASSWORD });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.code, 'auth.setup_token_invalid');

    const account = await newAccount();
    const short = await post('/api/auth/setup', { token: tokenOf(account.setupUrl), password: 'short' });
    assert.equal(short.statusCode, 400);
    assert.match(short.json().error.message, /at least 12 characters/);
    const same = await post('/api/auth/setup', { token: tokenOf(account.setupUrl), password: account.email });
    assert.equal(same.statusCode, 400);
    assert.equal(same.json().error.code, 'auth.password_policy');

    await t.database.db
      .update(staff)
      .set({ setupExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(staff.id, account.id));
    const expired = await post('/api/auth/setup', {
      token: tokenOf(account.setupUrl),
      password: TEST_PASSWORD,
    });
    assert.equal(expired.statusCode, 400);
    assert.equal(expired.json().error.code, 'auth.setup_token_invalid');
  });
});

describe('sessions and CSRF', () => {
  test('state-changing routes need the x-csrf-token header of the session', async () => {
    const agent = await signedInStaff(t, 'admin');
    const missing = await agent.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': '' },
    });
    assert.equal(missing.statusCode, 403);
    assert.equal(missing.json().error.code, 'auth.csrf');
    const wrong = await agent.inject({
      method: 'POST',
      url: '/api/staff',
      headers: { 'x-csrf-token': 'x'.repeat(43) },
      payload: { email: 'csrf@hotline.test', display_name: 'CSRF', role: 'analyst' },
    });
    assert.equal(wrong.statusCode, 403);
    assert.equal(wrong.json().error.code, 'auth.csrf');
    const other = await signedInStaff(t, 'admin');
    const foreign = await agent.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': other.csrf },
    });
    assert.equal(foreign.statusCode, 403, "another session's token does not do");
    // Reading does not need it.
    const read = await t.app.inject({ url: '/api/staff', cookies: { [SESSION_COOKIE]: agent.cookie } });
    assert.equal(read.statusCode, 200);
  });

  test('GET /api/auth/session answers 401 auth.no_session without a valid cookie', async () => {
    const none = await t.app.inject({ url: '/api/auth/session' });
    assert.equal(none.statusCode, 401);
    assert.equal(none.json().error.code, 'auth.no_session');
    const bogus = await t.app.inject({ url: '/api/auth/session', cookies: { [SESSION_COOKIE]: 'made-up' } });
    assert.equal(bogus.statusCode, 401);
    assert.match(String(bogus.headers['set-cookie']), /vigie_session=;/, 'a dead cookie is cleared');
  });

  test('sessions end after 30 idle minutes and 12 hours in all', async () => {
    const idle = await signedInStaff(t, 'analyst');
    assert.equal((await idle.inject({ url: '/api/auth/session' })).statusCode, 200);
    await t.database.db
      .update(staffSessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(staffSessions.staffId, idle.id));
    assert.equal((await idle.inject({ url: '/api/auth/session' })).statusCode, 401);

    const busy = await signedInStaff(t, 'analyst');
    await t.database.db
      .update(staffSessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(staffSessions.staffId, busy.id));
    assert.equal((await busy.inject({ url: '/api/auth/session' })).statusCode, 401);

    // Requests keep a session alive (sliding).
    const active = await signedInStaff(t, 'analyst');
    await t.database.db
      .update(staffSessions)
      .set({ lastSeenAt: new Date(Date.now() - 20 * 60_000) })
      .where(eq(staffSessions.staffId, active.id));
    assert.equal((await active.inject({ url: '/api/auth/session' })).statusCode, 200);
    const [seen] = await t.database.db
      .select({ lastSeenAt: staffSessions.lastSeenAt })
      .from(staffSessions)
      .where(eq(staffSessions.staffId, active.id));
    assert.ok(seen && Date.now() - seen.lastSeenAt.getTime() < 60_000);
  });

  test('logout deletes the session, clears the cookie, and is audited', async () => {
    const agent = await signedInStaff(t, 'supervisor');
    const res = await agent.inject({ method: 'POST', url: '/api/auth/logout' });
    assert.equal(res.statusCode, 204);
    assert.match(String(res.headers['set-cookie']), /vigie_session=;.*Expires=Thu, 01 Jan 1970/);
    assert.equal((await agent.inject({ url: '/api/auth/session' })).statusCode, 401);
    const rows = await t.database.db.select().from(staffSessions).where(eq(staffSessions.staffId, agent.id));
    assert.equal(rows.length, 0);
    assert.equal((await actionsFor(agent.id)).at(-1), 'auth.signed_out');
  });

  test('stage-specific steps refuse other stages', async () => {
    const agent = await signedInStaff(t, 'analyst');
    const totp = await agent.inject({ method: 'POST', url: '/api/auth/totp', payload: { code: '123456' } });
    assert.equal(totp.statusCode, 409);
    assert.equal(totp.json().error.code, 'auth.wrong_stage');
    const enrol = await agent.inject({ url: '/api/auth/enrolment' });
    assert.equal(enrol.statusCode, 409);
  });

  test('the sign-in routes are in the OpenAPI document under staff-auth', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    for (const path of ['/api/auth/login', '/api/auth/totp', '/api/auth/setup', '/api/auth/logout']) {
      assert.deepEqual(doc.paths[path].post.tags, ['staff-auth'], path);
    }
    assert.deepEqual(doc.paths['/api/auth/session'].get.tags, ['staff-auth']);
    assert.deepEqual(doc.paths['/api/auth/enrolment'].get.tags, ['staff-auth']);
    assert.ok(doc.paths['/api/auth/login'].post.requestBody);
  });
});

test('signIn helper works for a re-used account', async () => {
  const agent = await signedInStaff(t, 'auditor');
  const again = await signIn(t, agent);
  assert.equal((await again.inject({ url: '/api/auth/session' })).json().staff.role, 'auditor');
  const reused = agentFor(t, { ...agent });
  assert.equal((await reused.inject({ url: '/api/auth/session' })).statusCode, 200);
});
