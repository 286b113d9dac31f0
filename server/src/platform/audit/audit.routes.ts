/**
 * Reading the audit log (admins and auditors): newest first, paged back by sequence number, narrowed
 * by who, what, on which object and when; the same view as CSV; and the people who appear in it.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  type AuditFilters,
  auditActorsResponse,
  auditEventsResponse,
  auditFilters,
  auditQuery,
} from '../auth/auth.schemas.ts';
import { requireStaff } from '../auth/guard.ts';
import type { AppDeps } from '../http/app.ts';
import { errorResponses } from '../http/schemas.ts';
import {
  type AuditListRow,
  type AuditSearch,
  selectAuditActors,
  selectAuditEvents,
} from './audit.queries.ts';
import { auditCsv } from './audit-csv.ts';

const TAG = 'staff';
const readers = requireStaff('read_audit');
/** Rows one CSV export may hold: years of a hotline's activity; narrow the filters for more. */
const EXPORT_LIMIT = 100_000;

const searchOf = (f: AuditFilters, timeZone: string): Omit<AuditSearch, 'limit'> => ({
  actor: f.actor,
  action: f.action,
  targetType: f.target_type,
  targetId: f.target_id,
  from: f.from,
  to: f.to,
  timeZone,
});

export const auditEventView = (e: AuditListRow) => ({
  seq: Number(e.seq),
  at: new Date(e.at).toISOString(),
  actor_label: e.actor_label,
  actor_staff_id: e.actor_staff_id,
  action: e.action,
  target_type: e.target_type,
  target_id: e.target_id,
  target_label: e.target_label,
  details: e.details,
});

export async function auditRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const { timeZone } = deps.config;

  api.get(
    '/api/audit',
    {
      onRequest: readers,
      schema: {
        tags: [TAG],
        summary: 'The audit log, newest first, optionally narrowed by who, what, object and dates',
        description:
          'Page back with before_seq = the smallest seq of the previous page. `action` ending with a dot ' +
          'matches every action of that kind (notice.). Dates are local (VIGIE_TIME_ZONE), both included.',
        querystring: auditQuery,
        response: { 200: auditEventsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { limit, before_seq, ...filters } = request.query;
      const rows = await selectAuditEvents(db, {
        ...searchOf(filters, timeZone),
        beforeSeq: before_seq,
        limit,
      });
      return { events: rows.map(auditEventView) };
    },
  );

  api.get(
    '/api/audit/export.csv',
    {
      onRequest: readers,
      schema: {
        tags: [TAG],
        summary: 'The filtered audit log as CSV (newest first, at most 100,000 events)',
        querystring: auditFilters,
        produces: ['text/csv'],
        response: errorResponses(400, 401, 403),
      },
    },
    async (request, reply) => {
      const rows = await selectAuditEvents(db, { ...searchOf(request.query, timeZone), limit: EXPORT_LIMIT });
      return sendCsv(reply, 'vigie-audit.csv', auditCsv(rows.map(auditEventView)));
    },
  );

  api.get(
    '/api/audit/actors',
    {
      onRequest: readers,
      schema: {
        tags: [TAG],
        summary: 'The staff members who appear in the audit log as having acted (for the "who" filter)',
        response: { 200: auditActorsResponse, ...errorResponses(401, 403) },
      },
    },
    async () => ({ actors: await selectAuditActors(db) }),
  );
}

/** A download, not a page: never cached (the log is read by people allowed to, on their own machine). */
function sendCsv(reply: FastifyReply, filename: string, body: string) {
  return reply
    .headers({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    })
    .send(body);
}
