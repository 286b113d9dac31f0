/** Evidence capture: ask the server to capture an item's URL, and follow what its captures found. */
import { answer, client } from './client.ts';

const path = (id: string) => ({ params: { path: { id } } });

export const captureApi = {
  list: (itemId: string) => answer(client.GET('/api/items/{id}/captures', path(itemId))),
  get: (captureId: string) => answer(client.GET('/api/captures/{id}', path(captureId))),
  request: (itemId: string) => answer(client.POST('/api/items/{id}/captures', path(itemId))),
};
