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
import type { FailureCode, FetchOutcome } from '../../platform/fetch/index.ts';
import { addCapturedMedia, type CaptureOrigin, MEDIA_TYPES, PAGE_TYPES } from '../evidence/index.ts';
import {
  type CaptureMediaEntry,
  type CaptureResult,
  type DueCapture,
  findItemCategory,
} from './capture.queries.ts';
import type { FinalCaptureState } from './capture.tables.ts';
import type { CaptureContext } from './capture-context.ts';
import { captureEmbeddedMedia, storeFile } from './capture-media.ts';
import { capturePolicyFor } from './capture-policy.ts';
import { recordCapture, type Transition } from './capture-record.ts';
import type { KnownResources } from './screenshot.ts';

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

type Answer = Extract<FetchOutcome, { ok: true }>;
/** What keeping an answer came to: how the capture ends, its part of the result, the media list. */
type Kept = { state: FinalCaptureState; result: Partial<CaptureResult>; media: CaptureMediaEntry[] };

/** Runs one capture that takeDueCaptures handed over, and records its result. */
export async function runCapture(ctx: CaptureContext, due: DueCapture, now = new Date()): Promise<void> {
  const category = await findItemCategory(ctx.db, due.itemId);
  // The item is gone, and its captures with it.
  if (category === null) return;
  const policy = capturePolicyFor(category);
  const fetched = await ctx.fetcher.fetch(due.url, { accept: PAGE_ACCEPT });
  const seen: CaptureResult = { ...emptyResult(), redirects: fetched.redirects };
  const end = (transition: Transition, part: Partial<CaptureResult> = {}, media: CaptureMediaEntry[] = []) =>
    recordCapture(ctx, due, transition, { ...seen, ...part }, media);
  const retry = (errorCode: string, errorReason: string) =>
    end(retryOrFail(due, now), { errorCode, errorReason });

  if (!fetched.ok) {
    const transient = !fetched.refused && (TRANSIENT_FAILURES as readonly string[]).includes(fetched.code);
    if (transient) return retry(fetched.code, fetched.reason);
    return end({ state: 'failed' }, { errorCode: fetched.code, errorReason: fetched.reason });
  }
  Object.assign(seen, describeAnswer(fetched));
  if (fetched.status < 200 || fetched.status > 299) {
    if (TRANSIENT_STATUSES.has(fetched.status)) {
      return retry('http_status', `the server answered ${fetched.status}`);
    }
    // A 404 or a 410 is evidence that the content is gone: recorded, nothing stored.
    const reason = `the page answered ${fetched.status}`;
    return end({ state: 'done' }, { screenshotOutcome: 'not_applicable', screenshotReason: reason });
  }
  const origin: CaptureOrigin = {
    captureId: due.id,
    requestedBy: due.requestedBy,
    keepOriginal: policy.keep !== 'hashes_only',
  };
  let kept: Kept;
  try {
    kept = await keepAnswer(ctx, due, fetched, origin, policy.screenshot, category);
  } catch (error) {
    // Evidence refused the bytes (400 media.invalid…): the reason is the capture's to record.
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    return end({ state: 'failed' }, { errorCode: error.code, errorReason: error.message });
  }
  return end({ state: kept.state }, kept.result, kept.media);
}

/** Keeps a 2xx answer: a page with its media and screenshot, or the image or video it is. */
async function keepAnswer(
  ctx: CaptureContext,
  due: DueCapture,
  fetched: Answer,
  origin: CaptureOrigin,
  screenshotAllowed: boolean,
  category: string,
): Promise<Kept> {
  const type = essence(fetched.contentType);
  if (!isPageType(type)) {
    const stored = await storeFile(ctx, due.itemId, fetched.body, origin);
    if (!stored.ok)
      return { state: 'failed', result: { errorCode: stored.code, errorReason: stored.reason }, media: [] };
    const reason = 'the URL is itself an image or a video';
    const result = {
      pageMediaId: stored.mediaId,
      screenshotOutcome: 'not_applicable' as const,
      screenshotReason: reason,
    };
    return { state: 'done', result, media: [] };
  }
  const page = await addCapturedMedia(ctx, due.itemId, { bytes: fetched.body, contentType: type }, origin);
  // The bytes fetched for the media serve the screenshot too: the site is not asked twice.
  const known: KnownResources | null = screenshotAllowed ? new Map() : null;
  const media = await captureEmbeddedMedia(ctx, due.itemId, fetched, origin, known);
  const screenshot = known
    ? await takeScreenshot(ctx, due, fetched, type, origin, known)
    : {
        screenshotOutcome: 'not_allowed' as const,
        screenshotReason: `the jurisdiction pack allows no screenshot for the category ${category}`,
      };
  return { state: 'done', result: { pageMediaId: page.mediaId, ...screenshot }, media };
}

/** Queued again after a back-off while attempts remain, else failed. */
export function retryOrFail(
  due: DueCapture,
  now: Date,
): { state: 'queued'; nextAttemptAt: Date } | { state: 'failed' } {
  if (due.attempts >= MAX_ATTEMPTS) return { state: 'failed' };
  return { state: 'queued', nextAttemptAt: new Date(now.getTime() + retryDelayMs(due.attempts)) };
}

function describeAnswer(fetched: Answer): Partial<CaptureResult> {
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

/** The screenshot's part of the result: stored (its media id), or why there is none. */
async function takeScreenshot(
  ctx: CaptureContext,
  due: DueCapture,
  page: Answer,
  type: string,
  origin: CaptureOrigin,
  known: KnownResources,
): Promise<Partial<CaptureResult>> {
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
