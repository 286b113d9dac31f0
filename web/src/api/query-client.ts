/**
 * The staff app's cache of server state (TanStack Query). Pages ask for data with `useQuery` and
 * change it with `useMutation`; the library drops answers that arrive after a newer request, so a
 * slow response never overwrites a fresh one. Client errors (4xx) are not retried: asking again
 * would get the same answer. An answer is forgotten once no page shows it (gcTime 0): a page opens on
 * what the server says now, never on what it said at the last visit, before changes made elsewhere
 * (another page, another person) that invalidated nothing here.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
      gcTime: 0,
    },
    mutations: { retry: false },
  },
});
