/** Every API call the staff app makes, typed by the server's schemas. */
import { api, setCsrfToken } from './client.ts';
import type {
  AssignableStaffResponse,
  AuditActorsResponse,
  AuditEventsResponse,
  AuditFilters,
  CreateStaffBody,
  CreateStaffResponse,
  EnrolmentResponse,
  FullSessionResponse,
  LoginBody,
  LoginResponse,
  PasswordChangeBody,
  ResetStaffResponse,
  SessionResponse,
  SetupBody,
  SetupResponse,
  StaffListResponse,
  UpdateStaffBody,
  UpdateStaffResponse,
} from './types.ts';

/** Responses that open or advance a session carry the CSRF token for the next requests. */
function keepCsrf<T extends { csrf_token: string }>(response: T): T {
  setCsrfToken(response.csrf_token);
  return response;
}

export const authApi = {
  session: async () => keepCsrf(await api.get<SessionResponse>('/api/auth/session')),
  login: async (body: LoginBody) => keepCsrf(await api.post<LoginResponse>('/api/auth/login', body)),
  totp: async (code: string) => keepCsrf(await api.post<FullSessionResponse>('/api/auth/totp', { code })),
  setup: async (body: SetupBody) => keepCsrf(await api.post<SetupResponse>('/api/auth/setup', body)),
  enrolment: () => api.get<EnrolmentResponse>('/api/auth/enrolment'),
  confirmEnrolment: async (code: string) =>
    keepCsrf(await api.post<FullSessionResponse>('/api/auth/enrolment', { code })),
  /** Ends my other sessions; this one (and its CSRF token) stays. */
  changePassword: (body: PasswordChangeBody) => api.post<void>('/api/auth/password', body),
  logout: async () => {
    await api.post<void>('/api/auth/logout');
    setCsrfToken(undefined);
  },
};

export const staffApi = {
  list: () => api.get<StaffListResponse>('/api/staff'),
  /** Who an item can be handed to (supervisors and admins; names and roles only). */
  assignable: () => api.get<AssignableStaffResponse>('/api/staff/assignable'),
  create: (body: CreateStaffBody) => api.post<CreateStaffResponse>('/api/staff', body),
  update: (id: string, body: UpdateStaffBody) =>
    api.patch<UpdateStaffResponse>(`/api/staff/${encodeURIComponent(id)}`, body),
  reset: (id: string) => api.post<ResetStaffResponse>(`/api/staff/${encodeURIComponent(id)}/reset`),
};

/** The filters given (empty ones left out), as a query string. */
const auditFilterQuery = (filters: AuditFilters) =>
  new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => !!e[1]));

export const auditApi = {
  list: (filters: AuditFilters, options: { limit: number; beforeSeq?: number }) => {
    const query = auditFilterQuery(filters);
    query.set('limit', String(options.limit));
    if (options.beforeSeq !== undefined) query.set('before_seq', String(options.beforeSeq));
    return api.get<AuditEventsResponse>(`/api/audit?${query}`);
  },
  actors: () => api.get<AuditActorsResponse>('/api/audit/actors'),
  /** The same view as a CSV download (a plain link: the session cookie goes along). */
  exportUrl: (filters: AuditFilters) => `/api/audit/export.csv?${auditFilterQuery(filters)}`,
};
