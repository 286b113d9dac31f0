/**
 * The queue with a search: the same GET /api/queue, plus `q` ("have we seen this before?": a
 * tracking code, an address, a domain, a hash or a piece of an address; the server decides which)
 * and, for a PDQ hash, `distance`. The answer's `search` says what `q` was read as.
 */
import { answer, client } from './client.ts';
import type { QueueFilters, QueueResponse } from './types.ts';

/** What the server understood the search to be, and how many of its matches are already assessed. */
export type QueueSearchAnswer = NonNullable<QueueResponse['search']>;
export type QueueSearchKind = QueueSearchAnswer['kind'];

export const queueSearchApi = {
  /** One page of the queue; with `q`, of every item the search finds, closed ones included. */
  list: (filters: QueueFilters, search: { q: string; distance?: number }, cursor?: string) =>
    answer(
      client.GET('/api/queue', {
        params: { query: { ...filters, q: search.q.trim() || undefined, distance: search.distance, cursor } },
      }),
    ),
};
