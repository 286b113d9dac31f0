/** Wellbeing API: any staff member records and reads their own exposure; supervisors see the team. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import {
  exposureBody,
  myWellbeingResponse,
  sharingBody,
  sharingResponse,
  teamWellbeingResponse,
} from './wellbeing.schemas.ts';
import { myWellbeing, recordExposure, setSharing } from './wellbeing.service.ts';
import { teamWellbeing } from './wellbeing-team.ts';

const TAG = 'wellbeing';
const anyStaff = requireStaff();
const teamReaders = requireStaff('read_team_wellbeing');

export async function wellbeingRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const ctx = { db: deps.database.db, breakMinutes: deps.config.exposureBreakMinutes };

  api.post(
    '/api/wellbeing/exposure',
    {
      onRequest: anyStaff,
      schema: {
        tags: [TAG],
        summary: 'Record time spent with media revealed (sent when it is blurred again)',
        description: 'Needs the x-csrf-token header. Returns my figures, so the UI can suggest a break.',
        body: exposureBody,
        response: { 200: myWellbeingResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => recordExposure(ctx, actorOf(request).staffId, request.body),
  );

  api.get(
    '/api/wellbeing/me',
    {
      onRequest: anyStaff,
      schema: {
        tags: [TAG],
        summary: 'My exposure today and over seven days, whether a break is due, whether I share',
        response: { 200: myWellbeingResponse, ...errorResponses(401, 403) },
      },
    },
    async (request) => myWellbeing(ctx, actorOf(request).staffId),
  );

  api.put(
    '/api/wellbeing/sharing',
    {
      onRequest: anyStaff,
      schema: {
        tags: [TAG],
        summary: 'Choose whether supervisors see my individual exposure figures',
        description: 'Needs the x-csrf-token header. Audited.',
        body: sharingBody,
        response: { 200: sharingResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => setSharing(ctx.db, request.body.share, actorOf(request)),
  );

  api.get(
    '/api/wellbeing/team',
    {
      onRequest: teamReaders,
      schema: {
        tags: [TAG],
        summary: 'Team load; individual figures only for staff who share theirs',
        response: { 200: teamWellbeingResponse, ...errorResponses(401, 403) },
      },
    },
    async () => teamWellbeing(ctx.db),
  );
}
