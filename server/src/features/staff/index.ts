/** What other features may use from staff management. */

export { preferencesRoutes } from './preferences.routes.ts';
export {
  type Preferences,
  type PreferencesBody,
  QUEUE_DENSITIES,
  type QueueDensity,
} from './preferences.schemas.ts';
export { staffRoutes } from './staff.routes.ts';
export type {
  AssignableStaff,
  AssignableStaffResponse,
  CreateStaffBody,
  CreateStaffResponse,
  ResetStaffResponse,
  StaffListResponse,
  StaffMember,
  UpdateStaffBody,
  UpdateStaffResponse,
} from './staff.schemas.ts';
export { listAssignableStaff, listStaff, toStaffMember, updateStaffMember } from './staff.service.ts';
