/**
 * Figures over HTTP, for the dashboard and the printable report: the report for a year or a period
 * (with a category filter), what each figure counts, and "refresh now". Handlers only call the
 * service; who may read figures is the capability table's `read_statistics`.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { refreshStatistics } from './statistics-refresh.ts';
import { statsReport } from './stats.schemas.ts';
import { computeStatistics } from './stats.service.ts';
import { DEFINITION_KEYS, DEFINITIONS } from './stats-definitions.ts';
import { resolveStatsQuery, statsQueryString } from './stats-query.ts';

const TAG = 'statistics';
const readers = requireStaff('read_statistics');
const localised = z.object({ fr: z.string(), en: z.string() });

export async function statisticsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  api.get(
    '/api/stats',
    {
      onRequest: readers,
      schema: {
        tags: [TAG],
        summary: 'Every figure of the annual report, for a year or a period, optionally for some categories',
        description:
          'Without year, from and to: the current year. Item figures come from a summary refreshed every ' +
          'few minutes (refreshed_at says when); POST /api/stats/refresh brings it up to date.',
        querystring: statsQueryString,
        response: { 200: statsReport, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => computeStatistics(db, resolveStatsQuery(request.query, deps.config.timeZone)),
  );

  api.get(
    '/api/stats/definitions',
    {
      onRequest: readers,
      schema: {
        tags: [TAG],
        summary: 'What each figure counts, in French and English',
        response: {
          200: z.object({
            definitions: z.array(
              z.object({ key: z.enum(DEFINITION_KEYS), term: localised, text: localised }),
            ),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async () => ({ definitions: DEFINITION_KEYS.map((key) => ({ key, ...DEFINITIONS[key] })) }),
  );

  api.post(
    '/api/stats/refresh',
    {
      onRequest: readers,
      schema: {
        tags: [TAG],
        summary: 'Refresh the item figures now (they are otherwise refreshed every few minutes)',
        description: 'Needs the x-csrf-token header.',
        response: {
          200: z.object({
            refreshed_at: z.string(),
            changed: z.number().int(),
            duration_ms: z.number().int(),
          }),
          ...errorResponses(401, 403),
        },
      },
    },
    async () => {
      const done = await refreshStatistics(db);
      return {
        refreshed_at: done.refreshedAt.toISOString(),
        changed: done.changed,
        duration_ms: done.durationMs,
      };
    },
  );
}
