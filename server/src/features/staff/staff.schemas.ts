/**
 * Requests and responses of staff management (admin only, except the list of people work can be
 * handed to), shared with the React staff app through `import type`. One schema drives validation,
 * types and the OpenAPI document.
 */
import { z } from 'zod';
import { ROLES } from '../../platform/auth/roles.ts';
import { LANGUAGES } from '../../platform/i18n/language.ts';

export type { AuditEvent, AuditEventsResponse, AuditQuery } from '../../platform/auth/auth.schemas.ts';
export { ROLES, type Role } from '../../platform/auth/roles.ts';

export const staffMember = z.object({
  id: z.string(),
  email: z.string(),
  display_name: z.string(),
  role: z.enum(ROLES),
  language: z.enum(LANGUAGES),
  totp_enabled: z.boolean(),
  disabled: z.boolean(),
  last_login_at: z.string().nullable(),
  created_at: z.string(),
});
export type StaffMember = z.output<typeof staffMember>;

export const staffListResponse = z.object({ staff: z.array(staffMember) });
export type StaffListResponse = z.output<typeof staffListResponse>;

const email = z.string().trim().toLowerCase().pipe(z.email('give a valid e-mail address').max(254));
const displayName = z.string().trim().min(1, 'give a name').max(200);

export const createStaffBody = z.strictObject({
  email,
  display_name: displayName,
  role: z.enum(ROLES),
  language: z.enum(LANGUAGES).default('fr'),
});
export type CreateStaffBody = z.input<typeof createStaffBody>;

export const createStaffResponse = z.object({
  staff: staffMember,
  /** The one-time link (valid 72 h) the new staff member opens to choose a password. */
  setup_url: z.string(),
});
export type CreateStaffResponse = z.output<typeof createStaffResponse>;

export const updateStaffBody = z
  .strictObject({
    role: z.enum(ROLES).optional(),
    display_name: displayName.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((b) => b.role !== undefined || b.display_name !== undefined || b.disabled !== undefined, {
    message: 'give at least one of role, display_name, disabled',
  });
export type UpdateStaffBody = z.output<typeof updateStaffBody>;

export const staffResponse = z.object({ staff: staffMember });
export type UpdateStaffResponse = z.output<typeof staffResponse>;

export const staffIdParam = z.object({ id: z.uuid('not a staff id') });

/**
 * Someone a supervisor may hand an item to: a name and a role, nothing personal (no e-mail address),
 * because supervisors see this list, not only admins.
 */
export const assignableStaff = z.object({
  id: z.string(),
  display_name: z.string(),
  role: z.enum(ROLES),
});
export type AssignableStaff = z.output<typeof assignableStaff>;
export const assignableStaffResponse = z.object({ staff: z.array(assignableStaff) });
export type AssignableStaffResponse = z.output<typeof assignableStaffResponse>;

export const resetStaffResponse = z.object({ setup_url: z.string() });
export type ResetStaffResponse = z.output<typeof resetStaffResponse>;
