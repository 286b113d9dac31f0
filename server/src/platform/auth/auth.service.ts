/**
 * Signing in: password (argon2id), then a TOTP code (or setting up TOTP the first time), with
 * per-account lockout after repeated failures. Each step that raises a session's privilege replaces
 * the session (new cookie, new CSRF token), so a token seen before sign-in is worth nothing after.
 * Every success and failure is audited in the transaction that records it; failures are committed
 * before the error is thrown. Per-client throttling is the route's job.
 */
import { eq, sql } from 'drizzle-orm';
import { appendAuditEvent } from '../audit/audit.service.ts';
import { type SecretBox, sha256 } from '../crypto/secret-box.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError, badRequest, conflict, unauthorized } from '../errors.ts';
import { staff } from './auth.tables.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.ts';
import {
  deleteSession,
  deleteSessionsOf,
  type LoadedSession,
  type OpenedSession,
  openSession,
  type StaffRow,
} from './sessions.ts';
import { checkTotpCode, enrolmentMaterial, newTotpSecret, type TotpCheck } from './totp.ts';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export type AuthContext = { db: Db; secretBox: SecretBox };

const invalidCredentials = () =>
  unauthorized('auth.invalid_credentials', 'Wrong e-mail address or password.');
const invalidCode = () =>
  unauthorized('auth.invalid_code', 'This code is not valid. Wait for the next one and try again.');
const setupTokenInvalid = () =>
  badRequest(
    'auth.setup_token_invalid',
    'This setup link is invalid or has expired. Ask an administrator for a new one.',
  );

function lockedError(lockedUntil: Date, now = Date.now()): AppError {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now) / 60_000));
  return new AppError(
    'auth.locked',
    423,
    `Too many failed sign-ins: this account is locked for ${minutes} more minute${minutes > 1 ? 's' : ''}.`,
    { minutes_remaining: minutes },
  );
}

const isLocked = (row: StaffRow, now = Date.now()) =>
  row.lockedUntil !== null && row.lockedUntil.getTime() > now;
const asActor = (row: StaffRow) => ({ actorStaffId: row.id, actorLabel: row.email });
/** A failed attempt is not the account holder acting: it is someone who typed this e-mail address. */
const failedActor = (row: StaffRow) => ({ actorStaffId: null, actorLabel: row.email });

/**
 * Counts one failure against an account; the fifth in a row locks it and ends its unfinished sessions
 * (fully signed-in sessions survive, so a stranger guessing cannot throw the owner out).
 */
async function recordFailure(tx: Tx, row: StaffRow, reason: string): Promise<void> {
  const [counted] = await tx
    .update(staff)
    .set({ failedLogins: sql`${staff.failedLogins} + 1` })
    .where(eq(staff.id, row.id))
    .returning({ failedLogins: staff.failedLogins });
  await appendAuditEvent(tx, {
    ...failedActor(row),
    action: 'auth.sign_in_failed',
    targetType: 'staff',
    targetId: row.id,
    details: { reason },
  });
  if ((counted?.failedLogins ?? 0) < MAX_FAILED_SIGN_INS) return;
  const lockedUntil = new Date(Date.now() + LOCKOUT_MINUTES * 60_000);
  await tx.update(staff).set({ failedLogins: 0, lockedUntil }).where(eq(staff.id, row.id));
  await deleteSessionsOf(tx, row.id, { onlyUnfinished: true });
  await appendAuditEvent(tx, {
    actorStaffId: null,
    actorLabel: 'system',
    action: 'auth.locked',
    targetType: 'staff',
    targetId: row.id,
    details: { email: row.email, minutes: LOCKOUT_MINUTES, failures: MAX_FAILED_SIGN_INS },
  });
}

/** First factor. Unknown e-mail, wrong password, disabled account: one answer, similar timing. */
export async function signInWithPassword(
  ctx: AuthContext,
  emailTried: string,
  password: string,
): Promise<OpenedSession> {
  const email = emailTried.trim().toLowerCase();
  const [row] = await ctx.db.select().from(staff).where(eq(staff.email, email)).limit(1);
  if (row && isLocked(row)) {
    await ctx.db.transaction((tx) =>
      appendAuditEvent(tx, {
        ...failedActor(row),
        action: 'auth.sign_in_failed',
        targetType: 'staff',
        targetId: row.id,
        details: { reason: 'locked' },
      }),
    );
    throw lockedError(row.lockedUntil as Date);
  }
  const passwordOk = await verifyPassword(row?.passwordHash, password);
  if (!row) {
    await ctx.db.transaction((tx) =>
      appendAuditEvent(tx, {
        actorLabel: email,
        action: 'auth.sign_in_failed',
        details: { reason: 'unknown_account' },
      }),
    );
    throw invalidCredentials();
  }
  if (!passwordOk || row.disabledAt) {
    const reason = row.disabledAt ? 'disabled' : row.passwordHash ? 'wrong_password' : 'no_password';
    await ctx.db.transaction((tx) => recordFailure(tx, row, reason));
    throw invalidCredentials();
  }
  return openSession(ctx.db, row.id, row.totpEnabled ? 'password' : 'enrol');
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Locks the staff row, so two requests with the same code cannot both pass the replay check. */
async function lockStaffRow(tx: Tx, staffId: string): Promise<StaffRow> {
  const [row] = await tx.select().from(staff).where(eq(staff.id, staffId)).for('update');
  if (!row) throw unauthorized('auth.no_session', 'You are not signed in.');
  return row;
}

async function failCode(
  tx: Tx,
  row: StaffRow,
  check: Exclude<TotpCheck, { ok: true }>,
): Promise<Outcome<never>> {
  await recordFailure(tx, row, check.reason);
  const [after] = await tx.select({ lockedUntil: staff.lockedUntil }).from(staff).where(eq(staff.id, row.id));
  return {
    ok: false,
    error:
      after?.lockedUntil && isLocked({ ...row, ...after }) ? lockedError(after.lockedUntil) : invalidCode(),
  };
}

/** Marks a full sign-in: code step remembered, failures cleared, the session replaced by a full one. */
async function completeSignIn(
  tx: Tx,
  row: StaffRow,
  session: LoadedSession,
  step: number,
  method: 'totp' | 'enrolment',
): Promise<OpenedSession> {
  await tx
    .update(staff)
    .set({
      totpEnabled: true,
      totpLastStep: step,
      failedLogins: 0,
      lockedUntil: null,
      lastLoginAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(staff.id, row.id));
  if (method === 'enrolment') {
    await appendAuditEvent(tx, {
      ...asActor(row),
      action: 'auth.totp_enrolled',
      targetType: 'staff',
      targetId: row.id,
    });
  }
  await appendAuditEvent(tx, {
    ...asActor(row),
    action: 'auth.signed_in',
    targetType: 'staff',
    targetId: row.id,
    details: { method },
  });
  await deleteSession(tx, session.idHash);
  return openSession(tx, row.id, 'full');
}

async function settle<T>(outcome: Outcome<T>): Promise<T> {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** Second factor, for a session at stage `password`. */
export async function signInWithTotp(
  ctx: AuthContext,
  session: LoadedSession,
  code: string,
): Promise<OpenedSession> {
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome<OpenedSession>> => {
    const row = await lockStaffRow(tx, session.staff.id);
    if (isLocked(row)) return { ok: false, error: lockedError(row.lockedUntil as Date) };
    if (!row.totpSecretEnc || !row.totpEnabled) return { ok: false, error: wrongStage() };
    const check = checkTotpCode(ctx.secretBox.open(row.totpSecretEnc), code, row.totpLastStep);
    if (!check.ok) return failCode(tx, row, check);
    return { ok: true, value: await completeSignIn(tx, row, session, check.step, 'totp') };
  });
  return settle(outcome);
}

const wrongStage = () => conflict('auth.wrong_stage', 'This sign-in step does not apply now. Sign in again.');

/** The TOTP secret to put in an authenticator app, created (and stored encrypted) on first call. */
export async function startTotpEnrolment(ctx: AuthContext, session: LoadedSession) {
  const secret = await ctx.db.transaction(async (tx) => {
    const row = await lockStaffRow(tx, session.staff.id);
    if (row.totpEnabled) throw wrongStage();
    if (row.totpSecretEnc) return ctx.secretBox.open(row.totpSecretEnc);
    const fresh = newTotpSecret();
    await tx
      .update(staff)
      .set({ totpSecretEnc: ctx.secretBox.seal(fresh), totpLastStep: null, updatedAt: new Date() })
      .where(eq(staff.id, row.id));
    return fresh;
  });
  return enrolmentMaterial(secret, session.staff.email);
}

/** Proves the authenticator app works: TOTP is on, and the person is fully signed in. */
export async function confirmTotpEnrolment(
  ctx: AuthContext,
  session: LoadedSession,
  code: string,
): Promise<OpenedSession> {
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome<OpenedSession>> => {
    const row = await lockStaffRow(tx, session.staff.id);
    if (isLocked(row)) return { ok: false, error: lockedError(row.lockedUntil as Date) };
    if (row.totpEnabled) return { ok: false, error: wrongStage() };
    if (!row.totpSecretEnc) {
      return {
        ok: false,
        error: conflict(
          'auth.enrolment_not_started',
          'Fetch the enrolment secret (GET /api/auth/enrolment) first.',
        ),
      };
    }
    const check = checkTotpCode(ctx.secretBox.open(row.totpSecretEnc), code, row.totpLastStep);
    if (!check.ok) return failCode(tx, row, check);
    return { ok: true, value: await completeSignIn(tx, row, session, check.step, 'enrolment') };
  });
  return settle(outcome);
}

/** First (or reset) password through the one-time setup link; leads to TOTP enrolment. */
export async function setPasswordWithSetupToken(
  ctx: AuthContext,
  token: string,
  password: string,
): Promise<OpenedSession> {
  const tokenHash = sha256(token);
  const [row] = await ctx.db.select().from(staff).where(eq(staff.setupTokenHash, tokenHash)).limit(1);
  if (!row?.setupExpiresAt || row.setupExpiresAt.getTime() <= Date.now() || row.disabledAt) {
    throw setupTokenInvalid();
  }
  checkPasswordPolicy(password, row.email);
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction(async (tx) => {
    // Conditional on the token still being there: two racing uses cannot both succeed.
    const used = await tx
      .update(staff)
      .set({
        passwordHash,
        setupTokenHash: null,
        setupExpiresAt: null,
        totpSecretEnc: null,
        totpEnabled: false,
        totpLastStep: null,
        failedLogins: 0,
        lockedUntil: null,
        updatedAt: new Date(),
      })
      .where(eq(staff.setupTokenHash, tokenHash))
      .returning({ id: staff.id });
    if (used.length === 0) throw setupTokenInvalid();
    await deleteSessionsOf(tx, row.id);
    await appendAuditEvent(tx, {
      ...asActor(row),
      action: 'auth.password_set',
      targetType: 'staff',
      targetId: row.id,
    });
    return openSession(tx, row.id, 'enrol');
  });
}

export async function signOut(ctx: AuthContext, session: LoadedSession): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, session.idHash);
    await appendAuditEvent(tx, {
      ...asActor(session.staff),
      action: 'auth.signed_out',
      targetType: 'staff',
      targetId: session.staff.id,
    });
  });
}
