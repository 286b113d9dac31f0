/**
 * Claims: an analyst takes an open item so nobody else works it at the same time. A claim lapses
 * after CLAIM_MINUTES without activity (each action of its holder on the item renews it); a
 * supervisor can hand an item to someone else or free it. Taking a claim is one conditional UPDATE,
 * so of two analysts claiming at once exactly one gets it.
 */
import { sql } from 'drizzle-orm';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import { type Role, roleMay, type StaffActor } from '../../platform/auth/index.ts';
import type { Db, Queryable, Tx } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.ts';
import { OPEN_ITEM } from './queue.queries.ts';
import { claimOf } from './queue.service.ts';
import { CLAIM_MINUTES, type ClaimInfo } from './triage.schemas.ts';

export const itemNotFound = () => notFound('item.not_found', 'No item with this id.');
const claimWindow = sql`now() + ${CLAIM_MINUTES} * interval '1 minute'`;

type ClaimRow = {
  claimed_by: string | null;
  claim_expires_at: Date | string | null;
  claimed_by_name: string | null;
};

/** The item's live claim (with its holder's name), or null. */
async function currentClaim(
  tx: Tx,
  itemId: string,
): Promise<{ state: string; claim: ClaimInfo | null } | null> {
  const [row] = rowsOf<ClaimRow & { state: string }>(
    await tx.execute(sql`
      select i.state, s.id as claimed_by, i.claim_expires_at, s.display_name as claimed_by_name
      from items i left join staff s on s.id = i.claimed_by and i.claim_expires_at > now()
      where i.id = ${itemId}`),
  );
  return row ? { state: row.state, claim: claimOf(row) } : null;
}

export const claimedByOther = (claim: ClaimInfo) =>
  new AppError(
    'item.claimed',
    409,
    `${claim.display_name} is working on this item (claim until ${claim.expires_at}). Pick another item, or ask a supervisor to reassign it.`,
    { claim },
  );

/** Refuses work on an item someone else holds a live claim on (used by qualification, inside its transaction). */
export async function assertNotClaimedByOther(tx: Tx, itemId: string, staffId: string): Promise<void> {
  const found = await currentClaim(tx, itemId);
  if (!found) throw itemNotFound();
  if (found.claim && found.claim.staff_id !== staffId) throw claimedByOther(found.claim);
}

/** Renews the holder's claim after activity on the item (no audit event: the activity has its own). */
export async function renewClaim(q: Queryable, itemId: string, staffId: string): Promise<void> {
  await q.execute(sql`
    update items set claim_expires_at = ${claimWindow}
    where id = ${itemId} and claimed_by = ${staffId} and claim_expires_at > now()`);
}

/** Ends any claim on the item (after the item leaves the holder's hands: assessed, handed to four eyes). */
export async function clearClaim(tx: Tx, itemId: string): Promise<void> {
  await tx.execute(sql`update items set claimed_by = null, claim_expires_at = null where id = ${itemId}`);
}

export async function claimItem(db: Db, actor: StaffActor, itemId: string): Promise<ClaimInfo> {
  return db.transaction(async (tx) => {
    const [taken] = rowsOf<{ previous: string | null; previous_live: boolean }>(
      await tx.execute(sql`
        with before as (select id, claimed_by, claim_expires_at from items where id = ${itemId} for update)
        update items i set claimed_by = ${actor.staffId}, claim_expires_at = ${claimWindow}
        from before
        where i.id = before.id and ${OPEN_ITEM}
          and (before.claimed_by is null or before.claimed_by = ${actor.staffId} or before.claim_expires_at <= now())
        returning before.claimed_by as previous, coalesce(before.claim_expires_at > now(), false) as previous_live`),
    );
    const found = await currentClaim(tx, itemId);
    if (!found) throw itemNotFound();
    if (!taken) {
      if (found.claim) throw claimedByOther(found.claim);
      throw conflict('item.closed', 'This item is already assessed: there is nothing to claim.');
    }
    const renewal = taken.previous === actor.staffId && taken.previous_live;
    if (!renewal) {
      await appendAuditEvent(tx, {
        actorStaffId: actor.staffId,
        actorLabel: actor.label,
        action: 'item.claimed',
        targetType: 'item',
        targetId: itemId,
        details:
          taken.previous && taken.previous !== actor.staffId ? { lapsed_claim_of: taken.previous } : {},
      });
    }
    return found.claim as ClaimInfo;
  });
}

export async function releaseItem(db: Db, actor: StaffActor, itemId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const released = rowsOf<{ id: string }>(
      await tx.execute(sql`
        update items set claimed_by = null, claim_expires_at = null
        where id = ${itemId} and claimed_by = ${actor.staffId} and claim_expires_at > now()
        returning id`),
    );
    if (released.length === 0) {
      const found = await currentClaim(tx, itemId);
      if (!found) throw itemNotFound();
      throw conflict('item.not_your_claim', 'You do not hold a claim on this item (it may have lapsed).');
    }
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'item.released',
      targetType: 'item',
      targetId: itemId,
    });
  });
}

/** A supervisor hands the item to an analyst or supervisor (toStaffId), or frees it (null). */
export async function reassignItem(
  db: Db,
  actor: StaffActor,
  itemId: string,
  toStaffId: string | null,
  note?: string,
): Promise<ClaimInfo | null> {
  return db.transaction(async (tx) => {
    if (toStaffId) {
      const [target] = rowsOf<{ role: Role; disabled: boolean }>(
        await tx.execute(
          sql`select role, disabled_at is not null as disabled from staff where id = ${toStaffId}`,
        ),
      );
      if (!target) throw notFound('staff.not_found', 'No staff member with this id.');
      if (target.disabled) throw badRequest('reassign.disabled', 'This staff account is disabled.');
      if (!roleMay(target.role, 'qualify')) {
        throw badRequest('reassign.role', 'Items can only be given to an analyst or a supervisor.');
      }
    }
    const before = await currentClaim(tx, itemId);
    if (!before) throw itemNotFound();
    if (before.state === 'assessed') throw conflict('item.closed', 'This item is already assessed.');
    await tx.execute(
      toStaffId
        ? sql`update items set claimed_by = ${toStaffId}, claim_expires_at = ${claimWindow} where id = ${itemId}`
        : sql`update items set claimed_by = null, claim_expires_at = null where id = ${itemId}`,
    );
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'item.reassigned',
      targetType: 'item',
      targetId: itemId,
      details: { from: before.claim?.staff_id ?? null, to: toStaffId, ...(note ? { note } : {}) },
    });
    return (await currentClaim(tx, itemId))?.claim ?? null;
  });
}
