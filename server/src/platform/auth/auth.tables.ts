/**
 * Staff accounts, their sessions, and the sign-in throttle. E-mail addresses are stored lower-cased (the
 * service normalises).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { isOneOf } from '../db/value-lists.ts';
import { LANGUAGES, type Language } from '../i18n/language.ts';
import { ROLES, type Role, SESSION_STAGES, type SessionStage } from './roles.ts';

export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role').$type<Role>().notNull(),
    language: text('language').$type<Language>().notNull().default('fr'),
    /** argon2id; null until the person has used their setup link. */
    passwordHash: text('password_hash'),
    /** AES-256-GCM ciphertext of the TOTP secret. */
    totpSecretEnc: text('totp_secret_enc'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    /** Last accepted TOTP time step, so a code cannot be replayed. */
    totpLastStep: integer('totp_last_step'),
    setupTokenHash: text('setup_token_hash'),
    setupExpiresAt: timestamp('setup_expires_at', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('staff_setup_token_idx').on(t.setupTokenHash),
    check('staff_role_check', isOneOf(t.role, ROLES)),
    check('staff_language_check', isOneOf(t.language, LANGUAGES)),
  ],
);

export const staffSessions = pgTable(
  'staff_sessions',
  {
    /** SHA-256 of the cookie token; the token itself is never stored. */
    idHash: text('id_hash').primaryKey(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    /** 'password' after the first factor, 'enrol' while setting up TOTP, 'full' once signed in. */
    stage: text('stage').$type<SessionStage>().notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('staff_sessions_staff_idx').on(t.staffId),
    check('staff_sessions_stage_check', isOneOf(t.stage, SESSION_STAGES)),
  ],
);

/**
 * Consecutive failed sign-ins per key: the keyed hash (HMAC) of an e-mail address tried — whether or
 * not an account has it, so unknown addresses answer like known ones — or of a known browser's token
 * (known-device.ts). Neither the address nor the client is stored. Rows idle for a day are swept.
 */
export const signInThrottles = pgTable(
  'sign_in_throttles',
  {
    keyHash: text('key_hash').primaryKey(),
    failures: integer('failures').notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sign_in_throttles_last_failure_idx').on(t.lastFailureAt)],
);
