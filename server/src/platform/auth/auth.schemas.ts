/**
 * Every request and response of the staff sign-in API (and the audit log reader), shared with the
 * React staff app through `import type`. One schema drives validation, types and the OpenAPI document.
 */
import { z } from 'zod';
import { LANGUAGES } from '../i18n/language.ts';
import { CAPABILITY_NAMES } from './capabilities.ts';
import { ROLES, SESSION_STAGES } from './roles.ts';

export type { Capability } from './capabilities.ts';
export { ROLES, type Role, SESSION_STAGES, type SessionStage } from './roles.ts';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** A staff member as the signed-in person sees themself. */
export const staffProfile = z.object({
  id: z.string(),
  email: z.string(),
  display_name: z.string(),
  role: z.enum(ROLES),
  language: z.enum(LANGUAGES),
  /** What this person may do (capabilities of their role): what the staff app offers them. */
  capabilities: z.array(z.enum(CAPABILITY_NAMES)),
});
export type StaffProfile = z.output<typeof staffProfile>;

export const loginBody = z.strictObject({
  email: z.string().trim().min(1, 'give your e-mail address').max(254),
  password: z.string().min(1, 'give your password').max(1000),
});
export type LoginBody = z.output<typeof loginBody>;

export const loginResponse = z.object({
  /** `totp`: send a code to POST /api/auth/totp; `enrol`: set up the authenticator app first. */
  stage: z.enum(['totp', 'enrol']),
  csrf_token: z.string(),
});
export type LoginResponse = z.output<typeof loginResponse>;

export const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'a code is 6 digits');

export const totpBody = z.strictObject({ code: totpCode });
export type TotpBody = z.output<typeof totpBody>;

export const fullSessionResponse = z.object({
  stage: z.literal('full'),
  csrf_token: z.string(),
  staff: staffProfile,
});
export type TotpResponse = z.output<typeof fullSessionResponse>;
export type FullSessionResponse = TotpResponse;

export const enrolmentResponse = z.object({
  /** Base32, for typing into an authenticator app by hand. */
  secret: z.string(),
  otpauth_url: z.string(),
  /** The otpauth URL as a QR code, an SVG document. */
  qr_svg: z.string(),
});
export type EnrolmentResponse = z.output<typeof enrolmentResponse>;

export const enrolmentBody = totpBody;
export type EnrolmentBody = TotpBody;
export type EnrolmentConfirmResponse = FullSessionResponse;

/** Why a chosen password was refused as too easy to guess (details.reason of auth.password_too_guessable). */
export const WEAK_PASSWORD_REASONS = ['common', 'personal', 'keyboard', 'pattern', 'guessable'] as const;
export type WeakPasswordReason = (typeof WEAK_PASSWORD_REASONS)[number];

const newPassword = z
  .string()
  .min(PASSWORD_MIN, `a password needs at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `a password may have at most ${PASSWORD_MAX} characters`);

/** Changing one's own password: the current one proves it is the person, not a borrowed session. */
export const passwordChangeBody = z.strictObject({
  current_password: z.string().min(1, 'give your current password').max(1000),
  new_password: newPassword,
});
export type PasswordChangeBody = z.output<typeof passwordChangeBody>;

export const setupBody = z.strictObject({
  token: z.string().trim().min(1).max(200),
  password: newPassword,
});
export type SetupBody = z.output<typeof setupBody>;

export const setupResponse = z.object({
  stage: z.literal('enrol'),
  csrf_token: z.string(),
});
export type SetupResponse = z.output<typeof setupResponse>;

export const sessionResponse = z.object({
  stage: z.enum(SESSION_STAGES),
  csrf_token: z.string(),
  staff: staffProfile,
});
export type SessionResponse = z.output<typeof sessionResponse>;

// The audit log reader (GET /api/audit) lives in platform/audit but its shapes are shared here.
const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((d) => {
    const time = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d);
  }, 'not a calendar date');

/** What the audit log can be narrowed to; the list and its CSV export take the same filters. */
export const auditFilters = z.strictObject({
  /** Who: a staff member's id (events by the system have none). */
  actor: z.uuid('not a staff id').optional(),
  /** What: an action (`notice.approved`), or every action of a kind when it ends with a dot (`notice.`). */
  action: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]*)?$/, 'an action such as notice.approved, or notice. for all of them')
    .max(100)
    .optional(),
  /** On what: a kind of object (item, report, notice, staff…) and optionally its id. */
  target_type: z
    .string()
    .regex(/^[a-z_]+$/, 'a kind of object such as item')
    .max(50)
    .optional(),
  target_id: z.string().min(1).max(100).optional(),
  /** When: local dates in the hotline's time zone, both included. */
  from: localDate.optional(),
  to: localDate.optional(),
});
export type AuditFilters = z.output<typeof auditFilters>;

export const auditQuery = auditFilters.extend({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** Only events older than this sequence number (for paging back). */
  before_seq: z.coerce.number().int().positive().optional(),
});
export type AuditQuery = z.output<typeof auditQuery>;

export const auditEvent = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor_label: z.string(),
  /** The staff member who acted; null for the system and the command line. */
  actor_staff_id: z.string().nullable(),
  action: z.string(),
  target_type: z.string().nullable(),
  target_id: z.string().nullable(),
  /** What the target is called now (a person's name, an item's address, a tracking code…); null if unknown. */
  target_label: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.output<typeof auditEvent>;

export const auditEventsResponse = z.object({ events: z.array(auditEvent) });
export const auditActorsResponse = z.object({
  actors: z.array(z.object({ staff_id: z.string(), label: z.string() })),
});
export type AuditActorsResponse = z.output<typeof auditActorsResponse>;
export type AuditEventsResponse = z.output<typeof auditEventsResponse>;
