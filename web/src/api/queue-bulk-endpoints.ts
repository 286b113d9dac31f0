/** The queue's ordered pages (with a search), the person's own preferences, and the bulk actions. */
import { answer, client } from './client.ts';
import type { ApiBody, ApiQuery, ApiResponse, QueueFilters } from './types.ts';

export type BulkResponse = ApiResponse<'/api/queue/bulk/claim', 'post'>;
export type BulkResult = BulkResponse['results'][number];
type BulkCloseBody = ApiBody<'/api/queue/bulk/close', 'post'>;
/** The verdicts a bulk close may record. */
export type ClosingVerdict = BulkCloseBody['verdict'];
export type Preferences = ApiResponse<'/api/me/preferences', 'get'>;
export type QueueDensity = Preferences['queue_density'];
export type QueueSort = NonNullable<ApiQuery<'/api/queue', 'get'>['sort']>;

/** What to look for in every item (queue-search.tsx); nothing: the open items only. */
export type QueueSearchParams = { q: string; distance?: number };

export const orderedQueueApi = {
  /** One page of the queue in `sort`'s order; `cursor` continues that same order. */
  list: (filters: QueueFilters, sort: QueueSort, search: QueueSearchParams, cursor?: string) =>
    answer(
      client.GET('/api/queue', {
        params: {
          query: { ...filters, sort, q: search.q.trim() || undefined, distance: search.distance, cursor },
        },
      }),
    ),
};

export const preferencesApi = {
  get: () => answer(client.GET('/api/me/preferences')),
  change: (body: ApiBody<'/api/me/preferences', 'put'>) =>
    answer(client.PUT('/api/me/preferences', { body })),
};

export const bulkApi = {
  claim: (body: ApiBody<'/api/queue/bulk/claim', 'post'>) =>
    answer(client.POST('/api/queue/bulk/claim', { body })),
  assign: (body: ApiBody<'/api/queue/bulk/assign', 'post'>) =>
    answer(client.POST('/api/queue/bulk/assign', { body })),
  close: (body: BulkCloseBody) => answer(client.POST('/api/queue/bulk/close', { body })),
  duplicate: (body: ApiBody<'/api/queue/bulk/duplicate', 'post'>) =>
    answer(client.POST('/api/queue/bulk/duplicate', { body })),
};
