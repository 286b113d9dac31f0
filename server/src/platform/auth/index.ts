/**
 * What the rest of Vigie may use from staff authentication: roles, the route guard, account creation,
 * the sign-in throttle's sweep job.
 */

export {
  type AccountsContext,
  type Actor,
  CLI_ACTOR,
  createStaffAccount,
  createStaffWithCredentials,
  enableTotpWithSecret,
  hasAdministrator,
  type NewStaffAccount,
  resetStaffCredentials,
  SETUP_LINK_HOURS,
  setStaffPassword,
  setupUrl,
  staffNotFound,
} from './accounts.ts';
export { registerAuthJobs, THROTTLE_SWEEP_JOB } from './auth.jobs.ts';
export { authRoutes, profileOf } from './auth.routes.ts';
export { signInThrottles, staff, staffSessions } from './auth.tables.ts';
export {
  CAPABILITIES,
  CAPABILITY_NAMES,
  type Capability,
  capabilitiesOf,
  roleMay,
  rolesThatMay,
} from './capabilities.ts';
export {
  actorOf,
  CSRF_HEADER,
  currentSession,
  type GuardRule,
  guardSession,
  requireStaff,
  type StaffActor,
  type StaffRouteEntry,
  staffRoutes,
} from './guard.ts';
export { checkPasswordPolicy, checkPasswordRules, hashPassword, verifyPassword } from './password.ts';
export { isRole, ROLES, type Role, SESSION_STAGES, type SessionStage } from './roles.ts';
export { deleteSessionsOf, type LoadedSession, SESSION_COOKIE, type StaffRow } from './sessions.ts';
export { currentTotpCode, newTotpSecret } from './totp.ts';
