/**
 * The police portal's batches over HTTP: the list, one batch with its rows, its export (CSV, JSON),
 * preparing one now and marking one transmitted. All need send_notices: what goes to the police is
 * the work of those who send notices, and each export is audited. Handlers only call the service.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import {
  policeBatchExport,
  policeBatchIdParam,
  policeBatchListQuery,
  policeBatchListResponse,
  policeBatchResponse,
  preparedBatchResponse,
} from './police-batch.schemas.ts';
import {
  exportPoliceBatch,
  getPoliceBatch,
  listPoliceBatches,
  markPoliceBatchTransmitted,
  type PoliceBatchContext,
  type PoliceBatchFormat,
  preparePoliceBatch,
} from './police-batch.service.ts';

const TAG = 'notices';
const senders = requireStaff('send_notices');
const CSRF = 'Needs the x-csrf-token header. Audited.';

export async function policeBatchRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const ctx: PoliceBatchContext = {
    db: deps.database.db,
    timeZone: deps.config.timeZone,
    notifier: deps.config.notifier,
  };

  api.get(
    '/api/police-batches',
    {
      onRequest: senders,
      schema: {
        tags: [TAG],
        summary: 'The police portal’s transmission batches, newest first, with their counts and state',
        querystring: policeBatchListQuery,
        response: { 200: policeBatchListResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({ batches: await listPoliceBatches(ctx.db, request.query) }),
  );

  api.post(
    '/api/police-batches',
    {
      onRequest: senders,
      schema: {
        tags: [TAG],
        summary: 'Gather the queued police portal notices no batch holds yet into a new batch, now',
        description: `${CSRF} 201 with the batch; 200 with batch null when none was waiting (no empty batch).`,
        response: { 200: preparedBatchResponse, 201: preparedBatchResponse, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const batch = await preparePoliceBatch(ctx, actorOf(request));
      return reply.status(batch ? 201 : 200).send({ batch });
    },
  );

  api.get(
    '/api/police-batches/:id',
    {
      onRequest: senders,
      schema: {
        tags: [TAG],
        summary: 'One batch with its rows (one per item), in the portal’s field order',
        params: policeBatchIdParam,
        response: { 200: policeBatchExport, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getPoliceBatch(ctx, request.params.id),
  );

  for (const format of ['csv', 'json'] as const satisfies readonly PoliceBatchFormat[]) {
    api.get(
      `/api/police-batches/:id/export.${format}`,
      {
        onRequest: senders,
        schema: {
          tags: [TAG],
          summary: `Download a batch as ${format.toUpperCase()}, one row per item, in the portal’s field order`,
          description:
            format === 'csv'
              ? 'RFC 4180, UTF-8 with a byte order mark, headers in the pack’s language; a cell that a spreadsheet would run as a formula starts with a single quote. Never cached. Audited (police_batch.exported).'
              : 'The batch, its fields and its rows (as GET /api/police-batches/:id), as a file. Never cached. Audited (police_batch.exported).',
          params: policeBatchIdParam,
          response: errorResponses(400, 401, 403, 404),
        },
      },
      async (request, reply) => {
        const file = await exportPoliceBatch(ctx, request.params.id, format, actorOf(request));
        return sendDownload(reply, file);
      },
    );
  }

  api.post(
    '/api/police-batches/:id/transmitted',
    {
      onRequest: senders,
      schema: {
        tags: [TAG],
        summary: 'Record that the liaison officer handed the batch to the portal: its notices are sent now',
        description: `${CSRF} Once: again is 409 police_batch.already_transmitted.`,
        params: policeBatchIdParam,
        response: { 200: policeBatchResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => ({
      batch: await markPoliceBatchTransmitted(ctx, request.params.id, actorOf(request)),
    }),
  );
}

/** A file to save, never cached nor sniffed. */
function sendDownload(reply: FastifyReply, file: { filename: string; contentType: string; body: string }) {
  return reply
    .headers({
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    .send(file.body);
}
