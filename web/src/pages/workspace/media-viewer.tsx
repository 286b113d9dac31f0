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
import {
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import type { MediaRecord } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session.tsx';
import { recordExposure } from '../../shell/exposure-outbox.ts';

type Mode = 'blurred' | 'revealed' | 'selecting' | 'region';
/** A rectangle in fractions of the shown image (0–1), whatever size it is displayed at. */
type Rect = { left: number; top: number; right: number; bottom: number };

/** The keyboard's starting region: the centre quarter. Arrows move it, Shift + arrows resize it. */
const CENTRE: Rect = { left: 0.25, top: 0.25, right: 0.75, bottom: 0.75 };
const KEY_STEP = 0.05;
/** A click without a drag is not a region (smaller than 2 % of a side). */
const MIN_SIDE = 0.02;

const clamp = (n: number) => Math.min(1, Math.max(0, n));
const percent = (n: number) => `${(n * 100).toFixed(2)}%`;

function between(a: { x: number; y: number }, b: { x: number; y: number }): Rect {
  return {
    left: Math.min(a.x, b.x),
    top: Math.min(a.y, b.y),
    right: Math.max(a.x, b.x),
    bottom: Math.max(a.y, b.y),
  };
}

function moved(r: Rect, dx: number, dy: number, resize: boolean): Rect {
  if (resize) {
    return {
      ...r,
      right: Math.max(r.left + KEY_STEP, clamp(r.right + dx)),
      bottom: Math.max(r.top + KEY_STEP, clamp(r.bottom + dy)),
    };
  }
  const x = Math.min(1 - r.right, Math.max(-r.left, dx));
  const y = Math.min(1 - r.bottom, Math.max(-r.top, dy));
  return { left: r.left + x, top: r.top + y, right: r.right + x, bottom: r.bottom + y };
}

const clipTo = (r: Rect): CSSProperties => ({
  clipPath: `inset(${percent(r.top)} ${percent(1 - r.right)} ${percent(1 - r.bottom)} ${percent(r.left)})`,
});

const boxOf = (r: Rect): CSSProperties => ({
  left: percent(r.left),
  top: percent(r.top),
  width: percent(r.right - r.left),
  height: percent(r.bottom - r.top),
});

const ARROWS: Record<string, [number, number] | undefined> = {
  ArrowLeft: [-KEY_STEP, 0],
  ArrowRight: [KEY_STEP, 0],
  ArrowUp: [0, -KEY_STEP],
  ArrowDown: [0, KEY_STEP],
};

/**
 * The clock of one reveal: started when media is shown, stopped (and sent) when it is hidden. The
 * start time is cleared before sending, so stopping twice (button, then unmount) sends one record.
 */
function useExposure(itemId: string) {
  const { staff } = useSignedIn();
  const since = useRef<number | null>(null);
  const start = useCallback(() => {
    since.current ??= performance.now();
  }, []);
  const stop = useCallback(() => {
    const began = since.current;
    if (began === null) return;
    since.current = null;
    recordExposure(staff.id, itemId, performance.now() - began);
  }, [staff.id, itemId]);
  return { start, stop };
}

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
  const [mode, setMode] = useState<Mode>('blurred');
  /** Whether the original is in the page: only after a reveal, dropped again on blur. */
  const [original, setOriginal] = useState(false);
  const [rect, setRect] = useState<Rect | null>(null);
  const [previewFailed, setPreviewFailed] = useState(false);
  const dragFrom = useRef<{ x: number; y: number } | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const { start, stop } = useExposure(itemId);
  const hintId = useId();
  // Images and screenshots have a blurred preview; videos and pages have none.
  const previewUrl = media.preview_url;

  const blur = useCallback(() => {
    stop();
    dragFrom.current = null;
    setMode('blurred');
    setOriginal(false);
    setRect(null);
  }, [stop]);

  const reveal = () => {
    start();
    setOriginal(true);
    setMode('revealed');
  };

  /** Choosing a region shows the blurred image again: that ends the current exposure. */
  const chooseRegion = (keepRect = false) => {
    stop();
    if (!keepRect) setRect(null);
    setMode('selecting');
  };

  const revealRegion = (region: Rect) => {
    start();
    setOriginal(true);
    setRect(region);
    setMode('region');
  };

  // Moving on blurs: leaving the item or the page (unmount, item change) or the tab (hidden).
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') blur();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      blur();
    };
  }, [blur]);

  useEffect(() => {
    if (mode === 'selecting') stage.current?.focus();
  }, [mode]);

  const pointOf = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: clamp((event.clientX - box.left) / box.width),
      y: clamp((event.clientY - box.top) / box.height),
    };
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    if (mode === 'region') chooseRegion();
    const from = pointOf(event);
    dragFrom.current = from;
    setRect(between(from, from));
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragFrom.current) setRect(between(dragFrom.current, pointOf(event)));
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const from = dragFrom.current;
    if (!from) return;
    dragFrom.current = null;
    const region = between(from, pointOf(event));
    if (region.right - region.left < MIN_SIDE || region.bottom - region.top < MIN_SIDE) setRect(null);
    else revealRegion(region);
  };

  const onPointerCancel = () => {
    dragFrom.current = null;
    setRect(null);
  };

  const onStageKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      if (mode === 'region') chooseRegion(true);
      setRect((r) => moved(r ?? CENTRE, arrow[0], arrow[1], event.shiftKey));
    } else if (event.key === 'Enter' && mode === 'selecting') {
      event.preventDefault();
      revealRegion(rect ?? CENTRE);
    }
  };

  /** Escape anywhere in the viewer: cancels a region being chosen, hides what is revealed. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || mode === 'blurred') return;
    event.preventDefault();
    blur();
  };

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
                onPointerDown,
                onPointerMove,
                onPointerUp,
                onPointerCancel,
                onKeyDown: onStageKey,
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
