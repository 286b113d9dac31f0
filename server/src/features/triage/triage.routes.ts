/**
 * The analysts' queue, saved views, claims and supervision over HTTP. Who may call what is the
 * capability table in platform/auth/capabilities.ts; handlers only call the services.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, currentSession, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { claimItem, reassignItem, releaseItem } from './claims.service.ts';
import { deleteView, listQueue, listViews, saveView } from './queue.service.ts';
import { supervisionOverview } from './supervision.service.ts';
import {
  claimResponse,
  idParam,
  newQueueViewBody,
  queueQuery,
  queueResponse,
  queueViewResponse,
  queueViewsResponse,
  reassignBody,
  supervisionOverview as supervisionOverviewSchema,
} from './triage.schemas.ts';

const WORKSPACE = 'workspace';
const SUPERVISION = 'supervision';

export async function triageRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  api.get(
    '/api/queue',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [WORKSPACE],
        summary: 'Items waiting for assessment, most urgent first; or every item a search finds',
        description:
          'Open items (new, awaiting a second analyst, disputed) ordered by priority, then service-target ' +
          'deadline (due_at), then id. Filters combine; `view` applies a saved view whose filters the other ' +
          'parameters override. Page with `cursor` = the previous page’s next_cursor. ' +
          '`q` searches items in every state (closed ones too, unless `state` says otherwise), read in this ' +
          'order: a tracking code (VG-XXXX-XXXX: that report’s items), an http(s) address (that item, ' +
          'normalised like reported addresses), 64 hex digits (the SHA-256 of a stored medium, else a PDQ ' +
          'hash: pictures within `distance` bits, 31 by default), 32 hex digits (an MD5), a domain (items on ' +
          'it and its subdomains), else 3 characters or more of an address. `search` in the answer says ' +
          'which it was. 400 queue.search_too_short, queue.search_invalid_url, ' +
          'queue.search_distance_without_hash.',
        querystring: queueQuery,
        response: { 200: queueResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listQueue(db, currentSession(request).staff.id, request.query),
  );

  api.get(
    '/api/queue/views',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [WORKSPACE],
        summary: 'My saved queue views',
        response: { 200: queueViewsResponse, ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ views: await listViews(db, currentSession(request).staff.id) }),
  );

  api.post(
    '/api/queue/views',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [WORKSPACE],
        summary: 'Save a named set of queue filters',
        description: 'Needs the x-csrf-token header. Names are unique per person (queue_view.name_taken).',
        body: newQueueViewBody,
        response: { 201: queueViewResponse, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ view: await saveView(db, actorOf(request), request.body) }),
  );

  api.delete(
    '/api/queue/views/:id',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [WORKSPACE],
        summary: 'Delete one of my saved views',
        description: 'Needs the x-csrf-token header.',
        params: idParam,
        response: { 204: z.null().describe('Deleted'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteView(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/items/:id/claim',
    {
      onRequest: requireStaff('qualify'),
      schema: {
        tags: [WORKSPACE],
        summary: 'Take an item so nobody else works it',
        description:
          'Needs the x-csrf-token header. The claim lapses after 30 minutes without activity on the item; ' +
          'claiming again renews it. 409 item.claimed (with the holder) when someone else holds it.',
        params: idParam,
        response: { 200: claimResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => ({
      item_id: request.params.id,
      claim: await claimItem(db, actorOf(request), request.params.id),
    }),
  );

  api.post(
    '/api/items/:id/release',
    {
      onRequest: requireStaff('qualify'),
      schema: {
        tags: [WORKSPACE],
        summary: 'Give up my claim on an item',
        description: 'Needs the x-csrf-token header.',
        params: idParam,
        response: { 200: claimResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      await releaseItem(db, actorOf(request), request.params.id);
      return { item_id: request.params.id, claim: null };
    },
  );

  api.post(
    '/api/items/:id/reassign',
    {
      onRequest: requireStaff('reassign'),
      schema: {
        tags: [SUPERVISION],
        summary: 'Hand an item to an analyst or supervisor, or free it',
        description: 'Needs the x-csrf-token header. `staff_id: null` releases whoever holds the claim.',
        params: idParam,
        body: reassignBody,
        response: { 200: claimResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { staff_id, note } = request.body;
      const claim = await reassignItem(db, actorOf(request), request.params.id, staff_id, note);
      return { item_id: request.params.id, claim };
    },
  );

  api.get(
    '/api/supervision/overview',
    {
      onRequest: requireStaff('supervise'),
      schema: {
        tags: [SUPERVISION],
        summary: 'Backlog, service-target breaches, throughput, disagreements and claims',
        response: { 200: supervisionOverviewSchema, ...errorResponses(401, 403) },
      },
    },
    async () => supervisionOverview(db),
  );
}
