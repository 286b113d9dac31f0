/**
 * The per-account sign-in delay (docs/adr/0006-sign-in-throttling.md). Each key — an e-mail address
 * tried, known or not, or a browser that signed in to that address before — counts its consecutive
 * failures. The first few cost nothing; after that each attempt must wait a growing delay, capped at
 * a minute, and an attempt made during the delay is refused without looking at the password. So a
 * guesser gets about one try a minute per account, and nobody can lock anyone out for long: the
 * owner's own browser has its own key (known-device.ts), and every delay ends within a minute.
 *
 * An attempt is counted before the password is checked (reserveAttempt) and given back when it was
 * right (refundAttempt): parallel requests cannot slip between a check and its count. The per-client
 * limit is the routes' business (auth.routes.ts); this file stores no client address, only keyed hashes.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Queryable, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { signInThrottles } from './auth.tables.ts';
import { deviceKeyOf } from './known-device.ts';

/** Failures in a row that cost no waiting (typos happen). */
export const FREE_FAILURES = 5;
/** The wait after the FREE_FAILURES-th failure; it doubles with each further one… */
export const FIRST_DELAY_SECONDS = 15;
/** …up to this. A guesser gets at most one try per key this often. */
export const MAX_DELAY_SECONDS = 60;
/** A key without a failure for this long starts again from zero (and its row is swept). */
export const FORGET_AFTER_MS = 24 * 3_600_000;

/** The wait before the next attempt, after `failures` consecutive failures. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  const seconds = FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES);
  return Math.min(seconds, MAX_DELAY_SECONDS) * 1000;
}

/**
 * The key an attempt counts against: the browser's own when it carries a valid known-device token for
 * this address, the address's otherwise. Pure computation, the same for known and unknown addresses.
 */
export function throttleKeyOf(secretBox: SecretBox, email: string, deviceToken?: string): string {
  return deviceKeyOf(secretBox, email, deviceToken) ?? secretBox.keyedHash(`vigie:sign-in-address\n${email}`);
}

type ThrottleRow = typeof signInThrottles.$inferSelect;

const currentFailures = (row: ThrottleRow, now: number) =>
  now - row.lastFailureAt.getTime() > FORGET_AFTER_MS ? 0 : row.failures;

export type Reservation =
  | { ok: true; key: string; at: Date; before: Pick<ThrottleRow, 'failures' | 'lastFailureAt'> }
  | { ok: false; retryAfterMs: number };

/**
 * Counts one attempt against `key` as a failure in advance, unless the key is in its delay. Locks the
 * key's row for the rest of the transaction, so concurrent attempts on one key take turns.
 */
export async function reserveAttempt(tx: Tx, key: string, now = Date.now()): Promise<Reservation> {
  await tx
    .insert(signInThrottles)
    .values({ keyHash: key, failures: 0, lastFailureAt: new Date(0) })
    .onConflictDoNothing();
  const [row] = await tx.select().from(signInThrottles).where(eq(signInThrottles.keyHash, key)).for('update');
  if (!row) throw new Error('sign-in throttle row vanished');
  const failures = currentFailures(row, now);
  const readyAt = row.lastFailureAt.getTime() + delayAfter(failures);
  if (readyAt > now) return { ok: false, retryAfterMs: readyAt - now };
  const at = new Date(now);
  await tx
    .update(signInThrottles)
    .set({ failures: failures + 1, lastFailureAt: at })
    .where(eq(signInThrottles.keyHash, key));
  return { ok: true, key, at, before: { failures, lastFailureAt: row.lastFailureAt } };
}

/**
 * The reserved attempt was right after all: take its count back. When no other attempt was counted in
 * between, the key is exactly as before (so the holder's next step is not delayed by their own success).
 */
export async function refundAttempt(q: Queryable, reservation: Extract<Reservation, { ok: true }>) {
  const key = eq(signInThrottles.keyHash, reservation.key);
  const restored = await q
    .update(signInThrottles)
    .set(reservation.before)
    .where(and(key, eq(signInThrottles.lastFailureAt, reservation.at)))
    .returning({ keyHash: signInThrottles.keyHash });
  if (restored.length > 0) return;
  await q
    .update(signInThrottles)
    .set({ failures: sql`greatest(${signInThrottles.failures} - 1, 0)` })
    .where(key);
}

/** A full sign-in: the key starts again from zero. */
export async function clearThrottle(q: Queryable, key: string): Promise<void> {
  await q.delete(signInThrottles).where(eq(signInThrottles.keyHash, key));
}

/** Removes keys without a failure for FORGET_AFTER_MS; returns how many. */
export async function sweepThrottles(q: Queryable, now = Date.now()): Promise<number> {
  const gone = await q
    .delete(signInThrottles)
    .where(lt(signInThrottles.lastFailureAt, new Date(now - FORGET_AFTER_MS)))
    .returning({ keyHash: signInThrottles.keyHash });
  return gone.length;
}

/**
 * The answer to an attempt during a delay: the same for every address, known or not, and for every
 * step (password, code, password change), so it reveals nothing but the wait.
 */
export function delayedError(retryAfterMs: number): AppError {
  return new AppError(
    'auth.sign_in_delayed',
    429,
    'Too many failed attempts with this address: wait a moment (details.retry_after_seconds), then try again.',
    { retry_after_seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) },
  );
}
