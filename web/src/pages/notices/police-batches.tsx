/**
 * The police portal's batches on the liaison screen: newest first, each a row (police-batch-row.tsx)
 * with its files and "mark transmitted". "Prepare a batch now" gathers what the daily job would.
 * What goes in a batch, its rows and its columns are the server's (features/notices/police-batch.*).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { isSessionLost } from '../../api/describe-error.ts';
import { policeBatchesApi } from '../../api/notices-endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { PoliceBatchView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { ErrorMessage, StatusMessage, TableScroll } from '../../ui.tsx';
import { workspaceError } from '../workspace/workspace-shared.ts';
import { PoliceBatchRow } from './police-batch-row.tsx';

/** Two weeks of daily batches at first; older ones on request. */
const FIRST_PAGE = 14;
const MORE = 30;

export function PoliceBatches() {
  const { t, language, formatDateTime } = useI18n();
  const b = t.notices.batches;
  const headingId = useId();
  const queryClient = useQueryClient();
  const [limit, setLimit] = useState(FIRST_PAGE);
  const [status, setStatus] = useState('');
  const [refusal, setRefusal] = useState<string>();
  const [confirming, setConfirming] = useState<string>();
  const query = useQuery({
    queryKey: queryKeys.policeBatches(limit),
    queryFn: () => policeBatchesApi.list(limit),
    placeholderData: keepPreviousData,
  });
  const batches = query.data?.batches;

  // The batch's date is a calendar date in the hotline's time zone: shown as written.
  const formatDay = useMemo(() => {
    const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  }, [language]);
  const labelOf = (batch: PoliceBatchView) => b.label(formatDay(batch.date), batch.number);

  const settled = () => queryClient.invalidateQueries({ queryKey: queryKeys.policeBatches(undefined) });
  const starting = () => {
    setRefusal(undefined);
    setStatus('');
  };
  const failed = (err: unknown) => isSessionLost(err) || setRefusal(workspaceError(err, t));
  const prepare = useMutation({
    mutationFn: policeBatchesApi.prepare,
    onMutate: starting,
    // Each confirmation is said once the list shows the change.
    onSuccess: async ({ batch }) => {
      await settled();
      setStatus(batch ? b.prepared(labelOf(batch), batch.item_count, batch.notice_count) : b.noneWaiting);
    },
    onError: (err) => {
      failed(err);
      return settled();
    },
  });
  const transmit = useMutation({
    mutationFn: (batch: PoliceBatchView) => policeBatchesApi.markTransmitted(batch.id),
    onMutate: starting,
    onSuccess: async ({ batch: done }) => {
      await settled();
      setStatus(
        b.transmitted(labelOf(done), formatDateTime(done.transmitted?.at ?? new Date().toISOString())),
      );
      setConfirming(undefined);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) {
        setRefusal(b.alreadyTransmitted);
        setConfirming(undefined);
      } else failed(err);
      return settled();
    },
  });
  const busy = prepare.isPending || transmit.isPending;

  return (
    <section className="panel police-batches" aria-labelledby={headingId}>
      <h2 id={headingId}>{b.title}</h2>
      <p className="hint">{b.intro}</p>
      <div className="police-batches-prepare">
        <button type="button" className="button" disabled={busy} onClick={() => prepare.mutate()}>
          {b.prepare}
        </button>
        <span className="hint">{b.prepareHint}</span>
      </div>
      <ErrorMessage>{refusal}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      <QueryStatus query={query} describe={workspaceError} />
      {batches?.length === 0 ? <p className="muted">{b.empty}</p> : null}
      {batches && batches.length > 0 ? (
        <>
          <TableScroll label={b.caption}>
            <table className="data-table police-batch-table">
              <caption>{b.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{b.columns.batch}</th>
                  <th scope="col">{b.columns.content}</th>
                  <th scope="col">{b.columns.state}</th>
                  <th scope="col">{b.columns.files}</th>
                  <th scope="col">{b.columns.actions}</th>
                </tr>
              </thead>
              <tbody>
                {batches.map((batch) => (
                  <PoliceBatchRow
                    key={batch.id}
                    batch={batch}
                    label={labelOf(batch)}
                    day={formatDay(batch.date)}
                    busy={busy}
                    confirming={confirming === batch.id}
                    onConfirming={(open) => setConfirming(open ? batch.id : undefined)}
                    onTransmitted={() => transmit.mutate(batch)}
                  />
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="hint">{b.audited}</p>
          {batches.length >= limit ? (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setLimit((n) => n + MORE)}
            >
              {b.older}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
