/**
 * Evidence capture over HTTP: ask the server to capture an item's URL, and read what captures found.
 * Asking needs the capability that lets a person handle evidence media (the same people who upload
 * it by hand); reading capture records (metadata: URLs, statuses, hashes by reference) is for the
 * whole workspace, like the media list. Handlers only call the services.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { idParam } from '../triage/index.ts';
import { announceCaptureRequested } from './capture.jobs.ts';
import { captureIdParam, captureList, captureResponse } from './capture.schemas.ts';
import { getCapture, listCaptures, requestCapture } from './capture.service.ts';

const TAG = 'capture';

export async function captureRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  api.post(
    '/api/items/:id/captures',
    {
      onRequest: requireStaff('handle_media'),
      schema: {
        tags: [TAG],
        summary: 'Ask the server to capture the item’s URL (page, embedded media, screenshot if allowed)',
        description:
          'Needs the x-csrf-token header. 202: the capture is queued and runs as a job through the safe fetcher ' +
          '(never from your browser); follow it with GET /api/captures/:id. While a capture of the item is queued ' +
          'or running, asking again answers with that one. What is kept, and whether a screenshot is taken, is the ' +
          'jurisdiction pack’s rule for the item’s current category (`retention`). Refused, like uploading evidence, ' +
          'while someone else holds the claim on the item: 409 item.claimed. Audited (capture.requested).',
        params: idParam,
        response: { 202: captureResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { capture, created } = await requestCapture(db, actorOf(request), request.params.id);
      if (created) announceCaptureRequested();
      return reply.status(202).send({ capture });
    },
  );

  api.get(
    '/api/items/:id/captures',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [TAG],
        summary: 'The captures of an item, newest first',
        params: idParam,
        response: { 200: captureList, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listCaptures(db, request.params.id),
  );

  api.get(
    '/api/captures/:id',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [TAG],
        summary: 'One capture: what the fetcher saw, the evidence it stored, what was refused and why',
        params: captureIdParam,
        response: { 200: captureResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ capture: await getCapture(db, request.params.id) }),
  );
}
