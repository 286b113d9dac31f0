/**
 * Timing of failed sign-ins, with a realistic argon2 cost: an address under a sign-in delay, a known
 * address with a wrong password, and an address nobody has must take about the same time, or the
 * clock would tell which addresses are staff. The median of per-round ratios must lie within a factor
 * of 2: loose enough for a busy machine, far tighter than the gap between "runs argon2" and "does not".
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { authApiHelpers, signedInStaff } from './auth.testing.ts';

// OWASP's smallest recommended argon2id memory (production uses 64 MiB): the hash dominates, as live.
const ARGON2_MEMORY_KIB = '19456';
const ROUNDS = 15;

let t: TestApp;
let h: ReturnType<typeof authApiHelpers>;
before(async () => {
  process.env.VIGIE_ARGON2_MEMORY_KIB = ARGON2_MEMORY_KIB;
  t = await createTestApp();
  h = authApiHelpers(t);
});
after(() => t.close());

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timeAttempt(email: string): Promise<number> {
  const started = performance.now();
  const res = await h.post('/api/auth/login', { email, password: 'a wrong guess at the password' });
  assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${res.statusCode} ${res.body}`);
  return performance.now() - started;
}

test('a delayed address, a wrong password and an unknown address take the same time', async () => {
  const delayed = await signedInStaff(t, 'analyst');
  for (let i = 0; i < 5; i++) await timeAttempt(delayed.email);
  // Wrong passwords on known accounts, a few per account so none reaches the delay.
  const known = await Promise.all([0, 1, 2, 3, 4].map(() => signedInStaff(t, 'analyst')));
  await timeAttempt('warm-up@hotline.test');

  const times: Record<'delayed' | 'wrong' | 'unknown', number[]> = { delayed: [], wrong: [], unknown: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const attempts: Array<[keyof typeof times, string]> = [
      ['delayed', delayed.email],
      ['wrong', known[round % known.length]?.email ?? ''],
      ['unknown', `nobody-${round}@hotline.test`],
    ];
    if (round % 2) attempts.reverse();
    for (const [kind, email] of attempts) times[kind].push(await timeAttempt(email));
  }

  // Per-round ratios: the three attempts of a round share the machine's load of that moment.
  for (const kind of ['delayed', 'wrong'] as const) {
    const ratio = median(times[kind].map((ms, round) => ms / (times.unknown[round] ?? ms)));
    const report = `${kind}: median ${median(times[kind]).toFixed(1)} ms, unknown: ${median(times.unknown).toFixed(1)} ms, median ratio ${ratio.toFixed(2)}`;
    assert.ok(ratio > 0.5 && ratio < 2, report);
  }
});
