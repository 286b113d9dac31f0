/**
 * Staff management API (admins only): list, create with a setup link, change, reset credentials. One
 * read is wider: the people an item can be handed to, for whoever may reassign work.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  actorOf,
  createStaffAccount,
  requireStaff,
  resetStaffCredentials,
} from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import {
  assignableStaffResponse,
  createStaffBody,
  createStaffResponse,
  resetStaffResponse,
  staffIdParam,
  staffListResponse,
  staffResponse,
  updateStaffBody,
} from './staff.schemas.ts';
import { listAssignableStaff, listStaff, toStaffMember, updateStaffMember } from './staff.service.ts';

const TAG = 'staff';
const adminOnly = requireStaff('manage_staff');

export async function staffRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const accounts = { db, publicUrl: deps.config.publicUrl };

  api.get(
    '/api/staff',
    {
      onRequest: adminOnly,
      schema: {
        tags: [TAG],
        summary: 'Every staff account',
        response: { 200: staffListResponse, ...errorResponses(401, 403) },
      },
    },
    async () => ({ staff: (await listStaff(db)).map(toStaffMember) }),
  );

  api.get(
    '/api/staff/assignable',
    {
      onRequest: requireStaff('reassign'),
      schema: {
        tags: [TAG],
        summary: 'The people an item can be handed to',
        description:
          'Active analysts and supervisors whose account is set up, sorted by name: what POST ' +
          '/api/items/:id/reassign accepts. Names and roles only, no e-mail addresses.',
        response: { 200: assignableStaffResponse, ...errorResponses(401, 403) },
      },
    },
    async () => ({ staff: await listAssignableStaff(db) }),
  );

  api.post(
    '/api/staff',
    {
      onRequest: adminOnly,
      schema: {
        tags: [TAG],
        summary: 'Create a staff account; returns the one-time setup link (valid 72 hours)',
        description:
          'Needs the x-csrf-token header. Give the setup link to the person over a trusted channel.',
        body: createStaffBody,
        response: { 201: createStaffResponse, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { email, display_name, role, language } = request.body;
      const created = await createStaffAccount(
        accounts,
        { email, displayName: display_name, role, language },
        actorOf(request),
      );
      return reply.status(201).send({ staff: toStaffMember(created.staff), setup_url: created.setupUrl });
    },
  );

  api.patch(
    '/api/staff/:id',
    {
      onRequest: adminOnly,
      schema: {
        tags: [TAG],
        summary: 'Change a role, a name, or disable/enable an account',
        description:
          'Needs the x-csrf-token header. Disabling ends the person’s sessions. You cannot demote or disable ' +
          'yourself (staff.self_lockout), nor the last active admin (staff.last_admin).',
        params: staffIdParam,
        body: updateStaffBody,
        response: { 200: staffResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const updated = await updateStaffMember(db, request.params.id, request.body, actorOf(request));
      return { staff: toStaffMember(updated) };
    },
  );

  api.post(
    '/api/staff/:id/reset',
    {
      onRequest: adminOnly,
      schema: {
        tags: [TAG],
        summary: 'Reset password and TOTP; returns a new one-time setup link',
        description: 'Needs the x-csrf-token header. Also ends the account’s sessions.',
        params: staffIdParam,
        response: { 200: resetStaffResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const reset = await resetStaffCredentials(accounts, request.params.id, actorOf(request));
      return { setup_url: reset.setupUrl };
    },
  );
}
