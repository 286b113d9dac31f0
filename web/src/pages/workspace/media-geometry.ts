/**
 * The geometry of revealing a region of an image: a rectangle in fractions of the shown image (0–1,
 * whatever size it is displayed at), made by a drag or moved and resized by the keyboard, and the
 * CSS that clips the original to it or draws it.
 */
import type { CSSProperties } from 'react';

export type Mode = 'blurred' | 'revealed' | 'selecting' | 'region';
/** A rectangle in fractions of the shown image (0–1), whatever size it is displayed at. */
export type Rect = { left: number; top: number; right: number; bottom: number };

/** The keyboard's starting region: the centre quarter. Arrows move it, Shift + arrows resize it. */
export const CENTRE: Rect = { left: 0.25, top: 0.25, right: 0.75, bottom: 0.75 };
const KEY_STEP = 0.05;
/** A click without a drag is not a region (smaller than 2 % of a side). */
export const MIN_SIDE = 0.02;

export const clamp = (n: number) => Math.min(1, Math.max(0, n));
const percent = (n: number) => `${(n * 100).toFixed(2)}%`;

export function between(a: { x: number; y: number }, b: { x: number; y: number }): Rect {
  return {
    left: Math.min(a.x, b.x),
    top: Math.min(a.y, b.y),
    right: Math.max(a.x, b.x),
    bottom: Math.max(a.y, b.y),
  };
}

export function moved(r: Rect, dx: number, dy: number, resize: boolean): Rect {
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

export const clipTo = (r: Rect): CSSProperties => ({
  clipPath: `inset(${percent(r.top)} ${percent(1 - r.right)} ${percent(1 - r.bottom)} ${percent(r.left)})`,
});

export const boxOf = (r: Rect): CSSProperties => ({
  left: percent(r.left),
  top: percent(r.top),
  width: percent(r.right - r.left),
  height: percent(r.bottom - r.top),
});

export const ARROWS: Record<string, [number, number] | undefined> = {
  ArrowLeft: [-KEY_STEP, 0],
  ArrowRight: [KEY_STEP, 0],
  ArrowUp: [0, -KEY_STEP],
  ArrowDown: [0, KEY_STEP],
};
