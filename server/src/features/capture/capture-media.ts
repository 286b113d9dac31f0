/**
 * The media a captured page embeds (embedded-media.ts finds them): fetched through the safe
 * fetcher a few at a time, at most `limits.maxMedia` of them within `limits.maxMediaBytes` in all,
 * each stored in the evidence store by the type its bytes show, or listed with why not (the
 * fetcher's refusal or failure code and reason, an error status, a format evidence does not keep).
 */
import { AppError } from '../../platform/errors.ts';
import type { FetchOutcome } from '../../platform/fetch/index.ts';
import {
  addCapturedMedia,
  type CaptureOrigin,
  MEDIA_TYPES,
  type StoredType,
  sniffMediaType,
} from '../evidence/index.ts';
import type { CaptureMediaEntry } from './capture.queries.ts';
import type { CaptureContext } from './capture-context.ts';
import { decodeHtml, findEmbeddedMedia } from './embedded-media.ts';
import type { KnownResources } from './screenshot.ts';

/** Embedded media: any image (its real type is read from its bytes) or a kept video type. */
export const MEDIA_ACCEPT = ['image/*', ...MEDIA_TYPES.filter((t) => t.startsWith('video/'))];
/** Embedded media fetched at once. */
const MEDIA_CONCURRENCY = 3;
/** Embedded media listed beyond the limit (as skipped), so a page of thousands stays a short record. */
const MAX_LISTED_SKIPS = 100;

/** Stores an image or a video by the type its bytes show (servers often name it wrongly). */
export async function storeFile(
  ctx: CaptureContext,
  itemId: string,
  bytes: Buffer,
  origin: CaptureOrigin,
): Promise<{ ok: true; mediaId: string; type: StoredType } | { ok: false; code: string; reason: string }> {
  const type = await sniffMediaType(bytes);
  if (!type) {
    return {
      ok: false,
      code: 'unsupported_media',
      reason: `the file is none of the kept formats (${MEDIA_TYPES.join(', ')})`,
    };
  }
  const { mediaId } = await addCapturedMedia(ctx, itemId, { bytes, contentType: type }, origin);
  return { ok: true, mediaId, type };
}

/**
 * Fetches and stores the media the page embeds, at most `limits.maxMedia`, within
 * `limits.maxMediaBytes` in all (each fetch may take only what is left). `known` collects the bytes
 * for the screenshot, so the browser is served what was fetched here rather than asking again.
 */
export async function captureEmbeddedMedia(
  ctx: CaptureContext,
  itemId: string,
  page: Extract<FetchOutcome, { ok: true }>,
  origin: CaptureOrigin,
  known: KnownResources | null,
): Promise<CaptureMediaEntry[]> {
  const urls = findEmbeddedMedia(decodeHtml(page.body, page.contentType), page.finalUrl);
  const fetched = urls.slice(0, ctx.limits.maxMedia);
  const skipped = urls.slice(ctx.limits.maxMedia, ctx.limits.maxMedia + MAX_LISTED_SKIPS);
  let budget = ctx.limits.maxMediaBytes;
  const inFlight = new Set<Promise<void>>();
  const entries: CaptureMediaEntry[] = new Array(fetched.length);
  let next = 0;
  const fetchOne = async (i: number, url: string, reserved: number) => {
    const outcome = await ctx.fetcher.fetch(url, { accept: MEDIA_ACCEPT, maxBytes: reserved });
    budget += reserved - (outcome.ok ? outcome.body.length : 0);
    entries[i] = await keepMedia(ctx, itemId, url, outcome, origin, known);
  };
  const worker = async () => {
    for (let i = next++; i < fetched.length; i = next++) {
      const url = fetched[i] as string;
      // What others reserved may come back: wait for them before calling the budget spent.
      while (budget <= 0 && inFlight.size > 0) await Promise.race(inFlight);
      if (budget <= 0) {
        entries[i] = skip(url, `the capture's ${ctx.limits.maxMediaBytes} bytes for media are used up`);
        continue;
      }
      // Reserved before the fetch, so parallel fetches never take more than the budget together.
      const reserved = Math.min(budget, ctx.limits.maxBytesPerMedia);
      budget -= reserved;
      const run = fetchOne(i, url, reserved);
      inFlight.add(run);
      try {
        await run;
      } finally {
        inFlight.delete(run);
      }
    }
  };
  await Promise.all(Array.from({ length: MEDIA_CONCURRENCY }, worker));
  return [
    ...entries,
    ...skipped.map((url) => skip(url, `more than ${ctx.limits.maxMedia} media in the page`)),
  ];
}

const skip = (url: string, reason: string): CaptureMediaEntry => ({
  url,
  mediaId: null,
  outcome: 'skipped',
  code: 'limit',
  reason,
});

async function keepMedia(
  ctx: CaptureContext,
  itemId: string,
  url: string,
  outcome: FetchOutcome,
  origin: CaptureOrigin,
  known: KnownResources | null,
): Promise<CaptureMediaEntry> {
  const entry = { url, mediaId: null };
  if (!outcome.ok) {
    return {
      ...entry,
      outcome: outcome.refused ? 'refused' : 'failed',
      code: outcome.code,
      reason: outcome.reason,
    };
  }
  if (outcome.status < 200 || outcome.status > 299) {
    return {
      ...entry,
      outcome: 'failed',
      code: 'http_status',
      reason: `the server answered ${outcome.status}`,
    };
  }
  try {
    const stored = await storeFile(ctx, itemId, outcome.body, origin);
    if (!stored.ok) return { ...entry, outcome: 'refused', code: stored.code, reason: stored.reason };
    known?.set(url, { body: outcome.body, contentType: stored.type });
    return { ...entry, mediaId: stored.mediaId, outcome: 'stored', code: null, reason: null };
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    return { ...entry, outcome: 'failed', code: error.code, reason: error.message };
  }
}
