/**
 * What one media viewer shows and how the analyst moves between its modes: blurred, revealed whole,
 * choosing a region (drag, or arrows and Shift + arrows then Enter), a region revealed. Every reveal
 * starts the exposure clock and every return to the blurred image stops it; moving on (another item
 * or page, another tab) blurs. Escape anywhere in the viewer hides what is revealed.
 */
import { type KeyboardEvent, type PointerEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ARROWS, between, CENTRE, clamp, MIN_SIDE, type Mode, moved, type Rect } from './media-geometry.ts';
import { useExposure } from './use-exposure.ts';

export function useMediaReveal(itemId: string) {
  const [mode, setMode] = useState<Mode>('blurred');
  /** Whether the original is in the page: only after a reveal, dropped again on blur. */
  const [original, setOriginal] = useState(false);
  const [rect, setRect] = useState<Rect | null>(null);
  const dragFrom = useRef<{ x: number; y: number } | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const { start, stop } = useExposure(itemId);

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

  return {
    mode,
    original,
    rect,
    stage,
    blur,
    reveal,
    chooseRegion,
    onKeyDown,
    stageHandlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onKeyDown: onStageKey },
  };
}
