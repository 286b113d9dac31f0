/**
 * The queue's bulk actions over HTTP: one call per action, one result per item. Who may call what is
 * the capability of the single action (claim and close: qualify; assign: reassign).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import {
  bulkAssignBody,
  bulkClaimBody,
  bulkCloseBody,
  bulkDuplicateBody,
  bulkResponse,
} from './bulk.schemas.ts';
import { assignItems, claimItems, closeItems, markDuplicates } from './bulk.service.ts';

const TAG = 'workspace';
const PER_ITEM =
  'Needs the x-csrf-token header. Each item is handled on its own, as the single action would: one ' +
  'refusal does not undo the others. 200 with one result per item, in the order given.';

export async function bulkRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const response = { 200: bulkResponse, ...errorResponses(400, 401, 403) };

  api.post(
    '/api/queue/bulk/claim',
    {
      onRequest: requireStaff('qualify'),
      schema: {
        tags: [TAG],
        summary: 'Claim several items',
        description: `${PER_ITEM} Items someone else holds are refused (item.claimed, with the holder).`,
        body: bulkClaimBody,
        response,
      },
    },
    async (request) => claimItems(db, request.log, actorOf(request), request.body.item_ids),
  );

  api.post(
    '/api/queue/bulk/assign',
    {
      onRequest: requireStaff('reassign'),
      schema: {
        tags: [TAG],
        summary: 'Hand several items to an analyst or supervisor',
        description: PER_ITEM,
        body: bulkAssignBody,
        response,
      },
    },
    async (request) =>
      assignItems(db, request.log, actorOf(request), request.body.item_ids, request.body.staff_id),
  );

  api.post(
    '/api/queue/bulk/close',
    {
      onRequest: requireStaff('qualify'),
      schema: {
        tags: [TAG],
        summary: 'Close several items with one verdict (out of scope, unreachable, not illegal)',
        description:
          `${PER_ITEM} Each item gets an assessment in its working category, through the normal path: ` +
          'the four-eyes rules of the jurisdiction pack apply (the item then waits for a second analyst, ' +
          'reason assessment.awaiting_second), items changed since they were shown are refused ' +
          '(item.version_conflict).',
        body: bulkCloseBody,
        response,
      },
    },
    async (request) => closeItems(db, request.log, actorOf(request), request.body),
  );

  api.post(
    '/api/queue/bulk/duplicate',
    {
      onRequest: requireStaff('qualify'),
      schema: {
        tags: [TAG],
        summary: 'Mark several items as duplicates of another; they take its final verdict',
        description:
          `${PER_ITEM} Each item is marked as a duplicate of \`duplicate_of\` and gets an assessment with ` +
          'that item’s final qualification, through the normal path (four-eyes rules apply). 404 ' +
          'duplicate.original_not_found; 409 duplicate.original_not_final when that item has no final ' +
          'verdict yet (nothing is changed).',
        body: bulkDuplicateBody,
        response: { 200: bulkResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => markDuplicates(db, request.log, actorOf(request), request.body),
  );
}
