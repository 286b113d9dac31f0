/** SQL of qualification: assessments with their people's names, and the item lock every change takes. */
import { type SQL, sql } from 'drizzle-orm';
import type { CategoryId, Verdict } from '../../jurisdictions/jurisdiction.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { type ItemState, itemNotFound } from '../triage/index.ts';
import type { Assessment, AssessmentStatus, Resolution, SecondDecision } from './qualification.schemas.ts';

type AssessmentRow = {
  id: string;
  item_id: string;
  staff_id: string;
  analyst_name: string;
  category: CategoryId;
  legal_bases: string[];
  verdict: Verdict;
  details: Record<string, string>;
  notes: string | null;
  status: AssessmentStatus;
  counts: boolean;
  second_staff_id: string | null;
  second_name: string | null;
  second_decision: SecondDecision | null;
  second_notes: string | null;
  second_at: Date | string | null;
  resolved_by: string | null;
  resolver_name: string | null;
  resolution: Resolution | null;
  resolution_notes: string | null;
  resolved_at: Date | string | null;
  created_at: Date | string;
};

const iso = (value: Date | string) => new Date(value).toISOString();

function toAssessment(r: AssessmentRow): Assessment {
  return {
    id: r.id,
    item_id: r.item_id,
    analyst: { id: r.staff_id, display_name: r.analyst_name },
    category: r.category,
    legal_bases: r.legal_bases,
    verdict: r.verdict,
    details: r.details,
    notes: r.notes,
    status: r.status,
    counts: r.counts,
    second_opinion:
      r.second_staff_id && r.second_decision && r.second_at
        ? {
            analyst: { id: r.second_staff_id, display_name: r.second_name ?? '' },
            decision: r.second_decision,
            notes: r.second_notes,
            at: iso(r.second_at),
          }
        : null,
    resolution:
      r.resolved_by && r.resolution && r.resolved_at
        ? {
            supervisor: { id: r.resolved_by, display_name: r.resolver_name ?? '' },
            decision: r.resolution,
            notes: r.resolution_notes,
            at: iso(r.resolved_at),
          }
        : null,
    created_at: iso(r.created_at),
  };
}

async function selectAssessments(db: Queryable, where: SQL): Promise<Assessment[]> {
  const rows = rowsOf<AssessmentRow>(
    await db.execute(sql`
      select a.*, s1.display_name as analyst_name, s2.display_name as second_name, s3.display_name as resolver_name
      from assessments a
      join staff s1 on s1.id = a.staff_id
      left join staff s2 on s2.id = a.second_staff_id
      left join staff s3 on s3.id = a.resolved_by
      where ${where}
      order by a.created_at, a.id`),
  );
  return rows.map(toAssessment);
}

export const assessmentsOfItem = (db: Queryable, itemId: string) =>
  selectAssessments(db, sql`a.item_id = ${itemId}`);

export async function findAssessment(db: Queryable, id: string): Promise<Assessment | null> {
  return (await selectAssessments(db, sql`a.id = ${id}`))[0] ?? null;
}

/** The item's assessment that counts now (its final verdict), or null while it has none. */
export async function countingAssessment(db: Queryable, itemId: string): Promise<Assessment | null> {
  return (await selectAssessments(db, sql`a.item_id = ${itemId} and a.counts`)).at(-1) ?? null;
}

/** Records that the item duplicates another (the item keeps its own reports and history). */
export async function markDuplicateOf(tx: Tx, itemId: string, originalId: string): Promise<void> {
  await tx.execute(sql`update items set duplicate_of_item_id = ${originalId} where id = ${itemId}`);
}

export type LockedItem = { id: string; url: string; state: ItemState; version: number; category: CategoryId };
/** Where an item stands after an assessment changed it. */
export type ItemAfterAssessment = { version: number; state: ItemState; category: CategoryId };

/**
 * Locks the item row for the rest of the transaction and checks the version the client saw: of two
 * analysts saving the same item, the second waits here, then finds the version moved on.
 */
export async function lockItem(tx: Tx, itemId: string, seenVersion?: number): Promise<LockedItem> {
  const [row] = rowsOf<LockedItem>(
    await tx.execute(
      sql`select id, url, state, version, category from items where id = ${itemId} for update`,
    ),
  );
  if (!row) throw itemNotFound();
  if (seenVersion !== undefined && row.version !== seenVersion) {
    throw new AppError(
      'item.version_conflict',
      409,
      `Someone else changed this item since you opened it (you saw version ${seenVersion}, it is now ${row.version}). Reload it, check what changed, and try again.`,
      { current_version: row.version },
    );
  }
  return row;
}

/** Moves the item to its next state, with its working category, and bumps its version. */
export async function updateItemAfterAssessment(
  tx: Tx,
  itemId: string,
  change: { state: ItemState; category?: CategoryId; severity?: number },
): Promise<ItemAfterAssessment> {
  const [row] = rowsOf<ItemAfterAssessment>(
    await tx.execute(sql`
      update items set state = ${change.state},
        category = coalesce(${change.category ?? null}::text, category),
        severity = coalesce(${change.severity ?? null}::smallint, severity),
        version = version + 1, updated_at = now(), claimed_by = null, claim_expires_at = null
      where id = ${itemId}
      returning version, state, category`),
  );
  if (!row) throw itemNotFound();
  return row;
}
