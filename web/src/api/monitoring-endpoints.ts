/**
 * Removal monitoring: an item's follow-up and what staff do with it (check now, pause with a reason,
 * resume, record removed), and the overview of what is overdue, by host and by country.
 */
import { api } from './client.ts';
import type { ItemMonitoringResponse, MonitoringOverview } from './types.ts';

const id = encodeURIComponent;
const act = (itemId: string, action: string, body?: unknown) =>
  api.post<ItemMonitoringResponse>(`/api/items/${id(itemId)}/monitoring/${action}`, body);

export const monitoringApi = {
  ofItem: (itemId: string) => api.get<ItemMonitoringResponse>(`/api/items/${id(itemId)}/monitoring`),
  checkNow: (itemId: string) => act(itemId, 'check'),
  pause: (itemId: string, reason: string) => act(itemId, 'pause', { reason }),
  resume: (itemId: string) => act(itemId, 'resume'),
  recordRemoved: (itemId: string, note: string | undefined) => act(itemId, 'removed', note ? { note } : {}),
  overview: (overdueAfterHours: number, limit = 100) =>
    api.get<MonitoringOverview>(`/api/monitoring?overdue_after_hours=${overdueAfterHours}&limit=${limit}`),
};
