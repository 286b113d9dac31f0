/** Which pages each role sees, and the list of roles in display order (from the typed labels). */
import type { Role } from './api/types.ts';
import { fr } from './i18n/fr.ts';

/** Every role, in the order the French labels list them (the labels are typed `Record<Role, string>`). */
export const ROLE_LIST = Object.keys(fr.roles) as Role[];

export const canManageStaff = (role: Role) => role === 'admin';
export const canReadAudit = (role: Role) => role === 'admin' || role === 'auditor';
