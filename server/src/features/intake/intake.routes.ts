/** The public reporting API: submit a report, follow it up with the tracking code and secret. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest, notFound, tooManyRequests } from '../../platform/errors.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { createRateLimiter } from '../../platform/http/rate-limit.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import {
  newReportBody,
  newReportResponse,
  reportStatusResponse,
  trackingCodeParam,
} from './intake.schemas.ts';
import { findReportStatus, submitReport } from './intake.service.ts';
import { createReportBatcher } from './report-batch.ts';
import { parseTrackingCode } from './tracking-code.ts';

export function statusUrl(publicUrl: string, trackingCode: string): string {
  return `${publicUrl}/status?code=${trackingCode}`;
}

export async function intakeApiRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const limiter = createRateLimiter(deps.config.rateLimit.reports, deps.config.rateLimit.windowMs);
  const intake = {
    db: deps.database.db,
    secretBox: deps.secretBox,
    contactRetentionDays: deps.config.contactRetentionDays,
    // Group commit: one statement at a time on the single embedded connection; two on a server,
    // one executing while the other waits for its WAL flush, is enough to keep it busy.
    batcher: createReportBatcher(deps.database.db, {
      maxInFlight: deps.database.kind === 'embedded' ? 1 : 2,
    }),
  };
  app.decorate('reportLimiter', limiter);

  api.post(
    '/api/reports',
    {
      schema: {
        tags: ['public'],
        summary: 'Report content anonymously',
        description:
          'Returns a tracking code and a secret, shown once. The report is stored before this answers. ' +
          'No IP address is stored.',
        body: newReportBody,
        response: { 201: newReportResponse, ...errorResponses(400, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      checkRateLimit(limiter, request);
      const submitted = await submitReport(intake, request.body, { channel: 'api', reporterKind: 'public' });
      return reply.status(201).send({
        tracking_code: submitted.trackingCode,
        secret: submitted.secret,
        status_url: statusUrl(deps.config.publicUrl, submitted.trackingCode),
      });
    },
  );

  api.get(
    '/api/reports/:tracking_code',
    {
      schema: {
        tags: ['public'],
        summary: 'Where a report stands',
        description:
          'Needs the secret given at submission. An unknown code and a wrong secret give the same 404.',
        params: trackingCodeParam,
        headers: z.object({ 'x-report-secret': z.string().min(1).max(100) }),
        response: { 200: reportStatusResponse, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const code = parseTrackingCode(request.params.tracking_code);
      if (!code) throw badRequest('report.bad_tracking_code', 'A tracking code looks like VG-7K3M-9QX2.');
      const status = await findReportStatus(intake.db, code, request.headers['x-report-secret']);
      if (!status) throw notFoundReport();
      return status;
    },
  );
}

const notFoundReport = () => notFound('report.not_found', 'No report matches this tracking code and secret.');

export function checkRateLimit(limiter: ReturnType<typeof createRateLimiter>, request: FastifyRequest): void {
  if (!limiter.take(request.ip)) {
    throw tooManyRequests(
      'report.rate_limited',
      'Too many reports from this connection. Please try again later.',
    );
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    reportLimiter: ReturnType<typeof createRateLimiter>;
  }
}
