/**
 * The queue with a search: the same GET /api/queue, plus `q` ("have we seen this before?": a
 * tracking code, an address, a domain, a hash or a piece of an address; the server decides which)
 * and, for a PDQ hash, `distance`. The answer's `search` says what `q` was read as.
 */
import { api } from './client.ts';
import type { QueueFilters, QueueResponse } from './types.ts';

/** What the server understood the search to be, and how many of its matches are already assessed. */
export type QueueSearchAnswer = NonNullable<QueueResponse['search']>;
export type QueueSearchKind = QueueSearchAnswer['kind'];

export const queueSearchApi = {
  /** One page of the queue; with `q`, of every item the search finds, closed ones included. */
  list: (filters: QueueFilters, search: { q: string; distance?: number }, cursor?: string) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value !== undefined && value !== '') query.set(key, String(value));
    }
    if (search.q.trim()) query.set('q', search.q.trim());
    if (search.distance !== undefined) query.set('distance', String(search.distance));
    if (cursor) query.set('cursor', cursor);
    return api.get<QueueResponse>(`/api/queue?${query}`);
  },
};
