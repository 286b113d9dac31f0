/**
 * The staff directory API: every workspace role reads it (liaison officers send notices from it,
 * analysts see who hosts what); admins, supervisors and liaison officers keep it up to date.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import {
  directoryEntryBody,
  directoryEntryResponse,
  directoryIdParam,
  directoryListQuery,
  directoryListResponse,
} from './directory.schemas.ts';
import {
  createDirectoryEntry,
  deleteDirectoryEntry,
  replaceDirectoryEntry,
  searchDirectory,
} from './directory.service.ts';

const TAG = 'directory';
const editors = requireStaff('manage_directory');

export async function directoryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  api.get(
    '/api/directory',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [TAG],
        summary: 'The directory of platforms, hosts, registrars and CDNs, sorted by name',
        querystring: directoryListQuery,
        response: { 200: directoryListResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({ entries: await searchDirectory(db, request.query) }),
  );

  api.post(
    '/api/directory',
    {
      onRequest: editors,
      schema: {
        tags: [TAG],
        summary: 'Add an entry',
        description:
          'Needs the x-csrf-token header. A domain or AS number already in another entry is refused ' +
          '(409 directory.match_taken).',
        body: directoryEntryBody,
        response: { 201: directoryEntryResponse, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ entry: await createDirectoryEntry(db, request.body, actorOf(request)) }),
  );

  api.put(
    '/api/directory/:id',
    {
      onRequest: editors,
      schema: {
        tags: [TAG],
        summary: 'Replace an entry with the one given',
        description: 'Needs the x-csrf-token header.',
        params: directoryIdParam,
        body: directoryEntryBody,
        response: { 200: directoryEntryResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => ({
      entry: await replaceDirectoryEntry(db, request.params.id, request.body, actorOf(request)),
    }),
  );

  api.delete(
    '/api/directory/:id',
    {
      onRequest: editors,
      schema: {
        tags: [TAG],
        summary: 'Delete an entry',
        description: 'Needs the x-csrf-token header.',
        params: directoryIdParam,
        response: { 204: z.null().describe('Deleted'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteDirectoryEntry(db, request.params.id, actorOf(request));
      return reply.status(204).send(null);
    },
  );
}
