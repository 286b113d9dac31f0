/**
 * Four eyes: a verdict the pack marks (e.g. illegal on a severity-1 category) counts only once a
 * second analyst — not its author — agrees. On disagreement a supervisor decides: uphold the first
 * assessment, or replace it with their own, which counts at once. A supervisor who took part in the
 * assessment cannot settle it.
 */
import { sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { categoryUrgency } from '../../jurisdictions/jurisdiction.ts';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { StaffActor } from '../../platform/auth/index.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { assertNotClaimedByOther } from '../triage/index.ts';
import { assessmentResponse, insertAssessment } from './assess.ts';
import { checkQualification } from './assessment-rules.ts';
import { findAssessment, lockItem, updateItemAfterAssessment } from './assessments.queries.ts';
import type {
  AssessmentResponse,
  Qualification,
  Resolution,
  SecondDecision,
} from './qualification.schemas.ts';

const assessmentNotFound = () => notFound('assessment.not_found', 'No assessment with this id.');

/**
 * Finds the assessment, locks its item at the version the client saw, then reads the assessment
 * again: `current` is what holds under the lock, `first` only gives the item.
 */
async function lockAssessment(tx: Tx, assessmentId: string, version: number) {
  const first = await findAssessment(tx, assessmentId);
  if (!first) throw assessmentNotFound();
  await lockItem(tx, first.item_id, version);
  return { first, current: await findAssessment(tx, assessmentId) };
}

export async function giveSecondOpinion(
  db: Db,
  actor: StaffActor,
  assessmentId: string,
  body: { version: number; decision: SecondDecision; notes?: string | undefined },
): Promise<AssessmentResponse> {
  return db.transaction(async (tx) => {
    const { first, current } = await lockAssessment(tx, assessmentId, body.version);
    if (current?.status !== 'pending_second') {
      throw conflict(
        'assessment.not_awaiting_second',
        'This assessment is not waiting for a second opinion.',
      );
    }
    if (current.analyst.id === actor.staffId) {
      throw conflict(
        'assessment.same_analyst',
        'Four eyes: a second analyst, not the author, must review this assessment.',
      );
    }
    await assertNotClaimedByOther(tx, first.item_id, actor.staffId);
    const agree = body.decision === 'agree';
    await tx.execute(sql`
      update assessments set status = ${agree ? 'confirmed' : 'disputed'}, second_staff_id = ${actor.staffId},
        second_decision = ${body.decision}, second_notes = ${body.notes ?? null}, second_at = now()
      where id = ${assessmentId}`);
    const updated = await updateItemAfterAssessment(tx, first.item_id, {
      state: agree ? 'assessed' : 'disputed',
    });
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: agree ? 'assessment.confirmed' : 'assessment.disputed',
      targetType: 'item',
      targetId: first.item_id,
      details: { assessment_id: assessmentId, ...(body.notes ? { notes: body.notes } : {}) },
    });
    return assessmentResponse(tx, assessmentId, first.item_id, updated);
  });
}

export async function resolveDisagreement(
  db: Db,
  actor: StaffActor,
  assessmentId: string,
  body: {
    version: number;
    decision: Resolution;
    assessment?: Qualification | undefined;
    notes: string;
  },
): Promise<AssessmentResponse> {
  return db.transaction(async (tx) => {
    const { first, current } = await lockAssessment(tx, assessmentId, body.version);
    if (current?.status !== 'disputed') {
      throw conflict(
        'assessment.not_disputed',
        'Only a disputed assessment waits for a supervisor’s decision.',
      );
    }
    if (current.analyst.id === actor.staffId || current.second_opinion?.analyst.id === actor.staffId) {
      throw conflict(
        'assessment.resolver_involved',
        'You took part in this assessment: another supervisor must decide.',
      );
    }
    const replacement = body.decision === 'replace' ? body.assessment : undefined;
    if (replacement) checkQualification(pack, replacement);
    await tx.execute(sql`
      update assessments set status = ${replacement ? 'overruled' : 'upheld'}, resolved_by = ${actor.staffId},
        resolution = ${body.decision}, resolution_notes = ${body.notes}, resolved_at = now()
      where id = ${assessmentId}`);
    // The supervisor's own qualification settles the matter: it counts without a further review.
    const resultId = replacement
      ? await insertAssessment(tx, first.item_id, actor.staffId, replacement, 'final')
      : assessmentId;
    const updated = await updateItemAfterAssessment(
      tx,
      first.item_id,
      replacement
        ? {
            state: 'assessed',
            category: replacement.category,
            severity: categoryUrgency(pack, replacement.category).severity,
          }
        : { state: 'assessed' },
    );
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'assessment.resolved',
      targetType: 'item',
      targetId: first.item_id,
      details: {
        assessment_id: assessmentId,
        decision: body.decision,
        notes: body.notes,
        ...(replacement
          ? { replacement_id: resultId, category: replacement.category, verdict: replacement.verdict }
          : {}),
      },
    });
    return assessmentResponse(tx, resultId, first.item_id, updated);
  });
}
