/**
 * Changing one's own password, fully signed in. The current password proves it is the person and not
 * someone at an unattended session, so a wrong one counts against the sign-in throttle like a failed
 * sign-in (and a delayed key is refused without looking at it). The new password must pass the policy.
 * The person's other sessions end — whoever signed in elsewhere with the old password is out — and
 * the change is audited (auth.password_changed) in the same transaction.
 */
import { eq } from 'drizzle-orm';
import { appendAuditEvent } from '../audit/audit.service.ts';
import { badRequest } from '../errors.ts';
import { type Attempt, type AuthContext, asActor } from './auth.service.ts';
import { staff } from './auth.tables.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.ts';
import { deleteSessionsOf, type LoadedSession, type StaffRow } from './sessions.ts';
import { delayedError, refundAttempt, reserveAttempt, throttleKeyOf } from './sign-in-throttle.ts';

/** Done from the person's own session, so the session's owner is the actor. */
const failedChange = (person: StaffRow, reason: string) => ({
  ...asActor(person),
  action: 'auth.password_change_failed',
  targetType: 'staff',
  targetId: person.id,
  details: { reason },
});

export async function changeOwnPassword(
  ctx: AuthContext,
  session: LoadedSession,
  change: { currentPassword: string; newPassword: string },
  attempt: Attempt = {},
): Promise<void> {
  const person = session.staff;
  if (change.newPassword === change.currentPassword) {
    throw badRequest('auth.password_unchanged', 'The new password is the same as the current one.');
  }
  await checkPasswordPolicy(change.newPassword, { email: person.email, displayName: person.displayName });
  const key = throttleKeyOf(ctx.secretBox, person.email, attempt.deviceToken);
  const reservation = await ctx.db.transaction((tx) => reserveAttempt(tx, key));
  const passwordOk = reservation.ok && (await verifyPassword(person.passwordHash, change.currentPassword));
  if (!reservation.ok || !passwordOk) {
    const reason = reservation.ok ? 'wrong_password' : 'delayed';
    await ctx.db.transaction((tx) => appendAuditEvent(tx, failedChange(person, reason)));
    throw reservation.ok
      ? badRequest('auth.wrong_password', 'This is not your current password.')
      : delayedError(reservation.retryAfterMs);
  }
  const passwordHash = await hashPassword(change.newPassword);
  await ctx.db.transaction(async (tx) => {
    await refundAttempt(tx, reservation);
    await tx.update(staff).set({ passwordHash, updatedAt: new Date() }).where(eq(staff.id, person.id));
    await deleteSessionsOf(tx, person.id, { except: session.idHash });
    await appendAuditEvent(tx, {
      ...asActor(person),
      action: 'auth.password_changed',
      targetType: 'staff',
      targetId: person.id,
    });
  });
}
