/** Sign-in and session, staff accounts and the audit log: the API calls, typed by the server's schemas. */
import { answer, client, queryEntries, setCsrfToken } from './client.ts';
import type {
  AuditFilters,
  CreateStaffBody,
  LoginBody,
  PasswordChangeBody,
  SetupBody,
  UpdateStaffBody,
} from './types.ts';

/** Responses that open or advance a session carry the CSRF token for the next requests. */
function keepCsrf<T extends { csrf_token: string }>(response: T): T {
  setCsrfToken(response.csrf_token);
  return response;
}

const path = (id: string) => ({ params: { path: { id } } });

export const authApi = {
  session: async () => keepCsrf(await answer(client.GET('/api/auth/session'))),
  login: async (body: LoginBody) => keepCsrf(await answer(client.POST('/api/auth/login', { body }))),
  totp: async (code: string) => keepCsrf(await answer(client.POST('/api/auth/totp', { body: { code } }))),
  setup: async (body: SetupBody) => keepCsrf(await answer(client.POST('/api/auth/setup', { body }))),
  enrolment: () => answer(client.GET('/api/auth/enrolment')),
  confirmEnrolment: async (code: string) =>
    keepCsrf(await answer(client.POST('/api/auth/enrolment', { body: { code } }))),
  /** Ends my other sessions; this one (and its CSRF token) stays. */
  changePassword: (body: PasswordChangeBody) => answer(client.POST('/api/auth/password', { body })),
  logout: async () => {
    await answer(client.POST('/api/auth/logout'));
    setCsrfToken(undefined);
  },
};

export const staffApi = {
  list: () => answer(client.GET('/api/staff')),
  /** Who an item can be handed to (supervisors and admins; names and roles only). */
  assignable: () => answer(client.GET('/api/staff/assignable')),
  create: (body: CreateStaffBody) => answer(client.POST('/api/staff', { body })),
  update: (id: string, body: UpdateStaffBody) =>
    answer(client.PATCH('/api/staff/{id}', { ...path(id), body })),
  reset: (id: string) => answer(client.POST('/api/staff/{id}/reset', path(id))),
};

export const auditApi = {
  list: (filters: AuditFilters, options: { limit: number; beforeSeq?: number }) =>
    answer(
      client.GET('/api/audit', {
        params: { query: { ...filters, limit: options.limit, before_seq: options.beforeSeq } },
      }),
    ),
  actors: () => answer(client.GET('/api/audit/actors')),
  /** The same view as a CSV download (a plain link: the session cookie goes along). */
  exportUrl: (filters: AuditFilters) =>
    `/api/audit/export.csv?${new URLSearchParams(queryEntries({ ...filters }))}`,
};
