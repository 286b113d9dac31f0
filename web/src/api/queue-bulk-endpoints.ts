/**
 * The queue's ordered pages, the person's own preferences, and the bulk actions. Types come from the
 * server's schemas (`import type`), so a change there breaks the build here, not the page.
 */
import type {
  BulkAssignBody,
  BulkClaimBody,
  BulkCloseBody,
  BulkDuplicateBody,
  BulkResponse,
} from '../../../server/src/features/bulk/bulk.schemas.ts';
import type { Preferences, PreferencesBody } from '../../../server/src/features/staff/preferences.schemas.ts';
import type { QueueSort } from '../../../server/src/features/triage/triage.schemas.ts';
import { api } from './client.ts';
import type { QueueFilters, QueueResponse } from './types.ts';

export type { BulkResponse, BulkResult } from '../../../server/src/features/bulk/bulk.schemas.ts';
/** The verdicts a bulk close may record. */
export type ClosingVerdict = BulkCloseBody['verdict'];
export type { Preferences, QueueDensity } from '../../../server/src/features/staff/preferences.schemas.ts';
export type { QueueSort } from '../../../server/src/features/triage/triage.schemas.ts';

export const orderedQueueApi = {
  /** One page of the queue in `sort`'s order; `cursor` continues that same order. */
  list: (filters: QueueFilters, sort: QueueSort, cursor?: string) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value !== undefined && value !== '') query.set(key, String(value));
    }
    query.set('sort', sort);
    if (cursor) query.set('cursor', cursor);
    return api.get<QueueResponse>(`/api/queue?${query}`);
  },
};

export const preferencesApi = {
  get: () => api.get<Preferences>('/api/me/preferences'),
  change: (body: PreferencesBody) => api.put<Preferences>('/api/me/preferences', body),
};

export const bulkApi = {
  claim: (body: BulkClaimBody) => api.post<BulkResponse>('/api/queue/bulk/claim', body),
  assign: (body: BulkAssignBody) => api.post<BulkResponse>('/api/queue/bulk/assign', body),
  close: (body: BulkCloseBody) => api.post<BulkResponse>('/api/queue/bulk/close', body),
  duplicate: (body: BulkDuplicateBody) => api.post<BulkResponse>('/api/queue/bulk/duplicate', body),
};
