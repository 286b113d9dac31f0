/**
 * Whether an HTML page still embeds a captured media: its images and videos (capture's
 * findEmbeddedMedia) fetched one after the other through the safe fetcher, at most `maxEmbedded`,
 * each compared with the evidence, stopping at the first match. Sequential on purpose: a check is
 * one visitor, not a burst on the site (the pool spaces checks per host, not these fetches).
 */
import type { FetchOutcome, SafeFetcher } from '../../platform/fetch/index.ts';
import { decodeHtml, findEmbeddedMedia } from '../capture/index.ts';
import { type Evidence, type PdqOf, samePicture, sha256Hex } from './check-fingerprints.ts';
import { ANY_TYPE_ACCEPT, isImageBody } from './check-types-accepted.ts';

/** Failures that say the media is not there, as they would for the item's own URL. */
const ABSENT_FAILURES = new Set(['nxdomain', 'no_address', 'connect_refused']);
const ABSENT_STATUSES = new Set([404, 410]);

/**
 * found: a captured media is embedded; absent: none is (every media answered); unsure: none
 * matched but one could not be fetched this time (its fetcher code), so "gone" cannot be said.
 */
export type EmbeddedVerdict = { found: true } | { found: false; unsure: string | null };

export async function findCapturedEmbed(
  fetcher: SafeFetcher,
  page: Extract<FetchOutcome, { ok: true }>,
  evidence: Evidence,
  limits: { maxEmbedded: number; pdqMaxDistance: number; pdqOf: PdqOf },
): Promise<EmbeddedVerdict> {
  const urls = findEmbeddedMedia(decodeHtml(page.body, page.contentType), page.finalUrl)
    .filter((url) => url !== page.finalUrl)
    .slice(0, limits.maxEmbedded);
  let unsure: string | null = null;
  for (const url of urls) {
    const media = await fetcher.fetch(url, { accept: ANY_TYPE_ACCEPT });
    const seen = await compareMedia(media, evidence, limits);
    if (seen === 'match') return { found: true };
    if (seen !== 'absent') unsure ??= seen;
  }
  return { found: false, unsure };
}

/** 'match', 'absent' (answered, and not captured media), or the code that leaves it unknown. */
async function compareMedia(
  media: FetchOutcome,
  evidence: Evidence,
  limits: { pdqMaxDistance: number; pdqOf: PdqOf },
) {
  if (!media.ok) {
    // A refusal (a private address, a type or size out of bounds) will not change: not the media.
    if (media.refused || ABSENT_FAILURES.has(media.code)) return 'absent';
    return media.code;
  }
  if (ABSENT_STATUSES.has(media.status)) return 'absent';
  if (media.status < 200 || media.status > 299) return 'http_error';
  const sha256 = sha256Hex(media.body);
  if (evidence.sha256.has(sha256)) return 'match';
  if (evidence.pdq.length > 0 && (await isImageBody(media.body, media.contentType))) {
    if (samePicture(await limits.pdqOf(media.body, sha256), evidence, limits.pdqMaxDistance)) return 'match';
  }
  return 'absent';
}
