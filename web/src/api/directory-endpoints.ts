/** The staff directory's API calls (server: features/hosting/directory.routes.ts). */
import { answer, client } from './client.ts';
import type { ApiQuery, DirectoryEntryBody } from './types.ts';

const path = (id: string) => ({ params: { path: { id } } });

export const directoryApi = {
  list: (filter: ApiQuery<'/api/directory', 'get'>) =>
    answer(client.GET('/api/directory', { params: { query: filter } })),
  create: (body: DirectoryEntryBody) => answer(client.POST('/api/directory', { body })),
  replace: (id: string, body: DirectoryEntryBody) =>
    answer(client.PUT('/api/directory/{id}', { ...path(id), body })),
  remove: (id: string) => answer(client.DELETE('/api/directory/{id}', path(id))),
};
