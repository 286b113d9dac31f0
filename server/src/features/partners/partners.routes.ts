/**
 * The partner hotlines API: every workspace role reads the list (analysts see where abuse material
 * abroad will go); those who keep the directory (admins, supervisors, liaison officers) change it.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import {
  partnerHotlineBody,
  partnerHotlineResponse,
  partnerIdParam,
  partnerListQuery,
  partnerListResponse,
} from './partners.schemas.ts';
import {
  createPartnerHotline,
  deletePartnerHotline,
  replacePartnerHotline,
  searchPartnerHotlines,
} from './partners.service.ts';

const TAG = 'partners';
const editors = requireStaff('manage_directory');
const conflictNote =
  'A second active hotline for a country is refused (409 partner.country_taken); so is the ' +
  "hotline's own country (400 partner.own_country).";

export async function partnerRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  api.get(
    '/api/partners',
    {
      onRequest: requireStaff('read_workspace'),
      schema: {
        tags: [TAG],
        summary: 'The partner hotlines abroad, by country (the active one first)',
        querystring: partnerListQuery,
        response: { 200: partnerListResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({ hotlines: await searchPartnerHotlines(db, request.query) }),
  );

  api.post(
    '/api/partners',
    {
      onRequest: editors,
      schema: {
        tags: [TAG],
        summary: 'Add a partner hotline',
        description: `Needs the x-csrf-token header. ${conflictNote}`,
        body: partnerHotlineBody,
        response: { 201: partnerHotlineResponse, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ hotline: await createPartnerHotline(db, request.body, actorOf(request)) }),
  );

  api.put(
    '/api/partners/:id',
    {
      onRequest: editors,
      schema: {
        tags: [TAG],
        summary: 'Replace a partner hotline with the one given (active: false deactivates it)',
        description: `Needs the x-csrf-token header. ${conflictNote}`,
        params: partnerIdParam,
        body: partnerHotlineBody,
        response: { 200: partnerHotlineResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => ({
      hotline: await replacePartnerHotline(db, request.params.id, request.body, actorOf(request)),
    }),
  );

  api.delete(
    '/api/partners/:id',
    {
      onRequest: editors,
      schema: {
        tags: [TAG],
        summary: 'Delete a partner hotline',
        description: 'Needs the x-csrf-token header.',
        params: partnerIdParam,
        response: { 204: z.null().describe('Deleted'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deletePartnerHotline(db, request.params.id, actorOf(request));
      return reply.status(204).send(null);
    },
  );
}
