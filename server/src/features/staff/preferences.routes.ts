/** The signed-in person's own preferences: any staff member, only their own. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentSession, requireStaff } from '../../platform/auth/index.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { preferences, preferencesBody } from './preferences.schemas.ts';
import { changePreferences, readPreferences } from './preferences.service.ts';

const TAG = 'staff';

export async function preferencesRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  api.get(
    '/api/me/preferences',
    {
      onRequest: requireStaff(),
      schema: {
        tags: [TAG],
        summary: 'My display preferences (the queue’s density)',
        response: { 200: preferences, ...errorResponses(401) },
      },
    },
    async (request) => readPreferences(db, currentSession(request).staff.id),
  );

  api.put(
    '/api/me/preferences',
    {
      onRequest: requireStaff(),
      schema: {
        tags: [TAG],
        summary: 'Change my display preferences',
        description: 'Needs the x-csrf-token header. Preferences not named keep their value.',
        body: preferencesBody,
        response: { 200: preferences, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => changePreferences(db, currentSession(request).staff.id, request.body),
  );
}
