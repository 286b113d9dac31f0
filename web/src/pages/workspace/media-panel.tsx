/**
 * The item's evidence media: what was attached, by whom and when, with its hashes; an upload for the
 * people who qualify content, and deletion for supervisors. Only those who qualify see the media
 * themselves (always blurred first, media-viewer.tsx); other roles get the list and never request a
 * preview or a file.
 */
import { type ChangeEvent, useCallback, useEffect, useId, useState } from 'react';
import { captureApi } from '../../api/capture-endpoints.ts';
import { ApiError } from '../../api/client.ts';
import type { Capture, MediaRecord, MediaType } from '../../api/types.ts';
import { mediaApi } from '../../api/workspace-endpoints.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage } from '../../ui.tsx';
import { mediaAnchor } from './capture-result.tsx';
import { MediaViewer } from './media-viewer.tsx';
import { useStatus, workspaceError } from './workspace-shared.ts';

/** The types the server takes; anything else is refused before sending. Typed: a new one fails here. */
const ACCEPTED: string[] = Object.keys({
  'image/jpeg': true,
  'image/png': true,
  'image/webp': true,
  'image/gif': true,
  'video/mp4': true,
  'video/webm': true,
} satisfies Record<MediaType, true>);

/** Sizes and status codes have a sentence even when the refusal comes from the HTTP layer itself. */
function mediaError(err: unknown, t: Messages): string {
  const e = t.workspace.errors;
  if (err instanceof ApiError && !e[err.code]) {
    if (err.status === 413) return e['media.too_large'] ?? workspaceError(err, t);
    if (err.status === 415) return e['media.unsupported_type'] ?? workspaceError(err, t);
  }
  return workspaceError(err, t);
}

/** media id → the address a capture fetched it from (the page and its screenshot: the final address). */
function capturedFrom(captures: Capture[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const capture of captures) {
    const page = capture.final_url ?? capture.url;
    if (capture.page_media_id) sources.set(capture.page_media_id, page);
    if (capture.screenshot_media_id) sources.set(capture.screenshot_media_id, page);
    for (const entry of capture.media) if (entry.media_id) sources.set(entry.media_id, entry.url);
  }
  return sources;
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

/**
 * onChanged: after an upload or a deletion (the page's history gains a line). refresh: changes when
 * something else added media (a capture that ended), so the list is read again.
 */
type Props = { itemId: string; refresh?: number; onChanged(): void; onSessionError(err: unknown): boolean };

export function MediaPanel({ itemId, refresh = 0, onChanged, onSessionError }: Props) {
  const { t, formatDateTime } = useI18n();
  const m = t.workspace.media;
  const { staff } = useSignedIn();
  // One capability: whoever may receive evidence may also attach it (the server's rule).
  const handling = can(staff, 'handle_media');
  const deleting = can(staff, 'delete_media');
  const byteSize = useByteSize();
  const inputId = useId();
  const hintId = useId();
  const [media, setMedia] = useState<MediaRecord[]>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useStatus();
  const [busy, setBusy] = useState<'upload' | 'delete'>();
  /** The fraction of the file sent so far, while uploading. */
  const [progress, setProgress] = useState(0);
  const [confirming, setConfirming] = useState<string>();
  /** Where each captured media was fetched from, by media id. */
  const [sources, setSources] = useState<Map<string, string>>(new Map());

  const fail = useCallback(
    (err: unknown) => {
      if (!onSessionError(err)) setError(mediaError(err, t));
    },
    [onSessionError, t],
  );

  const load = useCallback(() => {
    mediaApi.list(itemId).then((list) => {
      setMedia(list.media);
      // A captured media has no file name: the address it was fetched from names it.
      if (list.media.some((record) => record.origin === 'capture')) {
        captureApi.list(itemId).then((found) => setSources(capturedFrom(found.captures)), fail);
      }
    }, fail);
  }, [itemId, fail]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the item changes or media were added elsewhere, not when the handler's identity does
  useEffect(load, [itemId, refresh]);

  const nameOf = (record: MediaRecord) =>
    record.file_name ?? sources.get(record.id) ?? m.untitled(formatDateTime(record.added_at));

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(undefined);
    setStatus(undefined);
    if (!ACCEPTED.includes(file.type)) {
      setError(t.workspace.errors['media.unsupported_type']);
      input.value = '';
      return;
    }
    setBusy('upload');
    setProgress(0);
    try {
      const added = await mediaApi.upload(itemId, file, setProgress);
      setStatus((say) => say.workspace.media.uploaded(added.file_name ?? file.name));
      load();
      onChanged();
    } catch (err) {
      fail(err);
    } finally {
      input.value = '';
      setBusy(undefined);
    }
  };

  const remove = async (record: MediaRecord) => {
    setError(undefined);
    setBusy('delete');
    try {
      await mediaApi.delete(record.id);
      setConfirming(undefined);
      setStatus((say) => say.workspace.media.deleted);
      load();
      onChanged();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="panel media-panel" aria-labelledby="media-title">
      <h2 id="media-title">
        {m.title}
        {media?.length ? <span className="count"> · {m.count(media.length)}</span> : null}
      </h2>
      <p className="hint">{handling ? m.intro : m.notForRole}</p>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>

      {media === undefined ? (
        error ? null : (
          <Loading />
        )
      ) : media.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <ul className="media-list">
          {media.map((record) => (
            <li key={record.id} className="media-item" id={mediaAnchor(record.id)} tabIndex={-1}>
              {handling && record.kind === 'page' ? (
                <div className="media-page">
                  <p className="hint">{m.pageSource}</p>
                  {record.original_erased_at === null ? (
                    <a
                      className="button button-small button-secondary"
                      href={record.content_url}
                      download={`${nameOf(record)}.txt`}
                    >
                      {m.downloadSource}
                    </a>
                  ) : null}
                </div>
              ) : handling ? (
                <MediaViewer
                  itemId={itemId}
                  media={record}
                  name={nameOf(record)}
                  revealable={record.original_erased_at === null}
                />
              ) : null}
              <dl className="facts media-facts">
                <dt>{m.fileName}</dt>
                <dd className="media-file-name">
                  {record.file_name ??
                    (sources.has(record.id) ? (
                      <span className="reported-url">{sources.get(record.id)}</span>
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
                <dd>
                  {m.addedBy(record.added_by?.display_name ?? m.formerStaff, formatDateTime(record.added_at))}
                </dd>
                <dt>{m.origin}</dt>
                <dd>
                  {m.origins[record.origin]}
                  {record.original_erased_at
                    ? ` · ${m.erasedOn(formatDateTime(record.original_erased_at))}`
                    : null}
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
              {deleting && confirming !== record.id ? (
                <button
                  type="button"
                  className="button button-small button-quiet-dark"
                  disabled={busy !== undefined}
                  onClick={() => setConfirming(record.id)}
                >
                  {m.delete}
                </button>
              ) : null}
              {deleting && confirming === record.id ? (
                <div className="message message-warn" role="alert">
                  <p>{m.deleteConfirm(nameOf(record))}</p>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button-small"
                      disabled={busy !== undefined}
                      onClick={() => remove(record)}
                    >
                      {m.deleteYes}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      onClick={() => setConfirming(undefined)}
                    >
                      {m.cancel}
                    </button>
                  </div>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {handling ? (
        <div className="field media-upload">
          <label htmlFor={inputId}>{m.add}</label>
          <div className="hint" id={hintId}>
            {m.addHint}
          </div>
          <input
            id={inputId}
            type="file"
            accept={ACCEPTED.join(',')}
            disabled={busy !== undefined}
            aria-describedby={hintId}
            onChange={upload}
          />
          {busy === 'upload' ? (
            <div className="media-progress">
              <progress value={progress} max={1} aria-label={m.uploading} />
              <span role="status">{m.uploadingPercent(Math.round(progress * 100))}</span>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
