/** The items ticked in the queue, and the summary of the last bulk action on them. */
import { useCallback, useState } from 'react';
import type { BulkResponse } from '../../api/queue-bulk-endpoints.ts';
import type { QueueItem } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { type BulkSummary, reasonText, summarise } from './bulk-summary.ts';

export function useQueueSelection(items: QueueItem[] | undefined) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [summary, setSummary] = useState<BulkSummary>();

  const select = useCallback(
    (ids: string[], on: boolean) =>
      setSelected((before) => {
        const next = new Set(before);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setSelected(new Set()), []);

  return {
    selected,
    select,
    toggle: (id: string) => select([id], !selected.has(id)),
    clear,
    /** Only the ticked items still shown (a reload may have taken some away). */
    selectedItems: items?.filter((i) => selected.has(i.id)) ?? [],
    summary,
    dismissSummary: () => setSummary(undefined),
    done: (response: BulkResponse) => {
      const urlOf = (id: string) => items?.find((i) => i.id === id)?.url;
      setSummary(summarise(response.results, urlOf, (reason) => reasonText(reason, t)));
      clear();
    },
  };
}
