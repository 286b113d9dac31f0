/**
 * Signing in: password (argon2id), then a TOTP code (or setting up TOTP the first time). A failure at
 * either step counts against the attempt's throttle key (sign-in-throttle.ts: a growing, capped delay
 * that treats known and unknown addresses alike). Every password attempt — unknown address, disabled
 * account, delayed key — runs one argon2 verification and the same database statements, so neither
 * the answer nor its timing tells whether an account exists. Each step that raises a session's
 * privilege replaces the session (new cookie, new CSRF token), so a token seen before sign-in is worth
 * nothing after. Every success and failure is audited in the transaction that records it; failures
 * are committed before the error is thrown. Per-client throttling is the route's job.
 */
import { eq } from 'drizzle-orm';
import { type AuditInput, appendAuditEvent } from '../audit/audit.service.ts';
import { type SecretBox, sha256 } from '../crypto/secret-box.ts';
import type { Db, Tx } from '../db/database.ts';
import { type AppError, badRequest, conflict, unauthorized } from '../errors.ts';
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
import {
  clearThrottle,
  delayedError,
  refundAttempt,
  reserveAttempt,
  throttleKeyOf,
} from './sign-in-throttle.ts';
import { checkTotpCode, enrolmentMaterial, newTotpSecret } from './totp.ts';

export type AuthContext = { db: Db; secretBox: SecretBox };
/** What the browser brings besides the form: its known-device token, if any (known-device.ts). */
export type Attempt = { deviceToken?: string };

const invalidCredentials = () =>
  unauthorized('auth.invalid_credentials', 'Wrong e-mail address or password.');
const invalidCode = () =>
  unauthorized('auth.invalid_code', 'This code is not valid. Wait for the next one and try again.');
const setupTokenInvalid = () =>
  badRequest(
    'auth.setup_token_invalid',
    'This setup link is invalid or has expired. Ask an administrator for a new one.',
  );

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const asActor = (row: StaffRow) => ({ actorStaffId: row.id, actorLabel: row.email });

/** A failed attempt is not the account holder acting: it is someone who typed this e-mail address. */
function failedAttempt(email: string, row: StaffRow | undefined, reason: string): AuditInput {
  return {
    actorStaffId: null,
    actorLabel: email,
    action: 'auth.sign_in_failed',
    ...(row ? { targetType: 'staff', targetId: row.id } : {}),
    details: { reason },
  };
}

/** For the audit log only: the person trying is told the same thing in every case. */
function failureReason(counted: boolean, row: StaffRow | undefined): string {
  if (!counted) return 'delayed';
  if (!row) return 'unknown_account';
  if (row.disabledAt) return 'disabled';
  return row.passwordHash ? 'wrong_password' : 'no_password';
}

/** First factor. Unknown e-mail, wrong password, disabled account, delayed key: see the module header. */
export async function signInWithPassword(
  ctx: AuthContext,
  emailTried: string,
  password: string,
  attempt: Attempt = {},
): Promise<OpenedSession> {
  const email = normaliseEmail(emailTried);
  const key = throttleKeyOf(ctx.secretBox, email, attempt.deviceToken);
  const [row] = await ctx.db.select().from(staff).where(eq(staff.email, email)).limit(1);
  const reservation = await ctx.db.transaction((tx) => reserveAttempt(tx, key));
  // During a delay the dummy hash is verified instead: the same cost, and the password is not looked at.
  const passwordOk = await verifyPassword(reservation.ok ? row?.passwordHash : null, password);
  if (reservation.ok && row && passwordOk && !row.disabledAt) {
    return ctx.db.transaction(async (tx) => {
      await refundAttempt(tx, reservation);
      return openSession(tx, row.id, row.totpEnabled ? 'password' : 'enrol');
    });
  }
  const reason = failureReason(reservation.ok, row);
  await ctx.db.transaction((tx) => appendAuditEvent(tx, failedAttempt(email, row, reason)));
  throw reservation.ok ? invalidCredentials() : delayedError(reservation.retryAfterMs);
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Locks the staff row, so two requests with the same code cannot both pass the replay check. */
async function lockStaffRow(tx: Tx, staffId: string): Promise<StaffRow> {
  const [row] = await tx.select().from(staff).where(eq(staff.id, staffId)).for('update');
  if (!row) throw unauthorized('auth.no_session', 'You are not signed in.');
  return row;
}

/**
 * Checks a code against the locked staff row: counted against `key` first (a delayed key is refused
 * without looking at the code), given back by a full sign-in, kept by a wrong code.
 */
async function checkCode(
  tx: Tx,
  ctx: AuthContext,
  row: StaffRow & { totpSecretEnc: string },
  session: LoadedSession,
  input: { code: string; key: string; method: 'totp' | 'enrolment' },
): Promise<Outcome<OpenedSession>> {
  const reserved = await reserveAttempt(tx, input.key);
  if (!reserved.ok) {
    await appendAuditEvent(tx, failedAttempt(row.email, row, 'delayed'));
    return { ok: false, error: delayedError(reserved.retryAfterMs) };
  }
  const check = checkTotpCode(ctx.secretBox.open(row.totpSecretEnc), input.code, row.totpLastStep);
  if (!check.ok) {
    await appendAuditEvent(tx, failedAttempt(row.email, row, check.reason));
    return { ok: false, error: invalidCode() };
  }
  await clearThrottle(tx, input.key);
  return { ok: true, value: await completeSignIn(tx, row, session, check.step, input.method) };
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
  attempt: Attempt = {},
): Promise<OpenedSession> {
  const key = throttleKeyOf(ctx.secretBox, session.staff.email, attempt.deviceToken);
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome<OpenedSession>> => {
    const row = await lockStaffRow(tx, session.staff.id);
    const { totpSecretEnc } = row;
    if (!totpSecretEnc || !row.totpEnabled) return { ok: false, error: wrongStage() };
    return checkCode(tx, ctx, { ...row, totpSecretEnc }, session, { code, key, method: 'totp' });
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
  attempt: Attempt = {},
): Promise<OpenedSession> {
  const key = throttleKeyOf(ctx.secretBox, session.staff.email, attempt.deviceToken);
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome<OpenedSession>> => {
    const row = await lockStaffRow(tx, session.staff.id);
    if (row.totpEnabled) return { ok: false, error: wrongStage() };
    const { totpSecretEnc } = row;
    if (!totpSecretEnc) {
      return {
        ok: false,
        error: conflict(
          'auth.enrolment_not_started',
          'Fetch the enrolment secret (GET /api/auth/enrolment) first.',
        ),
      };
    }
    return checkCode(tx, ctx, { ...row, totpSecretEnc }, session, { code, key, method: 'enrolment' });
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
  await checkPasswordPolicy(password, { email: row.email, displayName: row.displayName });
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
