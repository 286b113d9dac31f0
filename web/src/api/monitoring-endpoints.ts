/**
 * Removal monitoring: an item's follow-up and what staff do with it (check now, pause with a reason,
 * resume, record removed), and the overview of what is overdue, by host and by country.
 */
import { answer, client } from './client.ts';

const path = (id: string) => ({ params: { path: { id } } });

export const monitoringApi = {
  ofItem: (itemId: string) => answer(client.GET('/api/items/{id}/monitoring', path(itemId))),
  checkNow: (itemId: string) => answer(client.POST('/api/items/{id}/monitoring/check', path(itemId))),
  pause: (itemId: string, reason: string) =>
    answer(client.POST('/api/items/{id}/monitoring/pause', { ...path(itemId), body: { reason } })),
  resume: (itemId: string) => answer(client.POST('/api/items/{id}/monitoring/resume', path(itemId))),
  recordRemoved: (itemId: string, note: string | undefined) =>
    answer(
      client.POST('/api/items/{id}/monitoring/removed', { ...path(itemId), body: note ? { note } : {} }),
    ),
  overview: (overdueAfterHours: number, limit = 100) =>
    answer(
      client.GET('/api/monitoring', { params: { query: { overdue_after_hours: overdueAfterHours, limit } } }),
    ),
};
