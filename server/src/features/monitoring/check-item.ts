/**
 * One removal check: fetch the item's URL through the safe fetcher and say whether what was
 * captured is still there (check.types.ts says what each outcome and reason means). Only the
 * answer's fingerprints are kept, never its body. Scheduling, politeness and what a run of checks
 * means for the item are the pool's and the monitoring job's.
 */
import { performance } from 'node:perf_hooks';
import type { FetchOutcome, SafeFetcher } from '../../platform/fetch/index.ts';
import type { CheckItem, CheckReason, CheckRecord, Fingerprints } from './check.types.ts';
import { findCapturedEmbed } from './check-embedded.ts';
import {
  createPdqMemo,
  DEFAULT_PDQ_MAX_DISTANCE,
  type Evidence,
  type PdqOf,
  prepareEvidence,
  samePicture,
  sha256Hex,
} from './check-fingerprints.ts';
import { ANY_TYPE_ACCEPT, isImageBody, isPageBody } from './check-types-accepted.ts';

export const DEFAULT_MAX_EMBEDDED = 10;
export const DEFAULT_PDQ_MEMO_SIZE = 1_000;

export type ItemCheckerOptions = {
  fetcher: SafeFetcher;
  /** PDQ Hamming distance up to which an image is the captured picture (default 31). */
  pdqMaxDistance?: number;
  /** Media of a page fetched to look for a captured one (default 10). */
  maxEmbedded?: number;
  /** Distinct image bodies whose PDQ is remembered (by SHA-256; default 1,000, 0: none). */
  pdqMemoSize?: number;
};

/** What a check found, before its timing is added. */
type Finding = Omit<CheckRecord, 'startedAt' | 'durationMs'>;
type Answer = Extract<FetchOutcome, { ok: true }>;
type Limits = { pdqMaxDistance: number; maxEmbedded: number; pdqOf: PdqOf };

/** Failures that mean the content is gone with its name or its server. */
const REMOVED_FAILURES: Record<string, CheckReason> = {
  nxdomain: 'name_gone',
  no_address: 'name_gone',
  connect_refused: 'connection_refused',
};
const REMOVED_STATUSES: Record<number, CheckReason> = { 404: 'not_found', 410: 'gone' };

export function createItemChecker(options: ItemCheckerOptions): CheckItem {
  const limits: Limits = {
    pdqMaxDistance: options.pdqMaxDistance ?? DEFAULT_PDQ_MAX_DISTANCE,
    maxEmbedded: options.maxEmbedded ?? DEFAULT_MAX_EMBEDDED,
    pdqOf: createPdqMemo(options.pdqMemoSize ?? DEFAULT_PDQ_MEMO_SIZE),
  };
  return async (url: string, fingerprints: Fingerprints): Promise<CheckRecord> => {
    const startedAt = new Date();
    const started = performance.now();
    const fetched = await options.fetcher.fetch(url, { accept: ANY_TYPE_ACCEPT });
    const finding = fetched.ok
      ? await judgeAnswer(options.fetcher, fetched, prepareEvidence(fingerprints), limits)
      : judgeFailure(fetched);
    return { ...finding, startedAt, durationMs: Math.round(performance.now() - started) };
  };
}

function judgeFailure(failed: Exclude<FetchOutcome, { ok: true }>): Finding {
  const removed = failed.refused ? undefined : REMOVED_FAILURES[failed.code];
  const lastHop = failed.redirects.at(-1);
  // After redirects, the last answer is the last redirect, and the URL it sent the check to is
  // the one that failed (a page that now redirects to a dead name is gone with that name).
  const status = ('status' in failed ? failed.status : undefined) ?? lastHop?.status ?? null;
  return {
    outcome: removed ? 'removed' : 'inconclusive',
    reason: removed ?? failed.code,
    status,
    finalUrl: lastHop?.location ? resolveLocation(lastHop.location, lastHop.url) : null,
    bodySha256: null,
    pdq: null,
  };
}

async function judgeAnswer(
  fetcher: SafeFetcher,
  answer: Answer,
  evidence: Evidence,
  limits: Limits,
): Promise<Finding> {
  const bodySha256 = answer.body.length > 0 ? sha256Hex(answer.body) : null;
  const seen = { status: answer.status, finalUrl: answer.finalUrl, bodySha256, pdq: null };
  const removedAs = REMOVED_STATUSES[answer.status];
  if (removedAs) return { ...seen, outcome: 'removed', reason: removedAs };
  if (answer.status < 200 || answer.status > 299) {
    return { ...seen, outcome: 'inconclusive', reason: 'http_error' };
  }
  const isImage = bodySha256 !== null && (await isImageBody(answer.body, answer.contentType));
  const image = isImage ? await limits.pdqOf(answer.body, bodySha256) : null;
  const found = { ...seen, pdq: image?.hash ?? null };
  const online = (reason: CheckReason): Finding => ({ ...found, outcome: 'online', reason });
  if (bodySha256 !== null && evidence.sha256.has(bodySha256)) return online('same_bytes');
  if (samePicture(image, evidence, limits.pdqMaxDistance)) return online('same_picture');
  if (evidence.empty) return online('answers_without_evidence');
  if (isPageBody(answer.contentType)) {
    const embedded = await findCapturedEmbed(fetcher, answer, evidence, limits);
    if (embedded.found) return online('embeds_captured_media');
    if (embedded.unsure) return { ...found, outcome: 'inconclusive', reason: embedded.unsure };
  }
  return { ...found, outcome: 'removed', reason: 'content_gone' };
}

function resolveLocation(location: string, from: string): string | null {
  try {
    return new URL(location, from).href;
  } catch {
    return null;
  }
}
