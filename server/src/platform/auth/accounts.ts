/**
 * Staff accounts as the rest of Vigie creates them: a new account with a one-time setup link (what
 * admins and `vigie admin create` do), a reset, and accounts with known credentials (`vigie demo`).
 * Every change writes its audit event in the same transaction. Who may call these is the caller's
 * business (routes guard with requireStaff; the CLI is trusted).
 */
import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { appendAuditEvent } from '../audit/audit.service.ts';
import { type SecretBox, sha256 } from '../crypto/secret-box.ts';
import type { Queryable, Tx } from '../db/database.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { isLanguage, type Language } from '../i18n/language.ts';
import { staff } from './auth.tables.ts';
import { checkPasswordPolicy, checkPasswordRules, hashPassword } from './password.ts';
import { isRole, ROLES, type Role } from './roles.ts';
import { deleteSessionsOf, type StaffRow } from './sessions.ts';

export const SETUP_LINK_HOURS = 72;

/** Who did it, for the audit log: a staff member, or the command line. */
export type Actor = { staffId: string | null; label: string };
export const CLI_ACTOR: Actor = { staffId: null, label: 'cli' };

export type AccountsContext = { db: Queryable; secretBox: SecretBox; publicUrl: string };

export type NewStaffAccount = {
  email: string;
  displayName: string;
  role: Role | string;
  language?: Language | string;
};

export const setupUrl = (publicUrl: string, token: string) => `${publicUrl}/app/setup?token=${token}`;

const auditActor = (actor: Actor) => ({ actorStaffId: actor.staffId, actorLabel: actor.label });

const emailSchema = z.email().max(254);
const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === UNIQUE_VIOLATION ||
  (error as { cause?: { code?: string } })?.cause?.code === UNIQUE_VIOLATION;

function validated(input: NewStaffAccount) {
  const email = input.email.trim().toLowerCase();
  if (!emailSchema.safeParse(email).success) {
    throw badRequest('staff.invalid_email', `"${input.email}" is not a valid e-mail address.`);
  }
  if (!isRole(input.role)) {
    throw badRequest('staff.invalid_role', `Unknown role "${input.role}": use one of ${ROLES.join(', ')}.`);
  }
  const language = input.language ?? 'fr';
  if (!isLanguage(language)) throw badRequest('staff.invalid_language', 'The language must be fr or en.');
  const displayName = input.displayName.trim() || email;
  return { email, role: input.role, language, displayName };
}

function newSetupToken(): { token: string; hash: string; expiresAt: Date } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, hash: sha256(token), expiresAt: new Date(Date.now() + SETUP_LINK_HOURS * 3_600_000) };
}

async function insertStaff(tx: Tx, values: typeof staff.$inferInsert): Promise<StaffRow> {
  const [taken] = await tx.select({ id: staff.id }).from(staff).where(eq(staff.email, values.email)).limit(1);
  if (taken) throw emailTaken();
  const [row] = await tx.insert(staff).values(values).returning();
  if (!row) throw new Error('staff insert returned nothing');
  return row;
}

const emailTaken = () =>
  conflict('staff.email_taken', 'A staff account with this e-mail address already exists.');

/** Runs `fn` in a transaction (a savepoint when `q` already is one); a racing duplicate becomes a 409. */
async function inTransaction<T>(q: Queryable, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await q.transaction(fn);
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/** A new account without a password: the person opens the setup link (valid 72 h) to choose one. */
export async function createStaffAccount(
  ctx: Pick<AccountsContext, 'db' | 'publicUrl'>,
  input: NewStaffAccount,
  actor: Actor,
): Promise<{ staff: StaffRow; setupToken: string; setupUrl: string }> {
  const account = validated(input);
  const setup = newSetupToken();
  const row = await inTransaction(ctx.db, async (tx) => {
    const created = await insertStaff(tx, {
      ...account,
      setupTokenHash: setup.hash,
      setupExpiresAt: setup.expiresAt,
    });
    await appendAuditEvent(tx, {
      ...auditActor(actor),
      action: 'staff.created',
      targetType: 'staff',
      targetId: created.id,
      details: { email: created.email, role: created.role, display_name: created.displayName },
    });
    return created;
  });
  return { staff: row, setupToken: setup.token, setupUrl: setupUrl(ctx.publicUrl, setup.token) };
}

/**
 * An account that can sign in at once, with a known password and (optionally) a known TOTP secret.
 * For the demo data set (random passwords) and tests; never exposed over HTTP. Nobody chooses these
 * passwords, so only the rules apply, not the guessability check (a second of dictionary loading).
 */
export async function createStaffWithCredentials(
  ctx: Pick<AccountsContext, 'db' | 'secretBox'>,
  input: NewStaffAccount & { password: string; totpSecret?: string },
  actor: Actor,
): Promise<StaffRow> {
  const account = validated(input);
  checkPasswordRules(input.password, account.email);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.db, async (tx) => {
    const created = await insertStaff(tx, {
      ...account,
      passwordHash,
      ...(input.totpSecret ? { totpSecretEnc: ctx.secretBox.seal(input.totpSecret), totpEnabled: true } : {}),
    });
    await appendAuditEvent(tx, {
      ...auditActor(actor),
      action: 'staff.created',
      targetType: 'staff',
      targetId: created.id,
      details: {
        email: created.email,
        role: created.role,
        display_name: created.displayName,
        with_credentials: true,
      },
    });
    return created;
  });
}

/** Sets a password directly (policy checked); ends the person's sessions. */
export async function setStaffPassword(
  q: Queryable,
  staffId: string,
  password: string,
  actor: Actor,
): Promise<void> {
  const [row] = await q.select().from(staff).where(eq(staff.id, staffId)).limit(1);
  if (!row) throw staffNotFound();
  await checkPasswordPolicy(password, { email: row.email, displayName: row.displayName });
  const passwordHash = await hashPassword(password);
  await q.transaction(async (tx) => {
    await tx
      .update(staff)
      .set({ passwordHash, setupTokenHash: null, setupExpiresAt: null, updatedAt: new Date() })
      .where(eq(staff.id, staffId));
    await deleteSessionsOf(tx, staffId);
    await appendAuditEvent(tx, {
      ...auditActor(actor),
      action: 'auth.password_set',
      targetType: 'staff',
      targetId: staffId,
    });
  });
}

/** Turns on TOTP with a known secret (base32), as if the person had enrolled. */
export async function enableTotpWithSecret(
  ctx: Pick<AccountsContext, 'db' | 'secretBox'>,
  staffId: string,
  totpSecret: string,
  actor: Actor,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(staff)
      .set({
        totpSecretEnc: ctx.secretBox.seal(totpSecret),
        totpEnabled: true,
        totpLastStep: null,
        updatedAt: new Date(),
      })
      .where(eq(staff.id, staffId))
      .returning({ id: staff.id });
    if (updated.length === 0) throw staffNotFound();
    await appendAuditEvent(tx, {
      ...auditActor(actor),
      action: 'auth.totp_enrolled',
      targetType: 'staff',
      targetId: staffId,
    });
  });
}

/**
 * Starts over: password and TOTP cleared, sessions ended, a fresh setup link
 * (the previous one stops working).
 */
export async function resetStaffCredentials(
  ctx: Pick<AccountsContext, 'db' | 'publicUrl'>,
  staffId: string,
  actor: Actor,
): Promise<{ setupToken: string; setupUrl: string }> {
  const setup = newSetupToken();
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(staff)
      .set({
        passwordHash: null,
        totpSecretEnc: null,
        totpEnabled: false,
        totpLastStep: null,
        setupTokenHash: setup.hash,
        setupExpiresAt: setup.expiresAt,
        updatedAt: new Date(),
      })
      .where(eq(staff.id, staffId))
      .returning({ id: staff.id, email: staff.email });
    const target = updated[0];
    if (!target) throw staffNotFound();
    await deleteSessionsOf(tx, staffId);
    await appendAuditEvent(tx, {
      ...auditActor(actor),
      action: 'staff.reset',
      targetType: 'staff',
      targetId: staffId,
      details: { email: target.email },
    });
  });
  return { setupToken: setup.token, setupUrl: setupUrl(ctx.publicUrl, setup.token) };
}

export const staffNotFound = () => notFound('staff.not_found', 'No staff member has this id.');

/** Whether anyone can administer this installation yet (an enabled admin account exists). */
export async function hasAdministrator(db: Queryable): Promise<boolean> {
  const [row] = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.role, 'admin'), isNull(staff.disabledAt)))
    .limit(1);
  return row !== undefined;
}
