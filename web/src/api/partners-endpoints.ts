/** The partner hotlines' API calls (server: features/partners/partners.routes.ts). */
import { answer, client } from './client.ts';
import type { ApiQuery, PartnerHotlineBody } from './types.ts';

const path = (id: string) => ({ params: { path: { id } } });

export const partnersApi = {
  list: (filter: ApiQuery<'/api/partners', 'get'>) =>
    answer(client.GET('/api/partners', { params: { query: filter } })),
  create: (body: PartnerHotlineBody) => answer(client.POST('/api/partners', { body })),
  replace: (id: string, body: PartnerHotlineBody) =>
    answer(client.PUT('/api/partners/{id}', { ...path(id), body })),
  remove: (id: string) => answer(client.DELETE('/api/partners/{id}', path(id))),
};
