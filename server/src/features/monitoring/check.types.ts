/**
 * Removal checks, the contract between the one who checks a URL (check-item.ts) and the loop that
 * schedules checks, counts removals and reminds hosts (the monitoring job). A check never stores the
 * content it fetched: only its fingerprints and what they matched.
 */

/**
 * What a check found: the content is still there; it is gone; or nothing can be said this time (a
 * timeout, a server error, a refusal): an inconclusive check neither counts towards a removal nor
 * breaks a run of "removed" checks.
 */
export const CHECK_OUTCOMES = ['online', 'removed', 'inconclusive'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/**
 * Why, in one stable code:
 * - removed: the name no longer resolves, the connection is refused, 404, 410, or the page answers
 *   but what was captured is no longer in it (a "soft 404");
 * - online: the body is what was captured (same bytes or, for an image, the same picture by PDQ), or
 *   the page still embeds a captured image, or there was nothing captured to compare with and the
 *   address answers 2xx (it cannot be called removed);
 * - inconclusive: the fetcher's failure or refusal code (timeout, tls, http_error…).
 */
export const CHECK_REASONS = [
  'name_gone',
  'connection_refused',
  'not_found',
  'gone',
  'content_gone',
  'same_bytes',
  'same_picture',
  'embeds_captured_media',
  'answers_without_evidence',
] as const;
export type CheckReason = (typeof CHECK_REASONS)[number];

/** The item's evidence as a check compares with it (every captured or uploaded media of the item). */
export type Fingerprints = { sha256: string[]; pdq: string[] };

export type CheckRecord = {
  outcome: CheckOutcome;
  /** A CheckReason, or the fetcher's failure/refusal code when inconclusive. */
  reason: string;
  /** HTTP status of the last answer; null when none came. */
  status: number | null;
  finalUrl: string | null;
  /** SHA-256 of the body received (hex); null without a body. */
  bodySha256: string | null;
  /** PDQ of the body when it is an image (hex); null otherwise. */
  pdq: string | null;
  startedAt: Date;
  durationMs: number;
};

export type CheckItem = (url: string, fingerprints: Fingerprints) => Promise<CheckRecord>;
