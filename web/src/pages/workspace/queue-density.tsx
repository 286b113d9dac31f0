/**
 * The queue's density (compact ~36 px rows, comfortable ~48 px), stored on the server for the person
 * (GET/PUT /api/me/preferences), so it follows them to another browser.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Preferences, preferencesApi, type QueueDensity } from '../../api/queue-bulk-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const KEY = ['me', 'preferences'];

export function useQueueDensity(onError: (err: unknown) => void): [QueueDensity, (d: QueueDensity) => void] {
  const client = useQueryClient();
  const { data } = useQuery({ queryKey: KEY, queryFn: preferencesApi.get });
  const change = useMutation({
    mutationFn: (queue_density: QueueDensity) => preferencesApi.change({ queue_density }),
    onMutate: (queue_density) => {
      const before = client.getQueryData<Preferences>(KEY);
      client.setQueryData<Preferences>(KEY, { ...before, queue_density });
      return before;
    },
    onSuccess: (saved) => client.setQueryData(KEY, saved),
    onError: (err, _density, before) => {
      client.setQueryData(KEY, before);
      onError(err);
    },
  });
  return [data?.queue_density ?? 'comfortable', change.mutate];
}

const DENSITIES: Record<QueueDensity, true> = { comfortable: true, compact: true };

export function DensityToggle(props: { density: QueueDensity; onChange(d: QueueDensity): void }) {
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
