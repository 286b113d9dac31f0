/** The SQL of items' hosting: which look-ups are due, their records, an item's hosting. No rules here. */
import { eq, sql } from 'drizzle-orm';
import { type Queryable, rowsOf } from '../../platform/db/database.ts';
import { items } from '../intake/index.ts';
import { type HostingState, hostingRecords, itemHosting, type LookupReason } from './hosting.tables.ts';
import type { HostingLookup } from './hosting.types.ts';

export type DueLookup = {
  itemId: string;
  url: string;
  reason: LookupReason;
  requestedBy: string | null;
  attempts: number;
};

/** Gives every item that has no hosting row yet a due one (new items, and items older than this feature). */
export async function enrolItemsWithoutHosting(q: Queryable, limit: number): Promise<number> {
  const result = await q.execute(sql`
    insert into item_hosting (item_id)
    select i.id from items i
    where not exists (select 1 from item_hosting h where h.item_id = i.id)
    order by i.first_reported_at desc
    limit ${limit}
    on conflict (item_id) do nothing`);
  return (
    (result as { rowCount?: number; affectedRows?: number }).rowCount ??
    (result as { affectedRows?: number }).affectedRows ??
    0
  );
}

/**
 * Takes up to `limit` due look-ups for this process: their due time moves `leaseSeconds` ahead, so
 * another process skips them, and a process that dies mid-way leaves them due again later.
 */
export async function takeDueLookups(
  q: Queryable,
  limit: number,
  leaseSeconds: number,
): Promise<DueLookup[]> {
  const result = await q.execute(sql`
    update item_hosting h
    set due_at = now() + ${leaseSeconds} * interval '1 second'
    from items i
    where i.id = h.item_id and h.item_id in (
      select item_id from item_hosting
      where due_at <= now()
      order by due_at
      limit ${limit}
      for update skip locked)
    returning h.item_id as "itemId", i.url, h.reason, h.requested_by as "requestedBy", h.attempts`);
  return rowsOf<DueLookup>(result);
}

export async function insertHostingRecord(
  q: Queryable,
  record: { itemId: string; reason: LookupReason; requestedBy: string | null; lookup: HostingLookup },
): Promise<string> {
  const [row] = await q
    .insert(hostingRecords)
    .values({
      itemId: record.itemId,
      lookedUpAt: new Date(record.lookup.looked_up_at),
      reason: record.reason,
      requestedBy: record.requestedBy,
      country: record.lookup.country,
      asn: record.lookup.asn,
      lookup: record.lookup,
    })
    .returning({ id: hostingRecords.id });
  if (!row) throw new Error('hosting record not stored');
  return row.id;
}

export async function settleItemHosting(
  q: Queryable,
  itemId: string,
  settled: {
    state: HostingState;
    attempts: number;
    dueAt: Date | null;
    latestRecordId?: string;
    country?: string | null;
  },
): Promise<void> {
  await q
    .update(itemHosting)
    .set({ ...settled, reason: settled.state === 'retrying' ? 'retry' : undefined, updatedAt: new Date() })
    .where(eq(itemHosting.itemId, itemId));
}

/** Makes a look-up of the item due now (creating its row if needed): someone asked, or a notice is near. */
export async function markLookupDue(
  q: Queryable,
  itemId: string,
  reason: LookupReason,
  requestedBy: string | null,
): Promise<void> {
  const due = {
    state: 'pending' as const,
    reason,
    requestedBy,
    attempts: 0,
    dueAt: new Date(),
    updatedAt: new Date(),
  };
  await q
    .insert(itemHosting)
    .values({ itemId, ...due })
    .onConflictDoUpdate({ target: itemHosting.itemId, set: due });
}

export async function findItemHosting(q: Queryable, itemId: string) {
  const [row] = await q.select().from(itemHosting).where(eq(itemHosting.itemId, itemId));
  return row;
}

export async function itemExists(q: Queryable, itemId: string): Promise<boolean> {
  const [row] = await q.select({ id: items.id }).from(items).where(eq(items.id, itemId));
  return row !== undefined;
}

/** The item's records with who asked for each, newest first. */
export async function findHostingRecordViews(q: Queryable, itemId: string, limit: number) {
  const result = await q.execute(sql`
    select r.id, r.looked_up_at, r.reason, r.lookup, s.id as staff_id, s.display_name
    from hosting_records r left join staff s on s.id = r.requested_by
    where r.item_id = ${itemId}
    order by r.looked_up_at desc
    limit ${limit}`);
  return rowsOf<{
    id: string;
    looked_up_at: Date | string;
    reason: LookupReason;
    lookup: HostingLookup;
    staff_id: string | null;
    display_name: string | null;
  }>(result);
}
