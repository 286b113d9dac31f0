/**
 * One police portal batch: its date and number, what it holds, its state (prepared, or transmitted by
 * whom and when), its files (plain links the browser downloads, each download audited by the server),
 * and "mark transmitted" behind a confirmation that says what it records.
 */
import { useEffect, useId, useRef } from 'react';
import { policeBatchesApi } from '../../api/notices-endpoints.ts';
import type { PoliceBatchFormat, PoliceBatchView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const FORMATS: readonly PoliceBatchFormat[] = ['csv', 'json'];

export function PoliceBatchRow(props: {
  batch: PoliceBatchView;
  label: string;
  day: string;
  busy: boolean;
  confirming: boolean;
  onConfirming(open: boolean): void;
  onTransmitted(): void;
}) {
  const { t, formatDateTime } = useI18n();
  const b = t.notices.batches;
  const { batch, label } = props;
  const confirmTextId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const markRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Into the confirmation when it opens; back to the button that opened it when it closes.
    if (props.confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) markRef.current?.focus();
    wasConfirming.current = props.confirming;
  }, [props.confirming]);

  return (
    <tr>
      <th scope="row">
        <span className="strong">{props.day}</span> <span className="muted">{b.number(batch.number)}</span>
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
              : b.preparedBy(batch.prepared.by?.display_name ?? null, formatDateTime(batch.prepared.at))}
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
        {batch.state === 'prepared' && !props.confirming ? (
          <span className="row-actions">
            <button
              type="button"
              ref={markRef}
              className="button button-small"
              disabled={props.busy}
              aria-label={b.markLabel(label)}
              onClick={() => props.onConfirming(true)}
            >
              {b.markTransmitted}
            </button>
          </span>
        ) : null}
        {batch.state === 'prepared' && props.confirming ? (
          <span className="police-batch-confirm">
            <span id={confirmTextId}>{b.confirmText(batch.notice_count, batch.item_count)}</span>
            <span className="row-actions">
              <button
                type="button"
                ref={confirmRef}
                className="button button-small"
                disabled={props.busy}
                aria-label={b.confirmLabel(label)}
                aria-describedby={confirmTextId}
                onClick={props.onTransmitted}
              >
                {b.confirm}
              </button>
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => props.onConfirming(false)}
              >
                {b.cancel}
              </button>
            </span>
          </span>
        ) : null}
      </td>
    </tr>
  );
}
