/**
 * Items' hosting over HTTP: where an item is hosted (its records, newest first) for the whole
 * workspace, and "look up again" for those who qualify content or send notices. The look-up itself
 * runs as a job: the request only marks it due.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { idParam } from '../triage/index.ts';
import { itemHostingView } from './hosting.schemas.ts';
import { getItemHosting, requestHostingLookup } from './item-hosting.ts';

const TAG = 'hosting';

export async function hostingRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  api.get(
    '/api/items/:id/hosting',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [TAG],
        summary: 'Where the item is hosted: its hosting records, newest first, and the next look-up',
        description:
          'Each record is one look-up: addresses, network, country, CDN, abuse contacts with their ' +
          'source and date, and the problems met (a failed step never blocks the others).',
        params: idParam,
        response: { 200: itemHostingView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getItemHosting(db, request.params.id),
  );

  api.post(
    '/api/items/:id/hosting/lookups',
    {
      onRequest: requireStaff('look_up_hosting'),
      schema: {
        tags: [TAG],
        summary: 'Look the item up again (runs within seconds, as a job)',
        description: 'Needs the x-csrf-token header. Audited (hosting.lookup_requested).',
        params: idParam,
        response: {
          202: z.object({ state: z.literal('pending') }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      await requestHostingLookup(db, request.params.id, actorOf(request));
      return reply.status(202).send({ state: 'pending' as const });
    },
  );
}
