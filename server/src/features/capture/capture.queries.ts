/** Queries of captures; no rules here (see capture.service.ts and capture-run.ts). */
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { staff } from '../../platform/auth/auth.tables.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { itemMedia } from '../evidence/index.ts';
import { items } from '../intake/index.ts';
import {
  ACTIVE_CAPTURE_STATES,
  type CaptureHop,
  type CaptureMediaOutcome,
  type CaptureState,
  captureMedia,
  captures,
  FINAL_CAPTURE_STATES,
  type ScreenshotOutcome,
} from './capture.tables.ts';

export type CaptureRow = Awaited<ReturnType<typeof selectCaptures>>[number];
export type CaptureMediaRow = typeof captureMedia.$inferSelect;

const selectCaptures = (q: Queryable) =>
  q
    .select({
      capture: captures,
      requesterName: staff.displayName,
      category: items.category,
    })
    .from(captures)
    .innerJoin(items, eq(items.id, captures.itemId))
    .leftJoin(staff, eq(staff.id, captures.requestedBy));

export async function findCaptureRow(q: Queryable, id: string): Promise<CaptureRow | null> {
  const [row] = await selectCaptures(q).where(eq(captures.id, id));
  return row ?? null;
}

/** An item's captures, newest first. */
export async function listCaptureRows(q: Queryable, itemId: string): Promise<CaptureRow[]> {
  return selectCaptures(q)
    .where(eq(captures.itemId, itemId))
    .orderBy(desc(captures.requestedAt), desc(captures.id));
}

/** The embedded media of these captures, each capture's in the page's order. */
export async function listCaptureMedia(q: Queryable, captureIds: string[]): Promise<CaptureMediaRow[]> {
  if (captureIds.length === 0) return [];
  return q
    .select()
    .from(captureMedia)
    .where(inArray(captureMedia.captureId, captureIds))
    .orderBy(asc(captureMedia.captureId), asc(captureMedia.position));
}

export async function itemExists(q: Queryable, itemId: string): Promise<boolean> {
  const [row] = await q.select({ id: items.id }).from(items).where(eq(items.id, itemId));
  return row !== undefined;
}

/** The item's URL and current category, locked against deletion until the transaction ends. */
export async function lockItemForCapture(
  tx: Tx,
  itemId: string,
): Promise<{ url: string; category: string } | null> {
  const [row] = rowsOf<{ url: string; category: string }>(
    await tx.execute(sql`select url, category from items where id = ${itemId} for key share`),
  );
  return row ?? null;
}

/** Queues a capture; null when the item already has one queued or running (the unique index). */
export async function insertCapture(
  tx: Tx,
  row: { itemId: string; url: string; requestedBy: string },
): Promise<string | null> {
  const [inserted] = await tx
    .insert(captures)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: captures.id });
  return inserted?.id ?? null;
}

export async function findActiveCaptureId(q: Queryable, itemId: string): Promise<string | null> {
  const [row] = await q
    .select({ id: captures.id })
    .from(captures)
    .where(and(eq(captures.itemId, itemId), isOneOf(sql`state`, ACTIVE_CAPTURE_STATES)));
  return row?.id ?? null;
}

/** What running a capture needs to know. */
export type DueCapture = {
  id: string;
  itemId: string;
  url: string;
  attempts: number;
  requestedAt: Date;
  requestedBy: { staffId: string; label: string } | null;
};

/**
 * Takes up to `limit` captures that are due at `now` (queued and past their back-off, or running
 * with an expired lease: their worker died) and marks them running until `leaseUntil`, counting the
 * attempt. SKIP LOCKED: two workers never take the same capture.
 */
export async function takeDueCaptures(
  tx: Tx,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<DueCapture[]> {
  const rows = rowsOf<{
    id: string;
    item_id: string;
    url: string;
    attempts: number;
    requested_at: Date | string;
    requested_by: string | null;
    requester_email: string | null;
  }>(
    await tx.execute(sql`
      with due as (
        select id from captures
        where (state = 'queued' and next_attempt_at <= ${now})
           or (state = 'running' and lease_until <= ${now})
        order by next_attempt_at, requested_at
        limit ${limit}
        for update skip locked
      )
      , taken as (
        update captures c set state = 'running', attempts = c.attempts + 1, lease_until = ${leaseUntil}
        from due where c.id = due.id
        returning c.id, c.item_id, c.url, c.attempts, c.requested_at, c.requested_by
      )
      select taken.*, s.email as requester_email
      from taken left join staff s on s.id = taken.requested_by`),
  );
  return rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    url: r.url,
    attempts: Number(r.attempts),
    requestedAt: new Date(r.requested_at),
    requestedBy: r.requested_by ? { staffId: r.requested_by, label: r.requester_email ?? 'staff' } : null,
  }));
}

/** The item's current category (assessed if assessed, else the reported one); null when it is gone. */
export async function findItemCategory(q: Queryable, itemId: string): Promise<string | null> {
  const [row] = await q.select({ category: items.category }).from(items).where(eq(items.id, itemId));
  return row?.category ?? null;
}

/** What the fetcher saw of the page, and what the capture made of it. */
export type CaptureResult = {
  finalUrl: string | null;
  status: number | null;
  contentType: string | null;
  redirects: CaptureHop[];
  responseHeaders: Record<string, string> | null;
  address: string | null;
  pageMediaId: string | null;
  screenshotMediaId: string | null;
  screenshotOutcome: ScreenshotOutcome | null;
  screenshotReason: string | null;
  errorCode: string | null;
  errorReason: string | null;
};

export type CaptureMediaEntry = {
  url: string;
  mediaId: string | null;
  outcome: CaptureMediaOutcome;
  code: string | null;
  reason: string | null;
};

/**
 * Records an attempt's result, only if the capture is still this worker's (running, same attempt):
 * `state` 'done' or 'failed' ends it, 'queued' waits for `nextAttemptAt`. The media list replaces
 * any an earlier attempt left. True when it was recorded.
 */
export async function recordCaptureResult(
  tx: Tx,
  id: string,
  attempt: number,
  state: CaptureState,
  result: CaptureResult,
  media: CaptureMediaEntry[],
  nextAttemptAt: Date | null,
): Promise<boolean> {
  const ends = (FINAL_CAPTURE_STATES as readonly CaptureState[]).includes(state);
  const updated = await tx
    .update(captures)
    .set({
      ...result,
      state,
      leaseUntil: null,
      finishedAt: ends ? sql`now()` : null,
      ...(nextAttemptAt ? { nextAttemptAt } : {}),
    })
    .where(and(eq(captures.id, id), eq(captures.state, 'running'), eq(captures.attempts, attempt)))
    .returning({ id: captures.id });
  if (updated.length === 0) return false;
  await tx.delete(captureMedia).where(eq(captureMedia.captureId, id));
  if (media.length > 0) {
    await tx.insert(captureMedia).values(media.map((m, position) => ({ captureId: id, position, ...m })));
  }
  return true;
}

/**
 * Captured originals still on disk, with what their retention depends on: the item's current
 * category and when the capture was asked for. Oldest first, `limit` at a time.
 */
export async function listCapturedOriginals(
  q: Queryable,
  afterMediaId: string | null,
  limit: number,
): Promise<{ mediaId: string; category: string; requestedAt: Date }[]> {
  const rows = await q
    .select({ mediaId: itemMedia.id, category: items.category, requestedAt: captures.requestedAt })
    .from(itemMedia)
    .innerJoin(captures, eq(captures.id, itemMedia.captureId))
    .innerJoin(items, eq(items.id, itemMedia.itemId))
    .where(
      and(isNotNull(itemMedia.blobKey), afterMediaId ? sql`${itemMedia.id} > ${afterMediaId}` : undefined),
    )
    .orderBy(asc(itemMedia.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, requestedAt: new Date(r.requestedAt) }));
}
