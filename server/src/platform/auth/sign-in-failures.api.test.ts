import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { rowsOf } from '../db/database.ts';
import { signInThrottles, staff } from './auth.tables.ts';
import {
  authApiHelpers,
  type StaffAgent,
  sessionCookieOf,
  signedInStaff,
  TEST_PASSWORD,
} from './auth.testing.ts';
import { DEVICE_COOKIE } from './known-device.ts';
import { SESSION_COOKIE } from './sessions.ts';
import {
  delayAfter,
  FIRST_DELAY_SECONDS,
  FORGET_AFTER_MS,
  FREE_FAILURES,
  MAX_DELAY_SECONDS,
  sweepThrottles,
  throttleKeyOf,
} from './sign-in-throttle.ts';
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

/** The failed sign-ins recorded against a staff member, oldest first. */
const failuresOf = (staffId: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, staffId), eq(auditEvents.action, 'auth.sign_in_failed')))
    .orderBy(auditEvents.seq);

/** Moves an address's last failure `ms` into the past: the delay has passed without waiting for it. */
const passTime = (email: string, ms: number) =>
  t.database.db
    .update(signInThrottles)
    .set({ lastFailureAt: sql`${signInThrottles.lastFailureAt} - make_interval(secs => ${ms / 1000})` })
    .where(eq(signInThrottles.keyHash, throttleKeyOf(t.app.deps.secretBox, email)));

/** Password then code from a browser holding `device` (the vigie_device cookie). */
async function knownDeviceSignIn(agent: StaffAgent, device: string) {
  await t.database.db.update(staff).set({ totpLastStep: null }).where(eq(staff.id, agent.id));
  const remoteAddress = '203.0.113.9';
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress,
    cookies: { [DEVICE_COOKIE]: device },
    payload: { email: agent.email, password: TEST_PASSWORD },
  });
  if (login.statusCode !== 200) return { login, totp: login };
  const totp = await t.app.inject({
    method: 'POST',
    url: '/api/auth/totp',
    remoteAddress,
    cookies: { [DEVICE_COOKIE]: device, [SESSION_COOKIE]: sessionCookieOf(login) ?? '' },
    headers: { 'x-csrf-token': login.json().csrf_token },
    payload: { code: currentTotpCode(agent.totpSecret) },
  });
  return { login, totp };
}

/** Signs `agent` in fully once more and returns the known-device token the browser is given. */
async function knownDeviceOf(agent: StaffAgent): Promise<string> {
  const { totp } = await knownDeviceSignIn(agent, '');
  const cookie = (totp.cookies as { name: string; value: string; path?: string; httpOnly?: boolean }[]).find(
    (c) => c.name === DEVICE_COOKIE,
  );
  assert.ok(cookie, `no ${DEVICE_COOKIE} cookie: ${totp.statusCode} ${totp.body}`);
  assert.equal(cookie.path, '/api/auth');
  assert.equal(cookie.httpOnly, true);
  return cookie.value;
}

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

  test('after five failures each attempt waits, refused without looking at the password', async () => {
    const agent = await signedInStaff(t, 'analyst');
    for (let i = 0; i < FREE_FAILURES; i++) {
      const res = await post('/api/auth/login', { email: agent.email, password: `wrong password ${i}` });
      assert.equal(res.statusCode, 401);
    }
    const delayed = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    assert.equal(delayed.statusCode, 429);
    assert.equal(delayed.json().error.code, 'auth.sign_in_delayed');
    const wait = delayed.json().error.details.retry_after_seconds;
    assert.ok(wait > FIRST_DELAY_SECONDS - 5 && wait <= FIRST_DELAY_SECONDS, `waits ${wait} s`);
    assert.equal(sessionCookieOf(delayed), undefined);
    // A signed-in session of the owner is untouched.
    assert.equal((await agent.inject({ url: '/api/auth/session' })).statusCode, 200);
    const failures = await failuresOf(agent.id);
    assert.equal(failures.length, FREE_FAILURES + 1);
    assert.deepEqual(failures.at(-1)?.details, { reason: 'delayed' });

    // Once the delay has passed, the right password works, and a full sign-in starts the count afresh.
    await passTime(agent.email, FIRST_DELAY_SECONDS * 1000);
    const later = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    assert.equal(later.statusCode, 200, later.body);
    const code = await post(
      '/api/auth/totp',
      { code: currentTotpCode(agent.totpSecret, Date.now() + 30_000) },
      { cookie: sessionCookieOf(later), csrf: later.json().csrf_token },
    );
    assert.equal(code.statusCode, 200, code.body);
    assert.equal(
      (await post('/api/auth/login', { email: agent.email, password: 'wrong again' })).statusCode,
      401,
    );
  });

  test('the delay grows to a minute and no further, however many failures', async () => {
    assert.deepEqual(
      [4, 5, 6, 7, 8, 1000].map((n) => delayAfter(n) / 1000),
      [
        0,
        FIRST_DELAY_SECONDS,
        FIRST_DELAY_SECONDS * 2,
        MAX_DELAY_SECONDS,
        MAX_DELAY_SECONDS,
        MAX_DELAY_SECONDS,
      ],
    );
    const agent = await signedInStaff(t, 'analyst');
    const key = throttleKeyOf(t.app.deps.secretBox, agent.email);
    await t.database.db
      .insert(signInThrottles)
      .values({ keyHash: key, failures: 100_000, lastFailureAt: new Date() });
    const res = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    assert.equal(res.statusCode, 429);
    assert.ok(res.json().error.details.retry_after_seconds <= MAX_DELAY_SECONDS);
  });

  test('a locked-out known address and an unknown one get the very same answer', async () => {
    const agent = await signedInStaff(t, 'analyst');
    const unknown = 'no-such-person@hotline.test';
    for (const email of [agent.email, unknown]) {
      for (let i = 0; i < FREE_FAILURES; i++) {
        const res = await post('/api/auth/login', { email, password: `wrong password ${i}` });
        assert.equal(res.statusCode, 401);
      }
    }
    // Both keys' last failure at the same moment, so the remaining wait is the same too.
    await t.database.db
      .update(signInThrottles)
      .set({ lastFailureAt: new Date(Date.now() - 4_500) })
      .where(
        inArray(
          signInThrottles.keyHash,
          [agent.email, unknown].map((e) => throttleKeyOf(t.app.deps.secretBox, e)),
        ),
      );
    const [known, nobody] = await Promise.all(
      [agent.email, unknown].map((email) => post('/api/auth/login', { email, password: TEST_PASSWORD })),
    );
    assert.equal(known?.statusCode, 429);
    assert.equal(nobody?.statusCode, known?.statusCode);
    assert.deepEqual(nobody?.json().error, known?.json().error);
    assert.deepEqual(Object.keys(nobody?.headers ?? {}).sort(), Object.keys(known?.headers ?? {}).sort());
  });

  test('an outsider cannot keep the owner out: the owner’s browser has its own count', async () => {
    const agent = await signedInStaff(t, 'analyst');
    const device = await knownDeviceOf(agent);
    assert.match(device, /^v1\./);
    // Someone else hammers the address: every other browser now waits.
    for (let i = 0; i < FREE_FAILURES + 3; i++) {
      await post('/api/auth/login', { email: agent.email, password: `guess ${i}` });
    }
    const stranger = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    assert.equal(stranger.statusCode, 429);
    // The owner's browser signs in at once, both steps.
    const owner = await knownDeviceSignIn(agent, device);
    assert.equal(owner.login.statusCode, 200, owner.login.body);
    assert.equal(owner.totp.statusCode, 200, owner.totp.body);
    // A token for another address, or a forged one, counts as no token.
    const other = await signedInStaff(t, 'analyst');
    const borrowed = await knownDeviceSignIn(agent, await knownDeviceOf(other));
    assert.equal(borrowed.login.statusCode, 429);
    const forged = await knownDeviceSignIn(agent, `${device.slice(0, -4)}AAAA`);
    assert.equal(forged.login.statusCode, 429);
  });

  test('wrong TOTP codes count as failures too; the code step waits like the password step', async () => {
    const agent = await signedInStaff(t, 'analyst');
    const login = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    const cookie = sessionCookieOf(login);
    const csrf = login.json().csrf_token;
    const statuses: number[] = [];
    for (let i = 0; i < FREE_FAILURES + 1; i++) {
      const res = await post('/api/auth/totp', { code: '000000' }, { cookie, csrf });
      statuses.push(res.statusCode);
    }
    assert.deepEqual(statuses, [...Array(FREE_FAILURES).fill(401), 429]);
    // The right code during the delay is refused too, and the password step waits as well.
    await t.database.db.update(staff).set({ totpLastStep: null }).where(eq(staff.id, agent.id));
    const early = await post('/api/auth/totp', { code: currentTotpCode(agent.totpSecret) }, { cookie, csrf });
    assert.equal(early.statusCode, 429);
    assert.equal(early.json().error.code, 'auth.sign_in_delayed');
    const again = await post('/api/auth/login', { email: agent.email, password: TEST_PASSWORD });
    assert.equal(again.statusCode, 429);
    // After the wait the half-signed-in session carries on.
    await passTime(agent.email, MAX_DELAY_SECONDS * 1000);
    const after = await post('/api/auth/totp', { code: currentTotpCode(agent.totpSecret) }, { cookie, csrf });
    assert.equal(after.statusCode, 200, after.body);
  });

  test('parallel guesses cannot slip past the count', async () => {
    const email = 'parallel-guesses@hotline.test';
    const answers = await Promise.all(
      Array.from({ length: FREE_FAILURES * 2 }, (_, i) =>
        post('/api/auth/login', { email, password: `guess ${i}` }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    assert.deepEqual(statuses, [...Array(FREE_FAILURES).fill(401), ...Array(FREE_FAILURES).fill(429)]);
  });

  test('a day without failures forgets a key: its count restarts, and the daily sweep removes it', async () => {
    const email = 'yesterday@hotline.test';
    const key = throttleKeyOf(t.app.deps.secretBox, email);
    const longAgo = new Date(Date.now() - FORGET_AFTER_MS - 60_000);
    await t.database.db
      .insert(signInThrottles)
      .values({ keyHash: key, failures: 50, lastFailureAt: longAgo });
    const res = await post('/api/auth/login', { email, password: 'a guessed password' });
    assert.equal(res.statusCode, 401, 'yesterday’s failures no longer delay');
    const [row] = await t.database.db.select().from(signInThrottles).where(eq(signInThrottles.keyHash, key));
    assert.equal(row?.failures, 1);

    await t.database.db
      .update(signInThrottles)
      .set({ lastFailureAt: longAgo })
      .where(eq(signInThrottles.keyHash, key));
    assert.ok((await sweepThrottles(t.database.db)) >= 1);
    const left = await t.database.db.select().from(signInThrottles).where(eq(signInThrottles.keyHash, key));
    assert.deepEqual(left, []);
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
