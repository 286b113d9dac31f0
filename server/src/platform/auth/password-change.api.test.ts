import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { desc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { CLI_ACTOR, resetStaffCredentials, setStaffPassword } from './accounts.ts';
import {
  authApiHelpers,
  type StaffAgent,
  signedInStaff,
  signIn,
  TEST_PASSWORD,
  tokenOf,
} from './auth.testing.ts';
import { FREE_FAILURES } from './sign-in-throttle.ts';

let t: TestApp;
let h: ReturnType<typeof authApiHelpers>;
before(async () => {
  t = await createTestApp();
  h = authApiHelpers(t);
});
after(() => t.close());

const NEW_PASSWORD = 'le phare de Gatteville veille';

const changePassword = (agent: StaffAgent, current_password: string, new_password: string) =>
  agent.inject({ method: 'POST', url: '/api/auth/password', payload: { current_password, new_password } });

const lastEventOf = async (staffId: string) =>
  (
    await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, staffId))
      .orderBy(desc(auditEvents.seq))
      .limit(1)
  )[0];

describe('changing my own password', () => {
  test('the new password works, the old one no longer; my other sessions end, this one stays', async () => {
    const me = await signedInStaff(t, 'analyst');
    const elsewhere = await signIn(t, me);
    const res = await changePassword(me, TEST_PASSWORD, NEW_PASSWORD);
    assert.equal(res.statusCode, 204, res.body);

    assert.equal((await me.inject({ url: '/api/auth/session' })).statusCode, 200);
    assert.equal((await elsewhere.inject({ url: '/api/auth/session' })).statusCode, 401);
    const old = await h.post('/api/auth/login', { email: me.email, password: TEST_PASSWORD });
    assert.equal(old.statusCode, 401);
    const fresh = await h.post('/api/auth/login', { email: me.email, password: NEW_PASSWORD });
    assert.equal(fresh.statusCode, 200);

    const changed = (await h.actionsFor(me.id)).filter((a) => a === 'auth.password_changed');
    assert.equal(changed.length, 1);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, me.id));
    const event = events.find((e) => e.action === 'auth.password_changed');
    assert.equal(event?.actorStaffId, me.id);
    assert.ok(!JSON.stringify(events).includes('Gatteville'), 'passwords never reach the audit log');
  });

  test('a wrong current password is refused, and counts like a failed sign-in', async () => {
    const me = await signedInStaff(t, 'analyst');
    for (let i = 0; i < FREE_FAILURES; i++) {
      const res = await changePassword(me, `not my password ${i}`, NEW_PASSWORD);
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().error.code, 'auth.wrong_password');
    }
    assert.deepEqual((await lastEventOf(me.id))?.details, { reason: 'wrong_password' });
    assert.equal((await lastEventOf(me.id))?.action, 'auth.password_change_failed');
    // Someone at an unattended session cannot go on guessing, and cannot sign in elsewhere either.
    const delayed = await changePassword(me, TEST_PASSWORD, NEW_PASSWORD);
    assert.equal(delayed.statusCode, 429);
    assert.equal(delayed.json().error.code, 'auth.sign_in_delayed');
    const login = await h.post('/api/auth/login', { email: me.email, password: TEST_PASSWORD });
    assert.equal(login.statusCode, 429);
    // The session itself is not ended: the owner may just have mistyped.
    assert.equal((await me.inject({ url: '/api/auth/session' })).statusCode, 200);
  });

  test('the new password follows the rules, and common ones are refused with the reason', async () => {
    const me = await signedInStaff(t, 'analyst', { displayName: 'Camille Martin' });
    const cases: Array<[string, number, string, string?]> = [
      ['short', 400, 'request.invalid'],
      [me.email, 400, 'auth.password_policy'],
      ['password1234', 400, 'auth.password_too_guessable', 'common'],
      ['azertyuiop123', 400, 'auth.password_too_guessable', 'keyboard'],
      ['camillemartin2024', 400, 'auth.password_too_guessable', 'personal'],
      [TEST_PASSWORD, 400, 'auth.password_unchanged'],
    ];
    for (const [password, status, code, reason] of cases) {
      const res = await changePassword(me, TEST_PASSWORD, password);
      assert.equal(res.statusCode, status, password);
      assert.equal(res.json().error.code, code, password);
      if (reason) assert.equal(res.json().error.details.reason, reason, password);
    }
    // Nothing changed.
    assert.equal(
      (await h.post('/api/auth/login', { email: me.email, password: TEST_PASSWORD })).statusCode,
      200,
    );
  });

  test('it needs a full session and the CSRF header', async () => {
    const me = await signedInStaff(t, 'auditor');
    const payload = { current_password: TEST_PASSWORD, new_password: NEW_PASSWORD };
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/auth/password', payload });
    assert.equal(anonymous.statusCode, 401);
    const noCsrf = await me.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { 'x-csrf-token': '' },
      payload,
    });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal(noCsrf.json().error.code, 'auth.csrf');
    const half = await h.post('/api/auth/login', { email: me.email, password: TEST_PASSWORD });
    const halfway = await h.post('/api/auth/password', payload, {
      cookie: half.cookies.find((c) => c.name === 'vigie_session')?.value,
      csrf: half.json().csrf_token,
    });
    assert.equal(halfway.statusCode, 401);
    assert.equal(halfway.json().error.code, 'auth.incomplete');
  });
});

describe('common passwords are refused wherever a password is chosen', () => {
  test('first setup and the link after a reset', async () => {
    const account = await h.newAccount();
    const common = await h.post('/api/auth/setup', {
      token: tokenOf(account.setupUrl),
      password: 'password1234',
    });
    assert.equal(common.statusCode, 400);
    assert.equal(common.json().error.code, 'auth.password_too_guessable');
    assert.equal(common.json().error.details.reason, 'common');
    // The link still works for a good password.
    const ok = await h.post('/api/auth/setup', { token: tokenOf(account.setupUrl), password: NEW_PASSWORD });
    assert.equal(ok.statusCode, 200, ok.body);

    const reset = await resetStaffCredentials(
      { db: t.database.db, publicUrl: t.config.publicUrl },
      account.id,
      CLI_ACTOR,
    );
    const again = await h.post('/api/auth/setup', {
      token: tokenOf(reset.setupUrl),
      password: 'iloveyou2024!',
    });
    assert.equal(again.statusCode, 400);
    assert.equal(again.json().error.code, 'auth.password_too_guessable');
  });

  test('a password set directly', async () => {
    const me = await signedInStaff(t, 'analyst');
    await assert.rejects(setStaffPassword(t.database.db, me.id, 'qwertyuiop12', CLI_ACTOR), {
      code: 'auth.password_too_guessable',
    });
  });
});
