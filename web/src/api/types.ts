/**
 * The API's request and response types, taken from the server's zod schemas (type-only: nothing
 * of the server reaches the bundle). The one place the web app learns the API's shapes.
 */

export type {
  CreateStaffBody,
  CreateStaffResponse,
  ResetStaffResponse,
  StaffListResponse,
  StaffMember,
  UpdateStaffBody,
  UpdateStaffResponse,
} from '../../../server/src/features/staff/staff.schemas.ts';
export type {
  AuditEvent,
  AuditEventsResponse,
  EnrolmentResponse,
  FullSessionResponse,
  LoginBody,
  LoginResponse,
  Role,
  SessionResponse,
  SessionStage,
  SetupBody,
  SetupResponse,
  StaffProfile,
} from '../../../server/src/platform/auth/auth.schemas.ts';
export type { Language } from '../../../server/src/platform/i18n/language.ts';

/** The error body every API error comes in (platform/http/errors.ts). */
export type ApiErrorBody = {
  error: { code: string; message: string; details?: Record<string, unknown> };
  request_id: string;
};

import type * as authSchemas from '../../../server/src/platform/auth/auth.schemas.ts';
/** The server's minimum password length as a literal type: the app's copy cannot drift from it. */
export type PasswordMin = typeof authSchemas.PASSWORD_MIN;
