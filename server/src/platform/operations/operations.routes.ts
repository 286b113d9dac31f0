/** GET /api/operations/health: the job queues and the mail outbox, for admins (their home page). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireStaff } from '../auth/guard.ts';
import type { AppDeps } from '../http/app.ts';
import { errorResponses } from '../http/schemas.ts';
import { operationsHealthResponse } from './operations.schemas.ts';
import { operationsHealth, STALLED_AFTER_MINUTES } from './operations.service.ts';

export async function operationsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/operations/health',
    {
      onRequest: requireStaff('read_operations'),
      schema: {
        tags: ['staff'],
        summary: 'How the background jobs and the mail outbox are doing, and what needs a person',
        description:
          `A queue or the outbox is "stalled" when work has waited more than ${STALLED_AFTER_MINUTES} minutes: ` +
          'no process runs jobs (VIGIE_JOBS=on), or it is stuck. Counts and times only.',
        response: { 200: operationsHealthResponse, ...errorResponses(401, 403) },
      },
    },
    async () =>
      operationsHealth(deps.database.db, {
        jobsRunHere: deps.config.jobs,
        smtpConfigured: deps.config.mail.smtpUrl !== undefined,
      }),
  );
}
