/**
 * What the signed-in person may do, as the server says: the session carries the capabilities of their
 * role (server: platform/auth/capabilities.ts), so the app shows exactly what the API will allow and
 * keeps no role rules of its own. Also the roles in display order, for the admin's staff page.
 */
import type { Capability, Role, StaffProfile } from './api/types.ts';
import { fr } from './i18n/fr.ts';

export const can = (staff: StaffProfile, capability: Capability): boolean =>
  staff.capabilities.includes(capability);

/** Every role, in the order the French labels list them (the labels are typed `Record<Role, string>`). */
export const ROLE_LIST = Object.keys(fr.roles) as Role[];
