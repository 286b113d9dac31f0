/**
 * The queue's density (compact ~36 px rows, comfortable ~48 px), stored on the server for the person
 * (GET/PUT /api/me/preferences), so it follows them to another browser.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { preferencesApi, type QueueDensity } from '../../api/queue-bulk-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const KEY = ['me', 'preferences'];

/** The density, undefined while it loads (so the table does not jump from one density to the other). */
export function useQueueDensity(
  onError: (err: unknown) => void,
): [QueueDensity | undefined, (d: QueueDensity) => void] {
  const client = useQueryClient();
  const { data, isPending } = useQuery({ queryKey: KEY, queryFn: preferencesApi.get });
  const save = useMutation({
    mutationFn: (queue_density: QueueDensity) => preferencesApi.change({ queue_density }),
    onSuccess: (saved) => client.setQueryData(KEY, saved),
  });
  // The page follows the choice at once (in the same event), and goes back if the server refuses it.
  // A state of the page's own, set in the click's event: a controlled radio must change in the same
  // render, and the query cache tells its readers a moment later.
  const [chosen, setChosen] = useState<QueueDensity>();
  const change = (queue_density: QueueDensity) => {
    setChosen(queue_density);
    save.mutate(queue_density, {
      onError: (err) => {
        setChosen(undefined);
        onError(err);
      },
    });
  };
  return [chosen ?? data?.queue_density ?? (isPending ? undefined : 'comfortable'), change];
}

const DENSITIES: Record<QueueDensity, true> = { comfortable: true, compact: true };

export function DensityToggle(props: { density: QueueDensity | undefined; onChange(d: QueueDensity): void }) {
  const { t } = useI18n();
  return (
    <fieldset className="density-toggle">
      <legend>{t.queueTable.density}</legend>
      {(Object.keys(DENSITIES) as QueueDensity[]).map((d) => (
        <label key={d}>
          <input
            type="radio"
            name="queue-density"
            value={d}
            checked={props.density === d}
            onChange={() => props.onChange(d)}
          />
          {t.queueTable[d]}
        </label>
      ))}
    </fieldset>
  );
}
