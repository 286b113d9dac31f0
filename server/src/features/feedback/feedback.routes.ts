/** Reporter feedback API for the staff workspace: templates, send a message, a report's history. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import {
  feedbackHistoryResponse,
  feedbackTemplatesResponse,
  itemFeedbackResponse,
  itemIdParam,
  reportIdParam,
  sendFeedbackBody,
  sendFeedbackResponse,
} from './feedback.schemas.ts';
import { feedbackHistory, itemFeedback, sendFeedback } from './feedback.service.ts';
import { listTemplates, PLACEHOLDERS } from './feedback-templates.ts';

const TAG = 'workspace';
const caseworkers = requireStaff('send_feedback');

export async function feedbackRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const ctx = { db: deps.database.db, publicUrl: deps.config.publicUrl };

  api.get(
    '/api/feedback/templates',
    {
      onRequest: caseworkers,
      schema: {
        tags: [TAG],
        summary: 'Reporter feedback templates of the jurisdiction pack (French and English)',
        response: { 200: feedbackTemplatesResponse, ...errorResponses(401, 403) },
      },
    },
    async () => ({ templates: listTemplates(), placeholders: [...PLACEHOLDERS] }),
  );

  api.get(
    '/api/items/:item_id/feedback',
    {
      onRequest: caseworkers,
      schema: {
        tags: [TAG],
        summary:
          'What the reporter can be told about an item now: its public status and the templates that fit',
        description:
          'A template is offered once the verdict is final and it tells one of the item’s outcomes; ' +
          'otherwise `unfit` says why (verdict_not_final, no_notice_sent, not_removed_yet, other_outcome).',
        params: itemIdParam,
        response: { 200: itemFeedbackResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => itemFeedback(ctx.db, request.params.item_id),
  );

  api.post(
    '/api/reports/:report_id/feedback',
    {
      onRequest: caseworkers,
      schema: {
        tags: [TAG],
        summary:
          'Send the reporter a message about one address they reported: shown on their tracking page, ' +
          'e-mailed if they left an address',
        description:
          'Needs the x-csrf-token header. The item must be one the reporter sent (feedback.item_not_reported), ' +
          'its verdict final (409 feedback.verdict_not_final), and the template one that tells its outcome ' +
          '(409 feedback.template_does_not_fit). The message carries the item’s derived status. It is written ' +
          'in the report’s language unless `language` is given, and may not quote a reported address ' +
          '(feedback.contains_reported_url).',
        params: reportIdParam,
        body: sendFeedbackBody,
        response: { 201: sendFeedbackResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const sent = await sendFeedback(ctx, request.params.report_id, request.body, actorOf(request));
      return reply.status(201).send({ message: sent.message, email_queued: sent.emailQueued });
    },
  );

  api.get(
    '/api/reports/:report_id/feedback',
    {
      onRequest: caseworkers,
      schema: {
        tags: [TAG],
        summary: 'Messages sent to the reporter of a report, oldest first',
        params: reportIdParam,
        response: { 200: feedbackHistoryResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ messages: await feedbackHistory(ctx.db, request.params.report_id) }),
  );
}
