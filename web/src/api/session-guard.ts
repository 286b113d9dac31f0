/**
 * One place that notices a lost session: any query or change the server answers 401 sends the
 * person back to sign-in, so pages only word the other errors. Signing out empties the cache: the
 * next person at this browser sees nothing of the previous one's data.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isSessionLost } from './describe-error.ts';

export function useSessionLostOnApiErrors(sessionLost: (() => void) | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!sessionLost) return;
    const onError = (error: unknown) => {
      if (isSessionLost(error)) sessionLost();
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, sessionLost]);
}
