/**
 * What the pack in force keeps of a captured item and whether it may be rendered, decided by the
 * item's current category (assessed if assessed, else the reported one): read when the capture
 * runs, when the API shows it, and again by the retention job, so an item re-qualified into a
 * hashes-only category loses its originals at the next run.
 */
import { pack } from '../../jurisdictions/index.ts';
import { type CapturePolicy, capturePolicyOf } from '../../jurisdictions/jurisdiction.ts';
import type { Capture } from './capture.schemas.ts';

const DAY_MS = 86_400_000;

export const capturePolicyFor = (categoryId: string): CapturePolicy => capturePolicyOf(pack, categoryId);

/** When a capture's originals stop being kept; null for hashes only (never kept). */
export function originalKeptUntil(policy: CapturePolicy, requestedAt: Date): Date | null {
  if (policy.keep === 'hashes_only') return null;
  return new Date(requestedAt.getTime() + policy.keep.originalDays * DAY_MS);
}

/** The API's retention field. */
export function retentionOf(policy: CapturePolicy, requestedAt: Date): Capture['retention'] {
  const until = originalKeptUntil(policy, requestedAt);
  return until ? { keep: 'original', until: until.toISOString() } : { keep: 'hashes_only' };
}

/** Why an original captured at `requestedAt` must go by `now`, or null while it may stay. */
export function originalExpiry(policy: CapturePolicy, requestedAt: Date, now: Date): string | null {
  const until = originalKeptUntil(policy, requestedAt);
  if (!until) return 'hashes_only';
  return until.getTime() <= now.getTime() ? 'retention_ended' : null;
}
