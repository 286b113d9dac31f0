/**
 * One evidence file, safe by default. An image shows the server's blurred greyscale preview (blurred
 * and greyed again here, belt and braces); a video shows a neutral placeholder. The original is not
 * even requested until the analyst reveals it, whole or only a rectangle of it; a video plays muted.
 * It blurs again when the analyst moves on (another item or page, another tab), and the time it
 * stayed revealed is sent as exposure (wellbeing), so the header can suggest a break.
 *
 * Geometry is set through React's style prop: that is the CSS object model, which the app's
 * Content-Security-Policy (`style-src 'self'`, no inline style attributes) allows.
 */
import { useId, useState } from 'react';
import type { MediaRecord } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { boxOf, clipTo } from './media-geometry.ts';
import { useMediaReveal } from './use-media-reveal.ts';

/** React sets `muted` as a property only sometimes: set both, so the player starts silent. */
function mute(video: HTMLVideoElement | null) {
  if (!video) return;
  video.defaultMuted = true;
  video.muted = true;
  video.setAttribute('muted', '');
}

/** revealable: false when the original is gone (retention): the blurred preview is all there is. */
type Props = { itemId: string; media: MediaRecord; name: string; revealable?: boolean };

export function MediaViewer({ itemId, media, name, revealable = true }: Props) {
  const { t } = useI18n();
  const m = t.workspace.media;
  const { mode, original, rect, stage, blur, reveal, chooseRegion, onKeyDown, stageHandlers } =
    useMediaReveal(itemId);
  const [previewFailed, setPreviewFailed] = useState(false);
  const hintId = useId();
  // Images and screenshots have a blurred preview; videos and pages have none.
  const previewUrl = media.preview_url;

  const choosing = mode === 'selecting' || mode === 'region';
  const stateLabel = {
    blurred: m.stateBlurred,
    revealed: m.stateRevealed,
    selecting: m.stateSelecting,
    region: m.stateRegion,
  }[mode];

  return (
    <figure className={`media-viewer media-viewer-${mode}`} aria-label={name} onKeyDown={onKeyDown}>
      {previewUrl !== null ? (
        <div
          ref={stage}
          className={`media-stage media-stage-${mode}`}
          {...(choosing
            ? {
                role: 'application',
                tabIndex: 0,
                'aria-label': m.regionArea(name),
                'aria-describedby': hintId,
                ...stageHandlers,
              }
            : {})}
        >
          <img
            className="media-preview"
            src={previewUrl}
            alt={m.blurredAlt(name)}
            width={media.width ?? undefined}
            height={media.height ?? undefined}
            draggable={false}
            onError={() => setPreviewFailed(true)}
          />
          {original ? (
            <img
              className={`media-original media-original-${mode}`}
              src={media.content_url}
              alt={mode === 'region' ? m.regionAlt(name) : m.originalAlt(name)}
              draggable={false}
              style={mode === 'region' && rect ? clipTo(rect) : undefined}
            />
          ) : null}
          {choosing && rect ? (
            <div
              className={mode === 'region' ? 'media-selection media-selection-shown' : 'media-selection'}
              style={boxOf(rect)}
              aria-hidden="true"
            />
          ) : null}
        </div>
      ) : mode === 'revealed' ? (
        <video
          ref={mute}
          className="media-video"
          src={media.content_url}
          controls
          muted
          preload="metadata"
          playsInline
          disablePictureInPicture
          aria-label={m.videoLabel(name)}
        />
      ) : (
        <div className="media-placeholder">
          <p>{m.videoHidden}</p>
        </div>
      )}

      {revealable ? (
        <div className="media-actions">
          <button
            type="button"
            className="button button-small button-secondary"
            aria-pressed={mode === 'revealed'}
            onClick={mode === 'revealed' ? blur : reveal}
          >
            {m.reveal}
          </button>
          {previewUrl !== null ? (
            <button
              type="button"
              className="button button-small button-secondary"
              aria-pressed={choosing}
              onClick={choosing ? blur : () => chooseRegion()}
            >
              {m.revealRegion}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={mode === 'blurred'}
            onClick={blur}
          >
            {m.blurAgain}
          </button>
          <span className="media-state">{stateLabel}</span>
        </div>
      ) : (
        <p className="hint">{m.originalGone}</p>
      )}
      {previewFailed ? <p className="hint">{m.previewMissing}</p> : null}
      {choosing ? (
        <p className="hint" id={hintId}>
          {m.regionHint}
        </p>
      ) : null}
    </figure>
  );
}
