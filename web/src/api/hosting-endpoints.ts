/** Where an item is hosted: its hosting records, and asking for a new look-up (runs as a job). */
import { answer, client } from './client.ts';

const path = (id: string) => ({ params: { path: { id } } });

export const hostingApi = {
  get: (itemId: string) => answer(client.GET('/api/items/{id}/hosting', path(itemId))),
  lookUpAgain: (itemId: string) => answer(client.POST('/api/items/{id}/hosting/lookups', path(itemId))),
};
