/**
 * The queue's pages for the current filters and order (TanStack Query: an answer that arrives after
 * a newer request is dropped), with the search in force (queue-search.tsx), and the order kept in the page's address (?sort=…) so a reload or a
 * shared link shows the same list.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { orderedQueueApi, type QueueSearchParams, type QueueSort } from '../../api/queue-bulk-endpoints.ts';
import type { QueueFilters, QueueItem, QueueResponse } from '../../api/types.ts';

/** The server's orders (typed by its list, so a new one fails the build until it is here). */
const SORTS: Record<QueueSort, true> = { due: true, received: true, reports: true, category: true };
const DEFAULT_SORT: QueueSort = 'due';

function sortInAddress(): QueueSort {
  const given = new URLSearchParams(window.location.search).get('sort');
  return given && Object.hasOwn(SORTS, given) ? (given as QueueSort) : DEFAULT_SORT;
}

export function useQueueSort(): [QueueSort, (sort: QueueSort) => void] {
  const [sort, setSort] = useState(sortInAddress);
  const change = useCallback((next: QueueSort) => {
    const url = new URL(window.location.href);
    if (next === DEFAULT_SORT) url.searchParams.delete('sort');
    else url.searchParams.set('sort', next);
    window.history.replaceState(window.history.state, '', url);
    setSort(next);
  }, []);
  return [sort, change];
}

/** The pages for the filters, order and search; `onFirstPage` hears what the search was read as. */
export function useQueueList(
  filters: QueueFilters,
  sort: QueueSort,
  search: QueueSearchParams,
  on: { error(err: unknown): void; firstPage(page: QueueResponse): void },
) {
  const query = useInfiniteQuery({
    queryKey: ['queue', filters, sort, search],
    queryFn: ({ pageParam }) => orderedQueueApi.list(filters, sort, search, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
  const { error } = query;
  const { error: onError, firstPage: onFirstPage } = on;
  useEffect(() => {
    if (error) onError(error);
  }, [error, onError]);
  const pages = query.data?.pages;
  const first = pages?.[0];
  useEffect(() => {
    if (first) onFirstPage(first);
  }, [first, onFirstPage]);
  const items: QueueItem[] | undefined = pages?.flatMap((p) => p.items);
  return {
    items: query.isPending ? undefined : items,
    total: pages?.[0]?.total ?? items?.length ?? 0,
    hasMore: query.hasNextPage,
    loadMore: () => query.fetchNextPage(),
    reload: () => query.refetch(),
    failed: error !== null,
  };
}
