/**
 * Legal qualification over HTTP: item detail and history, assessments, four eyes, derived items and
 * the pack's catalogue for the assessment form. Who may call what is the capability table in
 * platform/auth/capabilities.ts; handlers only call the services.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, currentSession, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { idParam } from '../triage/index.ts';
import { recordAssessment } from './assess.ts';
import { addDerivedItems } from './derived.ts';
import { giveSecondOpinion, resolveDisagreement } from './four-eyes.ts';
import { getItemDetail, getItemHistory, qualificationCatalogue } from './item-view.ts';
import {
  assessmentIdParam,
  assessmentResponse,
  catalogueResponse,
  derivedItemsBody,
  derivedItemsResponse,
  itemDetail,
  itemHistoryResponse,
  newAssessmentBody,
  resolveBody,
  secondOpinionBody,
} from './qualification.schemas.ts';

const TAG = 'workspace';
const VERSIONED =
  'Send the item version you last saw (`version`); if someone changed the item since, the answer is ' +
  '409 item.version_conflict and nothing is saved.';

export async function qualificationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  api.get(
    '/api/qualification/catalogue',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [TAG],
        summary:
          'Categories, legal bases, verdicts, detail fields and four-eyes rules of the jurisdiction pack',
        response: { 200: catalogueResponse, ...errorResponses(401, 403) },
      },
    },
    async () => qualificationCatalogue(),
  );

  api.get(
    '/api/items/:id',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [TAG],
        summary: 'An item with its reports’ context, assessments, parent and derived items, and claim',
        description:
          'Reporters stay anonymous: no contact details or tracking codes. Viewing an item you hold renews your claim.',
        params: idParam,
        response: { 200: itemDetail, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getItemDetail(db, request.params.id, currentSession(request).staff.id),
  );

  api.get(
    '/api/items/:id/history',
    {
      onRequest: requireStaff('read_history'),
      schema: {
        tags: [TAG],
        summary:
          'Everything that happened to an item, oldest first: reports, assessments, and the audited actions on it, on the notices about it and the feedback sent to its reporters about it',
        params: idParam,
        response: { 200: itemHistoryResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getItemHistory(db, request.params.id),
  );

  api.post(
    '/api/items/:id/assessments',
    {
      onRequest: requireStaff('qualify'),
      schema: {
        tags: [TAG],
        summary: 'Record an assessment of an item',
        description:
          `Needs the x-csrf-token header. ${VERSIONED} A verdict the pack marks for four eyes puts the item in ` +
          'awaiting_second; any other makes it assessed. Refused while someone else holds the claim (item.claimed).',
        params: idParam,
        body: newAssessmentBody,
        response: { 201: assessmentResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordAssessment(db, actorOf(request), request.params.id, request.body)),
  );

  api.post(
    '/api/assessments/:id/second-opinion',
    {
      onRequest: requireStaff('qualify'),
      schema: {
        tags: [TAG],
        summary: 'Agree or disagree with an assessment waiting for four eyes',
        description: `Needs the x-csrf-token header. ${VERSIONED} Not by the assessment’s author (assessment.same_analyst). Disagreeing needs notes and sends the item to a supervisor.`,
        params: assessmentIdParam,
        body: secondOpinionBody,
        response: { 200: assessmentResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => giveSecondOpinion(db, actorOf(request), request.params.id, request.body),
  );

  api.post(
    '/api/assessments/:id/resolve',
    {
      onRequest: requireStaff('resolve'),
      schema: {
        tags: [TAG, 'supervision'],
        summary: 'Settle a four-eyes disagreement (supervisor)',
        description: `Needs the x-csrf-token header. ${VERSIONED} uphold keeps the first assessment; replace records the supervisor’s own, which counts at once.`,
        params: assessmentIdParam,
        body: resolveBody,
        response: { 200: assessmentResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => resolveDisagreement(db, actorOf(request), request.params.id, request.body),
  );

  api.post(
    '/api/items/:id/derived',
    {
      onRequest: requireStaff('qualify'),
      schema: {
        tags: [TAG],
        summary: 'Add URLs found from this item as derived items',
        description:
          'Needs the x-csrf-token header. New items enter the queue with origin derived, the parent recorded and ' +
          'the parent’s reports linked; URLs already known are linked, not duplicated (created: false).',
        params: idParam,
        body: derivedItemsBody,
        response: { 201: derivedItemsResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addDerivedItems(db, actorOf(request), request.params.id, request.body)),
  );
}
