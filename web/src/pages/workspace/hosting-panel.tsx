/**
 * The item page's hosting panel: where the item is hosted according to its latest look-up, the
 * state of the look-ups (under way, trying again at a given time, given up), "look up again" for
 * those who may ask, and the earlier records folded away. While a look-up is due the panel asks the
 * server again by itself every few seconds (only while the page is visible; item-queries.ts) and
 * stops when done.
 */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { hostingApi } from '../../api/hosting-endpoints.ts';
import type { HostingRecordView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage } from '../../ui.tsx';
import { flagOf } from './country.tsx';
import { HostingRecordFacts } from './hosting-record.tsx';
import { useInvalidateItem, useItemHosting } from './item-queries.ts';
import { useErrorText, useStatus } from './workspace-shared.ts';

export function HostingPanel({ itemId }: { itemId: string }) {
  const { t, formatDateTime, formatTime } = useI18n();
  const h = t.hosting;
  const { staff } = useSignedIn();
  const query = useItemHosting(itemId);
  const view = query.data;
  const [status, setStatus] = useStatus();
  /** The newest record when "look up again" was pressed: the confirmation goes once a newer one is in. */
  const [askedAfter, setAskedAfter] = useState<string | null>();
  const reload = useInvalidateItem(itemId);
  const lookUp = useMutation({
    mutationFn: () => hostingApi.lookUpAgain(itemId),
    onSuccess: () => {
      setAskedAfter(view?.records[0]?.id ?? null);
      setStatus((m) => m.hosting.asked);
    },
    // The history gains a line, and the look-up is now pending.
    onSettled: reload,
  });
  const error = useErrorText(lookUp.error ?? query.error);

  const newest = view?.records[0]?.id;
  useEffect(() => {
    if (askedAfter !== undefined && newest !== undefined && newest !== askedAfter) {
      setAskedAfter(undefined);
      setStatus(undefined);
    }
  }, [newest, askedAfter, setStatus]);

  const reasonOf = (record: HostingRecordView) => h.reasons[record.reason](record.requested_by?.display_name);
  const [latest, ...earlier] = view?.records ?? [];
  const retryAt =
    view?.state === 'retrying' && view.next_lookup_at ? formatTime(view.next_lookup_at) : undefined;

  return (
    <section
      className="panel hosting-panel"
      aria-labelledby="hosting-title"
      aria-busy={view?.state === 'pending'}
    >
      <div className="panel-head">
        <h2 id="hosting-title">{h.title}</h2>
        {view ? (
          <span className={`badge hosting-state hosting-${view.state}`}>{h.states[view.state]}</span>
        ) : null}
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      {!view && !error ? <Loading /> : null}
      {view?.state === 'pending' ? (
        <p className="loading hosting-looking-up" role="status">
          {h.lookingUp}
        </p>
      ) : null}
      {retryAt ? <p className="message message-info">{h.retrying(retryAt)}</p> : null}
      {view?.state === 'gave_up' ? <p className="message message-warn">{h.gaveUp(view.attempts)}</p> : null}

      {latest ? (
        <>
          <p className="hint hosting-when">
            {h.record(formatDateTime(latest.looked_up_at))} · {reasonOf(latest)}
          </p>
          <HostingRecordFacts lookup={latest.lookup} retryAt={retryAt} />
        </>
      ) : null}

      {can(staff, 'look_up_hosting') && view ? (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={lookUp.isPending || view.state === 'pending'}
          onClick={() => lookUp.mutate()}
        >
          {h.lookUpAgain}
        </button>
      ) : null}

      {earlier.length > 0 ? (
        <details className="hosting-earlier">
          <summary>{h.earlier(earlier.length)}</summary>
          <ol className="hosting-earlier-list">
            {earlier.map((record) => (
              <li key={record.id}>
                <details>
                  <summary>
                    {formatDateTime(record.looked_up_at)} · {reasonOf(record)}
                    {record.lookup.country ? (
                      <>
                        {' · '}
                        <span aria-hidden="true">{flagOf(record.lookup.country)}</span>{' '}
                        {record.lookup.country}
                      </>
                    ) : null}
                    {record.lookup.asn !== null ? ` · AS${record.lookup.asn}` : null}
                  </summary>
                  <HostingRecordFacts lookup={record.lookup} level={4} />
                </details>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
