import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { rowsOf } from '../db/database.ts';
import { staff } from './auth.tables.ts';
import { authApiHelpers, sessionCookieOf, signedInStaff, TEST_PASSWORD } from './auth.testing.ts';
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
describe('failed sign-ins', () => {
  test('a wrong password and an unknown e-mail get the same 401', async () => {
    const agent = await signedInStaff(t, 'analyst');
    const wrong = await post('/api/auth/login', { email: agent.email, password: 'not the password at all' });
    const unknown = await post('/api/auth/login', {
      email: 'nobody@hotline.test',
      password: 'not the password at all',
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.deepEqual(wrong.json().error, unknown.json().error);
    assert.equal(wrong.json().error.code, 'auth.invalid_credentials');
    assert.equal(sessionCookieOf(wrong), undefined);

    const failures = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.sign_in_failed'))
      .orderBy(auditEvents.seq);
    const [mine, nobody] = failures.slice(-2);
    assert.equal(mine?.actorLabel, agent.email);
    assert.deepEqual(mine?.details, { reason: 'wrong_password' });
    assert.equal(nobody?.actorLabel, 'nobody@hotline.test');
    assert.deepEqual(nobody?.details, { reason: 'unknown_account' });
    assert.ok(!JSON.stringify(failures).includes('not the password'), 'passwords never reach the audit log');
  });

  test('an account without a password yet, and a disabled one, get the same 401', async () => {
    const pending = await newAccount();
    const res = await post('/api/auth/login', { email: pending.email, password: 'whatever it may be' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'auth.invalid_credentials');

    const agent = await signedInStaff(t, 'analyst');
    await t.database.db.update(staff).set({ disabledAt: new Date() }).where(eq(staff.id, agent.id));
    const disabled = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    assert.equal(disabled.statusCode, 401);
    assert.equal(disabled.json().error.code, 'auth.invalid_credentials');
    // Its live session is refused too.
    const session = await agent.inject({ url: '/api/auth/session' });
    assert.equal(session.statusCode, 401);
  });

  test('five failures in a row lock the account 15 minutes: then 423 without checking the password', async () => {
    const agent = await signedInStaff(t, 'analyst');
    for (let i = 0; i < 5; i++) {
      const res = await post('/api/auth/login', { email: agent.email, password: `wrong password ${i}` });
      assert.equal(res.statusCode, 401);
    }
    const locked = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    assert.equal(locked.statusCode, 423);
    assert.equal(locked.json().error.code, 'auth.locked');
    assert.equal(locked.json().error.details.minutes_remaining, 15);
    assert.match(locked.json().error.message, /15 more minutes/);
    // A signed-in session of the owner survives (a stranger guessing cannot throw them out).
    assert.equal((await agent.inject({ url: '/api/auth/session' })).statusCode, 200);
    const actions = await actionsFor(agent.id);
    assert.equal(actions.filter((a) => a === 'auth.sign_in_failed').length, 6);
    assert.equal(actions.filter((a) => a === 'auth.locked').length, 1);

    // Once the lock has passed, the right password works again.
    await t.database.db
      .update(staff)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(staff.id, agent.id));
    const later = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    assert.equal(later.statusCode, 200);
  });

  test('wrong TOTP codes count as failures and lock the account too', async () => {
    const agent = await signedInStaff(t, 'analyst');
    const login = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    const cookie = sessionCookieOf(login);
    const csrf = login.json().csrf_token;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post('/api/auth/totp', { code: '000000' }, { cookie, csrf });
      statuses.push(res.statusCode);
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 423]);
    // The half-signed-in session is gone with the lock.
    const after = await post('/api/auth/totp', { code: currentTotpCode(agent.totpSecret) }, { cookie, csrf });
    assert.equal(after.statusCode, 401);
    assert.equal(after.json().error.code, 'auth.no_session');
  });

  test('a TOTP code cannot be used twice', async () => {
    const agent = await signedInStaff(t, 'analyst');
    const code = currentTotpCode(agent.totpSecret, Date.now() + 30_000);
    const first = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    const ok = await post(
      '/api/auth/totp',
      { code },
      { cookie: sessionCookieOf(first), csrf: first.json().csrf_token },
    );
    assert.equal(ok.statusCode, 200);
    const second = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    const replay = await post(
      '/api/auth/totp',
      { code },
      { cookie: sessionCookieOf(second), csrf: second.json().csrf_token },
    );
    assert.equal(replay.statusCode, 401);
    assert.equal(replay.json().error.code, 'auth.invalid_code');
    const [last] = await t.database.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    assert.deepEqual(last?.details, { reason: 'replayed_code' });
  });

  test('more than 20 attempts from one client within 10 minutes get 429', async () => {
    const remoteAddress = '198.51.100.7';
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await post(
        '/api/auth/login',
        { email: `guess${i}@hotline.test`, password: 'a guessed password' },
        { remoteAddress },
      );
      statuses.push(res.statusCode);
    }
    assert.deepEqual(statuses.slice(0, 20), Array(20).fill(401));
    assert.equal(statuses[20], 429);
    // Another client is not affected.
    const other = await post('/api/auth/login', {
      email: 'guess@hotline.test',
      password: 'a guessed password',
    });
    assert.equal(other.statusCode, 401);
    // No client address anywhere: not in the log, not in the audit log.
    assert.ok(!t.logs().includes(remoteAddress));
    const all = rowsOf<Record<string, unknown>>(await t.database.db.execute(sql`select * from audit_events`));
    assert.ok(!JSON.stringify(all).includes('198.51.100'));
    assert.ok(!JSON.stringify(all).includes('192.0.2.'));
  });
});
