/**
 * One evidence media in the media panel: the viewer (blurred first, media-viewer.tsx) or, for a
 * captured page, a download of its source as text, for those who handle media; what it is, who
 * added it and when, its hashes; deletion with a confirmation for supervisors.
 */
import { useCallback } from 'react';
import type { MediaRecord } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { mediaAnchor } from './capture-media.tsx';
import { MediaViewer } from './media-viewer.tsx';

type Props = {
  itemId: string;
  record: MediaRecord;
  /** What names it: its file name, else the address it was captured from, else when it was added. */
  name: string;
  /** The address a capture fetched it from, when it was captured. */
  source: string | undefined;
  handling: boolean;
  deleting: boolean;
  /** Something is under way in the panel: no second action meanwhile. */
  busy: boolean;
  /** Its deletion is being confirmed. */
  confirming: boolean;
  onConfirm(): void;
  onCancel(): void;
  onDelete(): void;
};

export function MediaEntry(props: Props) {
  const { itemId, record, name, source, handling, deleting, busy, confirming } = props;
  const { onConfirm, onCancel, onDelete } = props;
  const { t } = useI18n();
  const m = t.workspace.media;
  return (
    <li key={record.id} className="media-item" id={mediaAnchor(record.id)} tabIndex={-1}>
      {handling && record.kind === 'page' ? (
        <div className="media-page">
          <p className="hint">{m.pageSource}</p>
          {record.original_erased_at === null ? (
            <a
              className="button button-small button-secondary"
              href={record.content_url}
              download={`${name}.txt`}
            >
              {m.downloadSource}
            </a>
          ) : null}
        </div>
      ) : handling ? (
        <MediaViewer
          itemId={itemId}
          media={record}
          name={name}
          revealable={record.original_erased_at === null}
        />
      ) : null}
      <MediaFacts record={record} source={source} />
      {deleting && !confirming ? (
        <button
          type="button"
          className="button button-small button-quiet-dark"
          disabled={busy}
          onClick={onConfirm}
        >
          {m.delete}
        </button>
      ) : null}
      {deleting && confirming ? (
        <div className="message message-warn" role="alert">
          <p>{m.deleteConfirm(name)}</p>
          <div className="row-actions">
            <button type="button" className="button button-small" disabled={busy} onClick={onDelete}>
              {m.deleteYes}
            </button>
            <button type="button" className="button button-small button-secondary" onClick={onCancel}>
              {m.cancel}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

function useByteSize() {
  const { language } = useI18n();
  return useCallback(
    (bytes: number) => {
      const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
      const [value, unit] =
        bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes, 1) / 1000, 'kilobyte'];
      return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
    },
    [language],
  );
}

function MediaFacts({ record, source }: { record: MediaRecord; source: string | undefined }) {
  const { t, formatDateTime } = useI18n();
  const m = t.workspace.media;
  const byteSize = useByteSize();
  return (
    <>
      <dl className="facts media-facts">
        <dt>{m.fileName}</dt>
        <dd className="media-file-name">
          {record.file_name ??
            (source !== undefined ? (
              <span className="reported-url">{source}</span>
            ) : (
              <span className="muted">{m.noFileName}</span>
            ))}
        </dd>
        <dt>{m.kind}</dt>
        <dd>
          {m.kinds[record.kind]} · <span className="mono">{record.content_type}</span>
        </dd>
        <dt>{m.size}</dt>
        <dd>
          {byteSize(record.byte_size)}
          {record.width !== null && record.height !== null
            ? ` · ${m.dimensions(record.width, record.height)}`
            : null}
        </dd>
        <dt>{m.addedOn}</dt>
        <dd>{m.addedBy(record.added_by?.display_name ?? m.formerStaff, formatDateTime(record.added_at))}</dd>
        <dt>{m.origin}</dt>
        <dd>
          {m.origins[record.origin]}
          {record.original_erased_at ? ` · ${m.erasedOn(formatDateTime(record.original_erased_at))}` : null}
        </dd>
      </dl>
      <details className="media-hashes">
        <summary>{m.hashes}</summary>
        <dl className="facts">
          <dt>SHA-256</dt>
          <dd className="mono">{record.sha256}</dd>
          <dt>MD5</dt>
          <dd className="mono">{record.md5}</dd>
          {record.pdq !== null ? (
            <>
              <dt>PDQ</dt>
              <dd>
                <span className="mono">{record.pdq}</span>
                {record.pdq_quality !== null ? (
                  <span className="muted"> · {m.pdqQuality(record.pdq_quality)}</span>
                ) : null}
              </dd>
            </>
          ) : null}
        </dl>
      </details>
    </>
  );
}
