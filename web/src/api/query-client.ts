/**
 * The staff app's cache of server state (TanStack Query). Pages ask for data with `useQuery` and
 * change it with `useMutation`; the library drops answers that arrive after a newer request, so a
 * slow response never overwrites a fresh one. Client errors (4xx) are not retried: asking again
 * would get the same answer.
 */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
