/**
 * Recording an assessment. A verdict the pack marks for four eyes waits for a second analyst (item
 * state awaiting_second); any other counts at once (item assessed). A new assessment of an assessed
 * item supersedes the one that counted. The item's claim ends: the work is handed on or done.
 */
import { sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { categoryUrgency } from '../../jurisdictions/jurisdiction.ts';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { StaffActor } from '../../platform/auth/index.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { conflict } from '../../platform/errors.ts';
import { assertNotClaimedByOther, type ItemState } from '../triage/index.ts';
import { checkQualification, needsFourEyes } from './assessment-rules.ts';
import {
  findAssessment,
  type ItemAfterAssessment,
  lockItem,
  markDuplicateOf,
  updateItemAfterAssessment,
} from './assessments.queries.ts';
import type {
  AssessmentResponse,
  AssessmentStatus,
  NewAssessmentBody,
  newAssessmentBody,
  Qualification,
} from './qualification.schemas.ts';

/** Item states in which an assessment already waits for someone, and who. */
const PENDING_ASSESSMENT: Partial<Record<ItemState, string>> = {
  awaiting_second:
    'An assessment of this item is waiting for a second analyst: give a second opinion instead.',
  disputed: 'A disagreement on this item is waiting for a supervisor.',
};

/** Inserts an assessment row; returns its id. */
export async function insertAssessment(
  tx: Tx,
  itemId: string,
  staffId: string,
  q: Qualification,
  status: AssessmentStatus,
): Promise<string> {
  const [row] = rowsOf<{ id: string }>(
    await tx.execute(sql`
      insert into assessments (item_id, staff_id, category, legal_bases, verdict, details, notes, status)
      values (${itemId}, ${staffId}, ${q.category}, ${JSON.stringify(q.legal_bases)}::jsonb, ${q.verdict},
              ${JSON.stringify(q.details)}::jsonb, ${q.notes ?? null}, ${status})
      returning id`),
  );
  return (row as { id: string }).id;
}

/**
 * `duplicateOf`: the item is marked as a duplicate of that one, in the same transaction (the
 * qualification given is then the other item's final one, see features/bulk).
 */
export async function recordAssessment(
  db: Db,
  actor: StaffActor,
  itemId: string,
  body: ReturnType<typeof newAssessmentBody.parse>,
  options: { duplicateOf?: string } = {},
): Promise<AssessmentResponse> {
  const { version, ...q } = body;
  return db.transaction(async (tx) => {
    const item = await lockItem(tx, itemId, version);
    const pending = PENDING_ASSESSMENT[item.state];
    if (pending) throw conflict('item.assessment_pending', pending);
    await assertNotClaimedByOther(tx, itemId, actor.staffId);
    checkQualification(pack, q);
    const fourEyes = needsFourEyes(pack, q.category, q.verdict);
    await tx.execute(sql`
      update assessments set status = 'superseded'
      where item_id = ${itemId} and counts`);
    const id = await insertAssessment(tx, itemId, actor.staffId, q, fourEyes ? 'pending_second' : 'final');
    const updated = await updateItemAfterAssessment(tx, itemId, {
      state: fourEyes ? 'awaiting_second' : 'assessed',
      category: q.category,
      severity: categoryUrgency(pack, q.category).severity,
    });
    if (options.duplicateOf) await markDuplicateOf(tx, itemId, options.duplicateOf);
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'assessment.recorded',
      targetType: 'item',
      targetId: itemId,
      details: {
        assessment_id: id,
        category: q.category,
        verdict: q.verdict,
        legal_bases: q.legal_bases,
        details: q.details,
        four_eyes: fourEyes,
        ...(item.state === 'assessed' ? { reassessment: true } : {}),
        ...(options.duplicateOf ? { duplicate_of: options.duplicateOf } : {}),
      },
    });
    return assessmentResponse(tx, id, itemId, updated);
  });
}

/** The saved assessment and where its item now stands (the client keeps the new version). */
export async function assessmentResponse(
  tx: Tx,
  assessmentId: string,
  itemId: string,
  item: ItemAfterAssessment,
): Promise<AssessmentResponse> {
  const assessment = await findAssessment(tx, assessmentId);
  if (!assessment) throw new Error(`assessment ${assessmentId} vanished inside its own transaction`);
  return {
    assessment,
    item: { id: itemId, ...item },
  };
}

export type { NewAssessmentBody };
