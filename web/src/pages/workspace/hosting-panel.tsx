/**
 * The item page's hosting panel: where the item is hosted according to its latest look-up, the
 * state of the look-ups (under way, trying again at a given time, given up), "look up again" for
 * those who may ask, and the earlier records folded away. While a look-up is due the panel asks the
 * server again by itself every few seconds (only while the page is visible) and stops when done.
 */
import { useCallback, useEffect, useState } from 'react';
import { hostingApi } from '../../api/hosting-endpoints.ts';
import type { HostingRecordView, ItemHostingView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage } from '../../ui.tsx';
import { flagOf } from './country.tsx';
import { HostingRecordFacts } from './hosting-record.tsx';
import { usePolling } from './use-polling.ts';
import { useStatus, workspaceError } from './workspace-shared.ts';

/** How often to ask while a look-up is due now; a planned retry is asked about when it is due. */
const POLL_MS = 3000;
const MAX_WAIT_MS = 60_000;

function pollDelay(view: ItemHostingView | undefined, now = Date.now()): number | null {
  if (!view) return null;
  if (view.state === 'pending') return POLL_MS;
  if (view.state === 'retrying' && view.next_lookup_at) {
    const untilDue = Date.parse(view.next_lookup_at) - now + POLL_MS;
    return Math.min(Math.max(untilDue, POLL_MS), MAX_WAIT_MS);
  }
  return null;
}

type Props = { itemId: string; onChanged(): void; onSessionError(err: unknown): boolean };

export function HostingPanel({ itemId, onChanged, onSessionError }: Props) {
  const { t, formatDateTime, formatTime } = useI18n();
  const h = t.hosting;
  const { staff } = useSignedIn();
  const [view, setView] = useState<ItemHostingView>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useStatus();
  const [busy, setBusy] = useState(false);
  /** The newest record when "look up again" was pressed: the confirmation goes once a newer one is in. */
  const [askedAfter, setAskedAfter] = useState<string | null>();

  const fail = useCallback(
    (err: unknown) => {
      if (!onSessionError(err)) setError(workspaceError(err, t));
    },
    [onSessionError, t],
  );
  const load = useCallback(() => {
    hostingApi.get(itemId).then((next) => {
      setError(undefined);
      setView(next);
    }, fail);
  }, [itemId, fail]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the item changes, not when the handler's identity does
  useEffect(load, [itemId]);
  usePolling(load, pollDelay(view), view);
  const newest = view?.records[0]?.id;
  useEffect(() => {
    if (askedAfter !== undefined && newest !== undefined && newest !== askedAfter) {
      setAskedAfter(undefined);
      setStatus(undefined);
    }
  }, [newest, askedAfter, setStatus]);

  const lookUpAgain = async () => {
    setError(undefined);
    setBusy(true);
    try {
      await hostingApi.lookUpAgain(itemId);
      setAskedAfter(view?.records[0]?.id ?? null);
      setStatus((m) => m.hosting.asked);
      load();
      onChanged();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

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
          disabled={busy || view.state === 'pending'}
          onClick={lookUpAgain}
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
