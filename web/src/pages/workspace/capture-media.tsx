/**
 * A capture's links to the media panel (each stored media has an anchor there), the fetcher's codes
 * in plain words, and the list of what became of the media a captured page embedded.
 */
import type { MouseEvent } from 'react';
import type { Capture } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The media panel's entry for a media (media-panel.tsx gives each one this id). */
export const mediaAnchor = (mediaId: string) => `media-${mediaId}`;

/** Moves to the media in the media panel and gives it the focus (keyboard and screen readers follow). */
function goToMedia(event: MouseEvent<HTMLAnchorElement>, mediaId: string) {
  const target = document.getElementById(mediaAnchor(mediaId));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

export function MediaLink({ mediaId }: { mediaId: string }) {
  const { t } = useI18n();
  return (
    <a href={`#${mediaAnchor(mediaId)}`} onClick={(event) => goToMedia(event, mediaId)}>
      {t.capture.seeInMedia}
    </a>
  );
}

/** A fetcher's or evidence's code in plain words; the server's own reason when the code is new. */
export function useWhy(): (code: string | null, reason: string | null) => string {
  const { t } = useI18n();
  return (code, reason) => (code ? t.capture.codes[code] : undefined) ?? reason ?? code ?? '';
}

/** What became of each media the page embedded: kept (a link to it), or refused or failed, and why. */
export function CapturedMedia({ entries }: { entries: Capture['media'] }) {
  const { t } = useI18n();
  const c = t.capture;
  const why = useWhy();
  return (
    <>
      <h3 className="capture-subtitle">{c.embedded(entries.length)}</h3>
      {entries.length === 0 ? <p className="muted">{c.noEmbedded}</p> : null}
      <ul className="captured-media">
        {entries.map((entry, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the page may embed the same URL twice
          <li key={index} className={`captured captured-${entry.outcome}`}>
            <span className={`badge captured-outcome outcome-${entry.outcome}`}>
              {c.outcomes[entry.outcome]}
            </span>
            <span className="reported-url captured-url">{entry.url}</span>
            {entry.outcome === 'stored' && entry.media_id ? (
              <MediaLink mediaId={entry.media_id} />
            ) : entry.code || entry.reason ? (
              <span className="captured-why">{why(entry.code, entry.reason)}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
