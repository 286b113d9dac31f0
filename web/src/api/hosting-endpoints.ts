/** Where an item is hosted: its hosting records, and asking for a new look-up (runs as a job). */
import { api } from './client.ts';
import type { ItemHostingView } from './types.ts';

const id = encodeURIComponent;

export const hostingApi = {
  get: (itemId: string) => api.get<ItemHostingView>(`/api/items/${id(itemId)}/hosting`),
  lookUpAgain: (itemId: string) => api.post<{ state: 'pending' }>(`/api/items/${id(itemId)}/hosting/lookups`),
};
