/** Reading the audit log (admins and auditors), newest first, paged back by sequence number. */
import { desc, lt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditEventsResponse, auditQuery } from '../auth/auth.schemas.ts';
import { requireStaff } from '../auth/guard.ts';
import type { AppDeps } from '../http/app.ts';
import { errorResponses } from '../http/schemas.ts';
import { auditEvents } from './audit.tables.ts';

export async function auditRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      onRequest: requireStaff('read_audit'),
      schema: {
        tags: ['staff'],
        summary: 'The audit log, newest first',
        description: 'Page back with before_seq = the smallest seq of the previous page.',
        querystring: auditQuery,
        response: { 200: auditEventsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { limit, before_seq } = request.query;
      const rows = await deps.database.db
        .select()
        .from(auditEvents)
        .where(before_seq === undefined ? undefined : lt(auditEvents.seq, before_seq))
        .orderBy(desc(auditEvents.seq))
        .limit(limit);
      return {
        events: rows.map((e) => ({
          seq: e.seq,
          at: new Date(e.at).toISOString(),
          actor_label: e.actorLabel,
          action: e.action,
          target_type: e.targetType,
          target_id: e.targetId,
          details: e.details,
        })),
      };
    },
  );
}
