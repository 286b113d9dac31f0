/**
 * Notices over HTTP: the notices of an item, the liaison officer's list, one notice, and what staff do
 * with them (approve, withhold, withdraw, record a reply, acknowledge, mark sent by hand). Reading is
 * for everyone in the workspace; acting needs send_notices (platform/auth/capabilities.ts). Handlers
 * only call the services.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { idParam } from '../triage/index.ts';
import { approveNotice, type NoticeContext } from './notice-approval.ts';
import { noticeParts } from './notice-parts.ts';
import {
  approveNoticeBody,
  itemNoticesResponse,
  noticeIdParam,
  noticeListQuery,
  noticeListResponse,
  noticeReplyBody,
  noticeResponse,
  withholdNoticeBody,
} from './notices.schemas.ts';
import {
  acknowledgeNotice,
  addNoticeReply,
  getNotice,
  listNotices,
  markNoticeSent,
  noticesOfItem,
  withdrawNotice,
  withholdNotice,
} from './notices.service.ts';

const TAG = 'notices';
const readers = requireStaff('read_workspace');
const senders = requireStaff('send_notices');
const CSRF = 'Needs the x-csrf-token header. Audited.';

/** Routes with their own parts (tests pass stand-ins for routing and composing). */
export function noticesRoutesWith(parts: NoticeContext['parts']) {
  return async (app: FastifyInstance, deps: AppDeps): Promise<void> => {
    const api = app.withTypeProvider<ZodTypeProvider>();
    const db = deps.database.db;
    const ctx: NoticeContext = {
      db,
      secretBox: deps.secretBox,
      notifier: deps.config.notifier,
      parts,
      log: app.log,
    };
    const one = { params: noticeIdParam, response: { 200: noticeResponse } } as const;
    const acted = errorResponses(400, 401, 403, 404, 409);

    api.get(
      '/api/items/:id/notices',
      {
        onRequest: readers,
        schema: {
          tags: ['workspace', TAG],
          summary: 'The notices about an item, newest first, with their state, recipient, dates and replies',
          params: idParam,
          response: { 200: itemNoticesResponse, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => ({ notices: await noticesOfItem(db, request.params.id) }),
    );

    api.get(
      '/api/notices',
      {
        onRequest: readers,
        schema: {
          tags: [TAG],
          summary: 'Notices, newest first, by state and recipient kind (the liaison officer’s list)',
          querystring: noticeListQuery,
          response: { 200: noticeListResponse, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => listNotices(db, request.query),
    );

    api.get(
      '/api/notices/:id',
      {
        onRequest: readers,
        schema: {
          tags: [TAG],
          summary: 'One notice, with its text, XARF reports, items, delivery and replies',
          params: noticeIdParam,
          response: { 200: noticeResponse, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => ({ notice: await getNotice(db, request.params.id) }),
    );

    api.post(
      '/api/notices/:id/approve',
      {
        onRequest: senders,
        schema: {
          tags: [TAG],
          summary: 'Approve a proposed notice: it is composed, frozen and queued (e-mail: in the outbox)',
          description: `${CSRF} Optionally with an edited subject, text or address. A notice is approved once: again is 409 notice.not_proposed. An e-mail notice without a valid address is 400 notice.no_address.`,
          ...one,
          body: approveNoticeBody,
          response: { ...one.response, ...acted, ...errorResponses(500) },
        },
      },
      async (request) => ({
        notice: await approveNotice(ctx, request.params.id, request.body, actorOf(request)),
      }),
    );

    api.post(
      '/api/notices/:id/withhold',
      {
        onRequest: senders,
        schema: {
          tags: [TAG],
          summary: 'Decide not to send a proposed notice, with the reason',
          description: CSRF,
          ...one,
          body: withholdNoticeBody,
          response: { ...one.response, ...acted },
        },
      },
      async (request) => ({
        notice: await withholdNotice(db, request.params.id, request.body.reason, actorOf(request)),
      }),
    );

    api.post(
      '/api/notices/:id/withdraw',
      {
        onRequest: senders,
        schema: {
          tags: [TAG],
          summary: 'Cancel an approved notice before it leaves (its queued e-mail is cancelled)',
          description: `${CSRF} Only a queued notice whose e-mail has not left: else 409 notice.not_queued.`,
          ...one,
          response: { ...one.response, ...acted },
        },
      },
      async (request) => ({ notice: await withdrawNotice(db, request.params.id, actorOf(request)) }),
    );

    api.post(
      '/api/notices/:id/replies',
      {
        onRequest: senders,
        schema: {
          tags: [TAG],
          summary:
            'Record what came back: a reply, a bounce (a sent notice then fails), an acknowledgement of receipt',
          description: CSRF,
          ...one,
          body: noticeReplyBody,
          response: { 201: noticeResponse, ...acted },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ notice: await addNoticeReply(db, request.params.id, request.body, actorOf(request)) }),
    );

    api.post(
      '/api/notices/:id/acknowledge',
      {
        onRequest: senders,
        schema: {
          tags: [TAG],
          summary: 'The recipient confirmed receipt of a sent notice',
          description: CSRF,
          ...one,
          response: { ...one.response, ...acted },
        },
      },
      async (request) => ({ notice: await acknowledgeNotice(db, request.params.id, actorOf(request)) }),
    );

    api.post(
      '/api/notices/:id/mark-sent',
      {
        onRequest: senders,
        schema: {
          tags: [TAG],
          summary: 'Record that a web-form, API or portal-batch notice was sent by hand',
          description: `${CSRF} E-mail notices are recorded by the outbox (409 notice.sent_by_outbox).`,
          ...one,
          response: { ...one.response, ...acted },
        },
      },
      async (request) => ({ notice: await markNoticeSent(db, request.params.id, actorOf(request)) }),
    );
  };
}

export const noticesRoutes = noticesRoutesWith(noticeParts);
