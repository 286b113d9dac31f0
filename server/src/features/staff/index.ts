/** What other features may use from staff management. */
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
