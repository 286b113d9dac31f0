/**
 * Removal monitoring over HTTP: an item's follow-up and the overview for the whole workspace; check
 * now, pause, resume and "removed" for those who send notices (they follow what they sent). Handlers
 * only call the service; the checks themselves run as a job.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { idParam } from '../triage/index.ts';
import {
  closeRemovedBody,
  itemMonitoringResponse,
  monitoringOverviewQuery,
  monitoringOverview as overviewResponse,
  pauseMonitoringBody,
} from './monitoring.schemas.ts';
import {
  closeAsRemoved,
  getItemMonitoring,
  pauseMonitoring,
  requestCheck,
  resumeMonitoring,
} from './monitoring.service.ts';
import { monitoringOverview } from './monitoring-overview.ts';

const TAG = 'monitoring';
const followers = requireStaff('send_notices');
const CSRF = 'Needs the x-csrf-token header. Audited.';

export async function monitoringRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const action = {
    onRequest: followers,
    schema: {
      tags: [TAG],
      params: idParam,
      response: { 200: itemMonitoringResponse, ...errorResponses(400, 401, 403, 404, 409) },
    },
  };

  api.get(
    '/api/items/:id/monitoring',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [TAG],
        summary: 'The item’s removal monitoring: where it stands, its checks and events (newest first)',
        params: idParam,
        response: { 200: itemMonitoringResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ monitoring: await getItemMonitoring(db, request.params.id) }),
  );

  api.post(
    '/api/items/:id/monitoring/check',
    { ...action, schema: { ...action.schema, summary: 'Check now (within the minute)', description: CSRF } },
    async (request) => ({ monitoring: await requestCheck(db, request.params.id, actorOf(request)) }),
  );

  api.post(
    '/api/items/:id/monitoring/pause',
    {
      ...action,
      schema: {
        ...action.schema,
        summary: 'Stop checking a watched item for now, with the reason',
        description: CSRF,
        body: pauseMonitoringBody,
      },
    },
    async (request) => ({
      monitoring: await pauseMonitoring(db, request.params.id, request.body.reason, actorOf(request)),
    }),
  );

  api.post(
    '/api/items/:id/monitoring/resume',
    { ...action, schema: { ...action.schema, summary: 'Check a paused item again', description: CSRF } },
    async (request) => ({ monitoring: await resumeMonitoring(db, request.params.id, actorOf(request)) }),
  );

  api.post(
    '/api/items/:id/monitoring/removed',
    {
      ...action,
      schema: {
        ...action.schema,
        summary: 'Record the content as removed, seen by a person (it is still checked for a return)',
        description: CSRF,
        body: closeRemovedBody,
      },
    },
    async (request) => ({
      monitoring: await closeAsRemoved(db, request.params.id, request.body.note, actorOf(request)),
    }),
  );

  api.get(
    '/api/monitoring',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [TAG],
        summary: 'What is overdue, by host and country, with time to removal; worst offenders first',
        querystring: monitoringOverviewQuery,
        response: { 200: overviewResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => monitoringOverview(db, request.query),
  );
}
