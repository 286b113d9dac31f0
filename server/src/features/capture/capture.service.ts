/**
 * Asking for a capture and reading captures. Asking is the analyst's act, so it follows the rules of
 * adding evidence by hand: refused while someone else holds the item's claim (409 item.claimed), it
 * renews the asker's own, and it is audited (capture.requested) in the same transaction as the
 * queued capture. The work itself runs later as a job (capture.jobs.ts, capture-run.ts).
 */
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { StaffActor } from '../../platform/auth/index.ts';
import type { Db, Queryable } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors.ts';
import { assertNotClaimedByOther, itemNotFound, renewClaim } from '../triage/index.ts';
import {
  type CaptureMediaRow,
  type CaptureRow,
  findActiveCaptureId,
  findCaptureRow,
  insertCapture,
  itemExists,
  listCaptureMedia,
  listCaptureRows,
  lockItemForCapture,
} from './capture.queries.ts';
import type { Capture, CaptureList } from './capture.schemas.ts';
import { capturePolicyFor, retentionOf } from './capture-policy.ts';

export const captureNotFound = () => notFound('capture.not_found', 'No capture with this id.');

/**
 * Queues a capture of the item's URL; while one is already queued or running for the item, that
 * one is the answer (a second click asks for nothing new). `created` says which.
 */
export async function requestCapture(
  db: Db,
  actor: StaffActor,
  itemId: string,
): Promise<{ capture: Capture; created: boolean }> {
  const { id, created } = await db.transaction(async (tx) => {
    const item = await lockItemForCapture(tx, itemId);
    if (!item) throw itemNotFound();
    await assertNotClaimedByOther(tx, itemId, actor.staffId);
    const active = await findActiveCaptureId(tx, itemId);
    if (active) return { id: active, created: false };
    const inserted = await insertCapture(tx, { itemId, url: item.url, requestedBy: actor.staffId });
    if (!inserted) throw new Error('a capture of this item appeared under its lock');
    await renewClaim(tx, itemId, actor.staffId);
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'capture.requested',
      targetType: 'item',
      targetId: itemId,
      details: { capture_id: inserted },
    });
    return { id: inserted, created: true };
  });
  return { capture: await getCapture(db, id), created };
}

export async function getCapture(q: Queryable, id: string): Promise<Capture> {
  const row = await findCaptureRow(q, id);
  if (!row) throw captureNotFound();
  return toCapture(row, await listCaptureMedia(q, [id]));
}

/** An item's captures, newest first; 404 item.not_found for an unknown item. */
export async function listCaptures(db: Db, itemId: string): Promise<CaptureList> {
  const rows = await listCaptureRows(db, itemId);
  if (rows.length === 0 && !(await itemExists(db, itemId))) throw itemNotFound();
  const media = await listCaptureMedia(
    db,
    rows.map((r) => r.capture.id),
  );
  return { captures: rows.map((row) => toCapture(row, media)) };
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function toCapture(row: CaptureRow, media: CaptureMediaRow[]): Capture {
  const c = row.capture;
  const requestedAt = new Date(c.requestedAt);
  return {
    id: c.id,
    item_id: c.itemId,
    url: c.url,
    requested_by: c.requestedBy ? { id: c.requestedBy, display_name: row.requesterName ?? '' } : null,
    requested_at: requestedAt.toISOString(),
    state: c.state,
    attempts: c.attempts,
    finished_at: iso(c.finishedAt),
    final_url: c.finalUrl,
    status: c.status,
    content_type: c.contentType,
    redirects: c.redirects,
    response_headers: c.responseHeaders,
    address: c.address,
    page_media_id: c.pageMediaId,
    screenshot_media_id: c.screenshotMediaId,
    screenshot: c.screenshotOutcome ? { outcome: c.screenshotOutcome, reason: c.screenshotReason } : null,
    media: media
      .filter((m) => m.captureId === c.id)
      .map((m) => ({ url: m.url, media_id: m.mediaId, outcome: m.outcome, code: m.code, reason: m.reason })),
    error: c.errorCode ? { code: c.errorCode, reason: c.errorReason ?? '' } : null,
    retention: retentionOf(capturePolicyFor(row.category), requestedAt),
  };
}
