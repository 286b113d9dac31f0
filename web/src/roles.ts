/** Which pages each role sees, and the list of roles in display order (from the typed labels). */
import type { Role } from './api/types.ts';
import { fr } from './i18n/fr.ts';

/** Every role, in the order the French labels list them (the labels are typed `Record<Role, string>`). */
export const ROLE_LIST = Object.keys(fr.roles) as Role[];

export const canManageStaff = (role: Role) => role === 'admin';
export const canReadAudit = (role: Role) => role === 'admin' || role === 'auditor';

// The analyst workspace (server: features/triage/workspace-roles.ts, feedback and wellbeing routes).
export const canQualify = (role: Role) => role === 'analyst' || role === 'supervisor';
export const canResolve = (role: Role) => role === 'supervisor';
/** Evidence media (server: evidence.routes.ts uses QUALIFY and RESOLVE): only people who qualify see it. */
export const canSeeMedia = canQualify;
export const canDeleteMedia = canResolve;
export const canReadHistory = (role: Role) => role !== 'liaison_officer';
export const canSupervise = (role: Role) => role === 'admin' || role === 'supervisor' || role === 'auditor';
export const canReassign = (role: Role) => role === 'admin' || role === 'supervisor';
export const canSeeTeamWellbeing = (role: Role) => role === 'admin' || role === 'supervisor';
export const canSendFeedback = (role: Role) =>
  role === 'analyst' || role === 'supervisor' || role === 'admin';
