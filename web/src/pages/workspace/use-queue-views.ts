/** The person's saved queue views (TanStack Query): list, save the current filters, delete. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueueFilters, QueueView } from '../../api/types.ts';
import { queueApi } from '../../api/workspace-endpoints.ts';
import type { Messages } from '../../i18n/fr.ts';

const KEY = ['queue', 'views'];

export function useQueueViews(handlers: {
  onError(err: unknown): void;
  onStatus(say: (m: Messages) => string): void;
  /** The view now in force: the one just saved, none after a deletion. */
  onCurrent(viewId: string): void;
}) {
  const client = useQueryClient();
  const { data } = useQuery({ queryKey: KEY, queryFn: queueApi.views });
  const views = data?.views ?? [];
  const setViews = (change: (list: QueueView[]) => QueueView[]) =>
    client.setQueryData(KEY, { views: change(views) });

  const save = async (name: string, filters: QueueFilters): Promise<boolean> => {
    try {
      const { view } = await queueApi.saveView({ name, filters });
      setViews((list) => [...list, view]);
      handlers.onCurrent(view.id);
      handlers.onStatus((m) => m.workspace.queue.viewSaved(view.name));
      return true;
    } catch (err) {
      handlers.onError(err);
      return false;
    }
  };

  const remove = async (view: QueueView): Promise<void> => {
    try {
      await queueApi.deleteView(view.id);
      setViews((list) => list.filter((v) => v.id !== view.id));
      handlers.onCurrent('');
      handlers.onStatus((m) => m.workspace.queue.viewDeleted(view.name));
    } catch (err) {
      handlers.onError(err);
    }
  };

  return { views, save, remove };
}
