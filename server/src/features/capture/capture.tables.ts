/**
 * Evidence captures: an analyst asks the server to fetch an item's URL through the safe fetcher; a
 * row records who asked and when, what the fetcher saw (final URL, status, headers, redirects, the
 * address it connected to), which evidence records it made, and each embedded media found with what
 * became of it. The row is also the work queue: 'queued' rows are what the capture job runs (see
 * capture.jobs.ts), so a request acknowledged with 202 survives a restart.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { itemMedia } from '../evidence/evidence.tables.ts';
import { items } from '../intake/intake.tables.ts';

export const CAPTURE_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type CaptureState = (typeof CAPTURE_STATES)[number];
/** A capture that has ended, one way or the other. */
export const FINAL_CAPTURE_STATES = ['done', 'failed'] as const satisfies readonly CaptureState[];
export type FinalCaptureState = (typeof FINAL_CAPTURE_STATES)[number];
/** A capture waiting for, or in, the job: at most one per item. */
export const ACTIVE_CAPTURE_STATES = ['queued', 'running'] as const satisfies readonly CaptureState[];

/** What became of one embedded media: stored; refused by the fetcher; failed; or not fetched. */
export const CAPTURE_MEDIA_OUTCOMES = ['stored', 'refused', 'failed', 'skipped'] as const;
export type CaptureMediaOutcome = (typeof CAPTURE_MEDIA_OUTCOMES)[number];

/**
 * The screenshot: stored; not allowed for the item's category; not applicable (the URL is itself an
 * image or a video, or the page answered an error); chromium unavailable here; or it failed.
 */
export const SCREENSHOT_OUTCOMES = [
  'stored',
  'not_allowed',
  'not_applicable',
  'unavailable',
  'failed',
] as const;
export type ScreenshotOutcome = (typeof SCREENSHOT_OUTCOMES)[number];
/** Why a screenshot the pack allows was not made. */
export const SCREENSHOT_FAILURES = ['unavailable', 'failed'] as const satisfies readonly ScreenshotOutcome[];
export type ScreenshotFailure = (typeof SCREENSHOT_FAILURES)[number];

export type CaptureHop = { url: string; status: number; location: string | null; address: string };

export const captures = pgTable(
  'captures',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    /** The item's URL when the capture was asked for. */
    url: text('url').notNull(),
    requestedBy: uuid('requested_by').references(() => staff.id, { onDelete: 'set null' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    state: text('state').$type<CaptureState>().notNull().default('queued'),
    /** Attempts started; a transient failure queues the capture again until the limit. */
    attempts: smallint('attempts').notNull().default(0),
    /** When a queued capture may run (now, or after a transient failure's back-off). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** A running capture whose worker died is taken up again after this. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    finalUrl: text('final_url'),
    status: smallint('status'),
    contentType: text('content_type'),
    redirects: jsonb('redirects').$type<CaptureHop[]>().notNull().default([]),
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>(),
    address: text('address'),
    pageMediaId: uuid('page_media_id').references(() => itemMedia.id, { onDelete: 'set null' }),
    screenshotMediaId: uuid('screenshot_media_id').references(() => itemMedia.id, { onDelete: 'set null' }),
    screenshotOutcome: text('screenshot_outcome').$type<ScreenshotOutcome>(),
    screenshotReason: text('screenshot_reason'),
    /** Why the page itself could not be fetched or kept: a fetcher code (or capture's own) and words. */
    errorCode: text('error_code'),
    errorReason: text('error_reason'),
  },
  (t) => [
    index('captures_item_idx').on(t.itemId, t.requestedAt),
    index('captures_due_idx').on(t.nextAttemptAt).where(isOneOf(sql`state`, ACTIVE_CAPTURE_STATES)),
    // One capture at a time per item: asking again while one waits answers with that one.
    uniqueIndex('captures_one_active_key').on(t.itemId).where(isOneOf(sql`state`, ACTIVE_CAPTURE_STATES)),
    check('captures_state_check', isOneOf(t.state, CAPTURE_STATES)),
    check('captures_screenshot_outcome_check', isOneOf(t.screenshotOutcome, SCREENSHOT_OUTCOMES)),
  ],
);

/** The media a captured page embeds, in the page's order, each with its outcome. */
export const captureMedia = pgTable(
  'capture_media',
  {
    captureId: uuid('capture_id')
      .notNull()
      .references(() => captures.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    url: text('url').notNull(),
    mediaId: uuid('media_id').references(() => itemMedia.id, { onDelete: 'set null' }),
    outcome: text('outcome').$type<CaptureMediaOutcome>().notNull(),
    /** The fetcher's (or evidence's) code, e.g. address_private, too_large, media.invalid. */
    code: text('code'),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ name: 'capture_media_pkey', columns: [t.captureId, t.position] }),
    index('capture_media_media_idx').on(t.mediaId),
    check('capture_media_outcome_check', isOneOf(t.outcome, CAPTURE_MEDIA_OUTCOMES)),
  ],
);
