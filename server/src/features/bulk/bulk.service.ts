/**
 * Bulk actions on queue items: each item goes through the same service as the single action (claim,
 * reassign, assessment), in its own transaction, so one refusal does not undo the others and every
 * change is audited exactly as if done one by one.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { StaffActor } from '../../platform/auth/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import { countingAssessment, recordAssessment } from '../qualification/index.ts';
import { claimItem, reassignItem } from '../triage/index.ts';
import { itemExists, workingCategory } from './bulk.queries.ts';
import type { BulkCloseBody, BulkDuplicateBody, BulkResponse, BulkResult } from './bulk.schemas.ts';

type Step = () => Promise<BulkResult['reason']>;

/** Runs one step per item; a refusal (AppError) is that item's answer, anything else is logged too. */
async function eachItem(
  log: FastifyBaseLogger,
  ids: string[],
  step: (id: string) => ReturnType<Step>,
): Promise<BulkResponse> {
  const results: BulkResult[] = [];
  for (const id of ids) {
    try {
      results.push({ id, outcome: 'done', reason: await step(id) });
    } catch (err) {
      if (!(err instanceof AppError)) log.error({ err, itemId: id }, 'bulk action failed on one item');
      const reason =
        err instanceof AppError
          ? { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) }
          : { code: 'bulk.failed', message: 'This item could not be changed; try it on its own.' };
      results.push({ id, outcome: 'refused', reason });
    }
  }
  return { results };
}

export const claimItems = (db: Db, log: FastifyBaseLogger, actor: StaffActor, ids: string[]) =>
  eachItem(log, ids, async (id) => {
    await claimItem(db, actor, id);
    return null;
  });

export const assignItems = (
  db: Db,
  log: FastifyBaseLogger,
  actor: StaffActor,
  ids: string[],
  staffId: string,
) =>
  eachItem(log, ids, async (id) => {
    await reassignItem(db, actor, id, staffId);
    return null;
  });

const awaitingSecond = {
  code: 'assessment.awaiting_second',
  message: 'Recorded; it counts once a second analyst agrees.',
};

/**
 * Records the chosen verdict on each item, in its working category, through the normal assessment
 * path: the jurisdiction pack's four-eyes rules apply (the item then waits for a second analyst).
 */
export async function closeItems(
  db: Db,
  log: FastifyBaseLogger,
  actor: StaffActor,
  body: BulkCloseBody,
): Promise<BulkResponse> {
  const versions = new Map(body.items.map((i) => [i.id, i.version]));
  return eachItem(log, [...versions.keys()], async (id) => {
    const { item } = await recordAssessment(db, actor, id, {
      version: versions.get(id) as number,
      category: await workingCategory(db, id),
      legal_bases: [],
      verdict: body.verdict,
      details: {},
      ...(body.notes ? { notes: body.notes } : {}),
    });
    return item.state === 'awaiting_second' ? awaitingSecond : null;
  });
}

/**
 * Marks each item as a duplicate of another and gives it that item's final qualification (category,
 * legal bases, verdict, details) through the normal assessment path, so the pack's four-eyes rules
 * apply again. Without a final verdict on the other item there is nothing to give: refused as a whole.
 */
export async function markDuplicates(
  db: Db,
  log: FastifyBaseLogger,
  actor: StaffActor,
  body: BulkDuplicateBody,
): Promise<BulkResponse> {
  const originalId = body.duplicate_of;
  if (!(await itemExists(db, originalId))) {
    throw notFound('duplicate.original_not_found', 'No item with this id to be a duplicate of.');
  }
  const final = await countingAssessment(db, originalId);
  if (!final) {
    throw conflict(
      'duplicate.original_not_final',
      'The item they duplicate has no final verdict yet: qualify it first (or wait for its second opinion), then mark its duplicates.',
    );
  }
  const versions = new Map(body.items.map((i) => [i.id, i.version]));
  return eachItem(log, [...versions.keys()], async (id) => {
    if (id === originalId) throw conflict('duplicate.self', 'An item cannot duplicate itself.');
    const { item } = await recordAssessment(
      db,
      actor,
      id,
      {
        version: versions.get(id) as number,
        category: final.category,
        legal_bases: final.legal_bases,
        verdict: final.verdict,
        details: final.details,
      },
      { duplicateOf: originalId },
    );
    return item.state === 'awaiting_second' ? awaitingSecond : null;
  });
}
