/**
 * Running one capture: fetch the item's URL through the safe fetcher, keep what it got in the
 * evidence store (the page, or the file when the URL is an image or a video), fetch and keep the
 * media the page embeds, render a screenshot when the pack allows it for the item's category, and
 * record it all with its audit event. Idempotent: evidence keeps bytes once per item, and a result
 * is written only by the attempt that holds the capture, so a retried or re-run capture repeats no
 * record and no event.
 *
 * What fails is recorded, never thrown: a refusal or a failure of the fetcher (with its code and
 * reason), a 4xx page (evidence that the content is gone: recorded, nothing stored), each embedded
 * media refused or failed. A transient failure — the network, a time-out, 429/502/503/504 — queues
 * the capture again with back-off until MAX_ATTEMPTS.
 */

import { AppError } from '../../platform/errors.ts';
import type { FailureCode, FetchOutcome, SafeFetcher } from '../../platform/fetch/index.ts';
import {
  addCapturedMedia,
  type CaptureOrigin,
  MEDIA_TYPES,
  PAGE_TYPES,
  type StoredType,
  sniffMediaType,
  type UploadContext,
} from '../evidence/index.ts';
import type { CaptureMediaEntry, CaptureResult, DueCapture } from './capture.queries.ts';
import { findItemCategory } from './capture.queries.ts';
import { capturePolicyFor } from './capture-policy.ts';
import { recordCapture } from './capture-record.ts';
import { decodeHtml, findEmbeddedMedia } from './embedded-media.ts';
import type { KnownResources, ScreenshotTaker } from './screenshot.ts';

export type CaptureContext = UploadContext & {
  fetcher: SafeFetcher;
  screenshots: ScreenshotTaker;
  /** Embedded media per capture; their bytes in all; the bytes of one (the fetcher's own limit). */
  limits: { maxMedia: number; maxMediaBytes: number; maxBytesPerMedia: number };
};

/** Attempts of one capture before a transient failure becomes final. */
export const MAX_ATTEMPTS = 4;
/** Wait after the n-th failed attempt: 1, 4, then 16 minutes. */
export const retryDelayMs = (attempt: number) => 60_000 * 4 ** Math.max(0, attempt - 1);

/** Fetcher failures worth another try later: the name, the network or the server may recover. */
export const TRANSIENT_FAILURES = [
  'dns_timeout',
  'dns_error',
  'connect_refused',
  'unreachable',
  'connection_reset',
  'timeout',
] as const satisfies readonly FailureCode[];
/** Answers that say "not now" rather than "not here". */
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

/** What the item's URL may be: a page, or itself an image or a video evidence can keep. */
const PAGE_ACCEPT = [...PAGE_TYPES, 'image/*', ...MEDIA_TYPES.filter((t) => t.startsWith('video/'))];
/** Embedded media: any image (its real type is read from its bytes) or a kept video type. */
const MEDIA_ACCEPT = ['image/*', ...MEDIA_TYPES.filter((t) => t.startsWith('video/'))];
/** Embedded media fetched at once. */
const MEDIA_CONCURRENCY = 3;
/** Embedded media listed beyond the limit (as skipped), so a page of thousands stays a short record. */
const MAX_LISTED_SKIPS = 100;

/** Headers not kept: a session the site gave the fetcher is not evidence of the content. */
const UNKEPT_HEADERS = new Set(['set-cookie', 'set-cookie2']);

export const emptyResult = (): CaptureResult => ({
  finalUrl: null,
  status: null,
  contentType: null,
  redirects: [],
  responseHeaders: null,
  address: null,
  pageMediaId: null,
  screenshotMediaId: null,
  screenshotOutcome: null,
  screenshotReason: null,
  errorCode: null,
  errorReason: null,
});

/** Runs one capture that takeDueCaptures handed over, and records its result. */
export async function runCapture(ctx: CaptureContext, due: DueCapture, now = new Date()): Promise<void> {
  const category = await findItemCategory(ctx.db, due.itemId);
  // The item is gone, and its captures with it.
  if (category === null) return;
  const policy = capturePolicyFor(category);
  const origin: CaptureOrigin = {
    captureId: due.id,
    requestedBy: due.requestedBy,
    keepOriginal: policy.keep !== 'hashes_only',
  };
  const fetched = await ctx.fetcher.fetch(due.url, { accept: PAGE_ACCEPT });
  const result = { ...emptyResult(), redirects: fetched.redirects };
  const retry = (code: string, reason: string) =>
    recordCapture(ctx, due, retryOrFail(due, now), { ...result, errorCode: code, errorReason: reason }, []);

  if (!fetched.ok) {
    const transient = !fetched.refused && (TRANSIENT_FAILURES as readonly string[]).includes(fetched.code);
    if (transient) return retry(fetched.code, fetched.reason);
    return recordCapture(
      ctx,
      due,
      { state: 'failed' },
      { ...result, errorCode: fetched.code, errorReason: fetched.reason },
      [],
    );
  }
  Object.assign(result, describeAnswer(fetched));
  if (fetched.status < 200 || fetched.status > 299) {
    if (TRANSIENT_STATUSES.has(fetched.status))
      return retry('http_status', `the server answered ${fetched.status}`);
    // A 404 or a 410 is evidence that the content is gone: recorded, nothing stored.
    const noShot = {
      screenshotOutcome: 'not_applicable' as const,
      screenshotReason: `the page answered ${fetched.status}`,
    };
    return recordCapture(ctx, due, { state: 'done' }, { ...result, ...noShot }, []);
  }
  const type = essence(fetched.contentType);
  try {
    if (isPageType(type)) {
      const page = await addCapturedMedia(
        ctx,
        due.itemId,
        { bytes: fetched.body, contentType: type },
        origin,
      );
      result.pageMediaId = page.mediaId;
      const known: KnownResources = new Map();
      const media = await captureEmbeddedMedia(
        ctx,
        due.itemId,
        fetched,
        origin,
        policy.screenshot ? known : null,
      );
      Object.assign(
        result,
        await takeScreenshot(ctx, due, fetched, type, origin, policy.screenshot, category, known),
      );
      return recordCapture(ctx, due, { state: 'done' }, result, media);
    }
    const stored = await storeFile(ctx, due.itemId, fetched.body, origin);
    if (!stored.ok) {
      return recordCapture(
        ctx,
        due,
        { state: 'failed' },
        { ...result, errorCode: stored.code, errorReason: stored.reason },
        [],
      );
    }
    result.pageMediaId = stored.mediaId;
    result.screenshotOutcome = 'not_applicable';
    result.screenshotReason = 'the URL is itself an image or a video';
    return recordCapture(ctx, due, { state: 'done' }, result, []);
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    return recordCapture(
      ctx,
      due,
      { state: 'failed' },
      { ...result, errorCode: error.code, errorReason: error.message },
      [],
    );
  }
}

/** Queued again after a back-off while attempts remain, else failed. */
export function retryOrFail(
  due: DueCapture,
  now: Date,
): { state: 'queued'; nextAttemptAt: Date } | { state: 'failed' } {
  if (due.attempts >= MAX_ATTEMPTS) return { state: 'failed' };
  return { state: 'queued', nextAttemptAt: new Date(now.getTime() + retryDelayMs(due.attempts)) };
}

function describeAnswer(fetched: Extract<FetchOutcome, { ok: true }>): Partial<CaptureResult> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(fetched.headers)) {
    if (!UNKEPT_HEADERS.has(name.toLowerCase())) headers[name] = value;
  }
  return {
    finalUrl: fetched.finalUrl,
    status: fetched.status,
    contentType: fetched.contentType,
    responseHeaders: headers,
    address: fetched.address,
  };
}

const essence = (contentType: string | null) => contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
const isPageType = (type: string): type is (typeof PAGE_TYPES)[number] =>
  (PAGE_TYPES as readonly string[]).includes(type);

/** Stores an image or a video by the type its bytes show (servers often name it wrongly). */
async function storeFile(
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
async function captureEmbeddedMedia(
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

/** The screenshot's part of the result: stored (its media id), or why there is none. */
async function takeScreenshot(
  ctx: CaptureContext,
  due: DueCapture,
  page: Extract<FetchOutcome, { ok: true }>,
  type: string,
  origin: CaptureOrigin,
  allowed: boolean,
  category: string,
  known: KnownResources,
): Promise<Partial<CaptureResult>> {
  if (!allowed) {
    return {
      screenshotOutcome: 'not_allowed',
      screenshotReason: `the jurisdiction pack allows no screenshot for the category ${category}`,
    };
  }
  const shot = await ctx.screenshots({
    url: page.finalUrl,
    body: page.body,
    contentType: type,
    known,
    fetcher: ctx.fetcher,
    maxBytes: ctx.limits.maxMediaBytes,
  });
  if (shot.escapes.length > 0) {
    ctx.log.warn(
      { capture: due.id, escapes: shot.escapes.length },
      'chromium tried to reach the network by itself; dropped',
    );
  }
  if (!shot.ok) return { screenshotOutcome: shot.outcome, screenshotReason: shot.reason };
  const stored = await addCapturedMedia(
    ctx,
    due.itemId,
    { bytes: shot.png, contentType: 'image/png', screenshot: true },
    origin,
  );
  return { screenshotMediaId: stored.mediaId, screenshotOutcome: 'stored', screenshotReason: null };
}
