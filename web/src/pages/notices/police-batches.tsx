/**
 * The police portal's batches on the liaison screen: newest first, each with its date and number,
 * what it holds, its state (prepared, or transmitted by whom and when), its files (CSV and JSON: plain
 * links the browser downloads, each download audited by the server), and "mark transmitted" behind a
 * confirmation that says what it records. "Prepare a batch now" gathers what the daily job would.
 * What goes in a batch, its rows and its columns are the server's (features/notices/police-batch.*).
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { policeBatchesApi } from '../../api/notices-endpoints.ts';
import type { PoliceBatchFormat, PoliceBatchView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, Loading, StatusMessage, TableScroll } from '../../ui.tsx';
import { workspaceError } from '../workspace/workspace-shared.ts';

/** Two weeks of daily batches at first; older ones on request. */
const FIRST_PAGE = 14;
const MORE = 30;
const FORMATS: readonly PoliceBatchFormat[] = ['csv', 'json'];

type Props = { onSessionError(err: unknown): boolean };

export function PoliceBatches({ onSessionError }: Props) {
  const { t, language, formatDateTime } = useI18n();
  const b = t.notices.batches;
  const headingId = useId();
  const confirmTextId = useId();
  const [limit, setLimit] = useState(FIRST_PAGE);
  const [batches, setBatches] = useState<PoliceBatchView[]>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const markRefs = useRef(new Map<string, HTMLButtonElement>());

  // The batch's date is a calendar date in the hotline's time zone: shown as written.
  const formatDay = useMemo(() => {
    const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  }, [language]);
  const labelOf = (batch: PoliceBatchView) => b.label(formatDay(batch.date), batch.number);

  const fail = useCallback(
    (err: unknown) => onSessionError(err) || setError(workspaceError(err, t)),
    [onSessionError, t],
  );
  const load = useCallback(
    () =>
      policeBatchesApi.list(limit).then((answer) => {
        setBatches(answer.batches);
        setError(undefined);
      }, fail),
    [limit, fail],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again when more are wanted, not when the handler's identity changes
  useEffect(() => {
    load();
  }, [limit]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const prepare = async () => {
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      const { batch } = await policeBatchesApi.prepare();
      setStatus(batch ? b.prepared(labelOf(batch), batch.item_count, batch.notice_count) : b.noneWaiting);
      await load();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const markTransmitted = async (batch: PoliceBatchView) => {
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      const { batch: done } = await policeBatchesApi.markTransmitted(batch.id);
      setStatus(
        b.transmitted(labelOf(done), formatDateTime(done.transmitted?.at ?? new Date().toISOString())),
      );
      setConfirming(undefined);
      await load();
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        setError(b.alreadyTransmitted);
        setConfirming(undefined);
        await load();
      } else {
        fail(err);
      }
    } finally {
      setBusy(false);
    }
  };

  const cancel = (batchId: string) => {
    setConfirming(undefined);
    // Back to the button that opened the confirmation, once it is rendered again.
    requestAnimationFrame(() => markRefs.current.get(batchId)?.focus());
  };

  return (
    <section className="panel police-batches" aria-labelledby={headingId}>
      <h2 id={headingId}>{b.title}</h2>
      <p className="hint">{b.intro}</p>
      <div className="police-batches-prepare">
        <button type="button" className="button" disabled={busy} onClick={prepare}>
          {b.prepare}
        </button>
        <span className="hint">{b.prepareHint}</span>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      {!batches && !error ? <Loading /> : null}
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
                {batches.map((batch) => {
                  const label = labelOf(batch);
                  return (
                    <tr key={batch.id}>
                      <th scope="row">
                        <span className="strong">{formatDay(batch.date)}</span>{' '}
                        <span className="muted">{b.number(batch.number)}</span>
                      </th>
                      <td data-label={b.columns.content}>
                        <span>{b.counts(batch.item_count, batch.notice_count)}</span>
                      </td>
                      <td data-label={b.columns.state}>
                        <span className="police-batch-state">
                          <span
                            className={`badge notice-state ${batch.state === 'transmitted' ? 'state-sent' : 'state-queued'}`}
                          >
                            {b.states[batch.state]}
                          </span>
                          <span className="hint">
                            {batch.transmitted
                              ? b.transmittedBy(
                                  batch.transmitted.by?.display_name ?? null,
                                  formatDateTime(batch.transmitted.at),
                                )
                              : b.preparedBy(
                                  batch.prepared.by?.display_name ?? null,
                                  formatDateTime(batch.prepared.at),
                                )}
                          </span>
                        </span>
                      </td>
                      <td data-label={b.columns.files}>
                        <span className="row-actions">
                          {FORMATS.map((format) => (
                            <a
                              key={format}
                              className="button button-small button-secondary"
                              href={policeBatchesApi.exportUrl(batch.id, format)}
                              download
                              aria-label={b.download(format.toUpperCase(), label)}
                            >
                              {format.toUpperCase()}
                            </a>
                          ))}
                        </span>
                      </td>
                      <td data-label={b.columns.actions}>
                        {batch.state === 'prepared' && confirming !== batch.id ? (
                          <span className="row-actions">
                            <button
                              type="button"
                              ref={(el) => {
                                if (el) markRefs.current.set(batch.id, el);
                                else markRefs.current.delete(batch.id);
                              }}
                              className="button button-small"
                              disabled={busy}
                              aria-label={b.markLabel(label)}
                              onClick={() => setConfirming(batch.id)}
                            >
                              {b.markTransmitted}
                            </button>
                          </span>
                        ) : null}
                        {batch.state === 'prepared' && confirming === batch.id ? (
                          <span className="police-batch-confirm">
                            <span id={confirmTextId}>
                              {b.confirmText(batch.notice_count, batch.item_count)}
                            </span>
                            <span className="row-actions">
                              <button
                                type="button"
                                ref={confirmRef}
                                className="button button-small"
                                disabled={busy}
                                aria-label={b.confirmLabel(label)}
                                aria-describedby={confirmTextId}
                                onClick={() => markTransmitted(batch)}
                              >
                                {b.confirm}
                              </button>
                              <button
                                type="button"
                                className="button button-small button-secondary"
                                onClick={() => cancel(batch.id)}
                              >
                                {b.cancel}
                              </button>
                            </span>
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
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
