/**
 * What one capture found, as staff read it: who asked and when, the final address, answer and
 * address contacted, the redirect chain, the page itself (its hashes and a download of its source
 * as text: never rendered), the screenshot, each embedded media with what became of it (kept: a
 * link to it in the media panel; refused or failed: why, in plain words), and what is kept.
 */
import type { Capture, MediaRecord } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CapturedMedia, MediaLink, useWhy } from './capture-media.tsx';
import { useFormatDate } from './workspace-shared.ts';

type Props = {
  capture: Capture;
  /** The item's media, to show the page's hashes (undefined while loading). */
  media: MediaRecord[] | undefined;
};

export function CaptureResult({ capture, media }: Props) {
  const { t, formatDateTime } = useI18n();
  const c = t.capture;
  const formatDate = useFormatDate();
  const why = useWhy();
  const page = capture.page_media_id ? media?.find((m) => m.id === capture.page_media_id) : undefined;
  const ended = capture.finished_at !== null;
  return (
    <div className="capture-result">
      <p className="hint capture-when">
        {capture.requested_by
          ? c.requestedBy(capture.requested_by.display_name, formatDateTime(capture.requested_at))
          : c.requestedBySystem(formatDateTime(capture.requested_at))}
      </p>
      {capture.error ? (
        <div className="message message-error capture-error">
          <p className="strong">{c.error}</p>
          <p>{why(capture.error.code, capture.error.reason)}</p>
        </div>
      ) : null}
      {ended || capture.final_url ? (
        <dl className="facts capture-facts">
          {capture.finished_at ? (
            <>
              <dt>{c.finishedAt}</dt>
              <dd>{formatDateTime(capture.finished_at)}</dd>
            </>
          ) : null}
          {capture.final_url ? (
            <>
              <dt>{c.finalUrl}</dt>
              <dd className="reported-url">{capture.final_url}</dd>
            </>
          ) : null}
          {capture.status !== null ? (
            <>
              <dt>{c.status}</dt>
              <dd>
                <span className="mono">{capture.status}</span>
                {capture.content_type ? <span className="mono"> · {capture.content_type}</span> : null}
              </dd>
            </>
          ) : null}
          {capture.address ? (
            <>
              <dt>{c.address}</dt>
              <dd className="mono wrap-anywhere">{capture.address}</dd>
            </>
          ) : null}
          <dt>{c.retention}</dt>
          <dd>
            {capture.retention.keep === 'hashes_only'
              ? c.hashesOnly
              : c.originalUntil(formatDate(capture.retention.until))}
          </dd>
        </dl>
      ) : null}

      {capture.redirects.length > 0 ? (
        <>
          <h3 className="capture-subtitle">{c.redirects(capture.redirects.length)}</h3>
          <ol className="hop-list">
            {capture.redirects.map((hop, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a chain may pass by the same URL twice
              <li key={index}>
                <span className="reported-url">{hop.url}</span>
                <span className="muted"> — {c.hop(hop.status, hop.address)}</span>
                {hop.location ? (
                  <>
                    {' → '}
                    <span className="reported-url">{hop.location}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}

      {capture.page_media_id ? (
        <>
          <h3 className="capture-subtitle">{c.page}</h3>
          <p className="hint">{c.pageNote}</p>
          {page ? (
            <dl className="facts capture-hashes">
              <dt>SHA-256</dt>
              <dd className="mono wrap-anywhere">{page.sha256}</dd>
              <dt>MD5</dt>
              <dd className="mono wrap-anywhere">{page.md5}</dd>
            </dl>
          ) : null}
          <div className="row-actions">
            {page && page.original_erased_at === null ? (
              <a
                className="button button-small button-secondary"
                href={page.content_url}
                download={`page-${capture.id}.txt`}
              >
                {c.download}
              </a>
            ) : null}
            <MediaLink mediaId={capture.page_media_id} />
          </div>
        </>
      ) : null}

      {capture.screenshot ? (
        <p className="capture-screenshot">
          <span className="strong">
            {c.screenshot}
            {t.workspace.colon}
          </span>
          {c.screenshots[capture.screenshot.outcome]}{' '}
          {capture.screenshot_media_id ? <MediaLink mediaId={capture.screenshot_media_id} /> : null}
        </p>
      ) : null}

      {ended && capture.page_media_id ? <CapturedMedia entries={capture.media} /> : null}

      {capture.response_headers && Object.keys(capture.response_headers).length > 0 ? (
        <details className="capture-headers">
          <summary>{c.headers}</summary>
          <dl className="facts">
            {Object.entries(capture.response_headers).map(([name, value]) => (
              <div key={name} className="header-line">
                <dt className="mono">{name}</dt>
                <dd className="mono wrap-anywhere">{value}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}
