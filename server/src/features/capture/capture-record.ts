/**
 * Writing an attempt's result with its audit event in one transaction: capture.completed or
 * capture.failed, by the system (the analyst's part was capture.requested). Details stay small —
 * counts and reason codes, never the URLs or what was fetched: the item already names its URL, and
 * the capture record holds the rest for those who may read it.
 */
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { Db } from '../../platform/db/database.ts';
import {
  type CaptureMediaEntry,
  type CaptureResult,
  type DueCapture,
  recordCaptureResult,
} from './capture.queries.ts';
import { CAPTURE_MEDIA_OUTCOMES, type FinalCaptureState } from './capture.tables.ts';

export type Transition = { state: FinalCaptureState } | { state: 'queued'; nextAttemptAt: Date };

export async function recordCapture(
  ctx: { db: Db },
  due: DueCapture,
  transition: Transition,
  result: CaptureResult,
  media: CaptureMediaEntry[],
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const nextAttemptAt = transition.state === 'queued' ? transition.nextAttemptAt : null;
    const recorded = await recordCaptureResult(
      tx,
      due.id,
      due.attempts,
      transition.state,
      result,
      media,
      nextAttemptAt,
    );
    if (!recorded || transition.state === 'queued') return;
    await appendAuditEvent(tx, {
      actorStaffId: null,
      actorLabel: 'system',
      action: transition.state === 'done' ? 'capture.completed' : 'capture.failed',
      targetType: 'item',
      targetId: due.itemId,
      details: auditDetails(due, result, media),
    });
  });
}

function auditDetails(due: DueCapture, result: CaptureResult, media: CaptureMediaEntry[]) {
  const counts = Object.fromEntries(
    CAPTURE_MEDIA_OUTCOMES.map((outcome) => [outcome, media.filter((m) => m.outcome === outcome).length]),
  );
  const refusals: Record<string, number> = {};
  for (const m of media) {
    if (m.outcome !== 'stored' && m.code) refusals[m.code] = (refusals[m.code] ?? 0) + 1;
  }
  return {
    capture_id: due.id,
    attempts: due.attempts,
    status: result.status,
    page_stored: result.pageMediaId !== null,
    media: counts,
    ...(Object.keys(refusals).length > 0 ? { media_not_stored: refusals } : {}),
    screenshot: result.screenshotOutcome,
    ...(result.errorCode ? { error: result.errorCode } : {}),
  };
}
