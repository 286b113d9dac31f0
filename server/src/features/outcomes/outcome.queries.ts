/**
 * The facts deriveItemStanding reads, for the addresses of one report or for one item: one query
 * each, no rules here. An address "of a report" is one its reporter named: links added because an
 * analyst derived an item from it (report_items.derived) are left out, the reporter did not send them.
 */
import { sql } from 'drizzle-orm';
import type { Verdict } from '../../jurisdictions/jurisdiction.ts';
import { type Queryable, rowsOf } from '../../platform/db/database.ts';
import type { NoticeState, RecipientKind } from '../notices/index.ts';
import { deriveItemStanding, type ItemFacts, type ItemStanding } from './outcome.ts';

type FactsRow = {
  item_id: string;
  position: number;
  changed_at: Date | string | null;
  started: boolean;
  verdict: Verdict | null;
  notices: { kind: RecipientKind; state: NoticeState }[] | null;
  removed_at: Date | string | null;
};

// One row per item: started (a claim ever taken, or any assessment), the counting verdict, the notices.
const facts = sql`
  exists (select 1 from assessments a where a.item_id = i.id)
    or exists (select 1 from audit_events e
               where e.target_type = 'item' and e.target_id = i.id::text and e.action = 'item.claimed')
    as started,
  (select a.verdict from assessments a
   where a.item_id = i.id and a.counts
   order by a.created_at desc limit 1) as verdict,
  (select jsonb_agg(jsonb_build_object('kind', n.recipient_kind, 'state', n.state))
   from notice_items ni join notices n on n.id = ni.notice_id where ni.item_id = i.id) as notices,
  (select m.removed_at from item_monitoring m where m.item_id = i.id and m.state = 'removed') as removed_at,
  greatest(
    (select max(coalesce(a.resolved_at, a.second_at, a.created_at)) from assessments a
     where a.item_id = i.id and a.counts),
    (select max(coalesce(n.acknowledged_at, n.sent_at))
     from notice_items ni join notices n on n.id = ni.notice_id where ni.item_id = i.id),
    (select greatest(m.confirmed_at, m.reappeared_at) from item_monitoring m where m.item_id = i.id)
  ) as changed_at`;

const toFacts = (row: FactsRow): ItemFacts => ({
  started: row.started,
  verdict: row.verdict,
  notices: row.notices ?? [],
  removedAt: row.removed_at ? new Date(row.removed_at) : null,
});

export type AddressStanding = ItemStanding & {
  itemId: string;
  /** Its place in the report, from 1: the status page names an address by it, never by its URL. */
  number: number;
  /** The latest message sent to this report's reporter about it (report_messages, feedback's table). */
  message: string | null;
  /** When its standing last moved (a counting verdict, a notice leaving or acknowledged, a removal). */
  changedAt: Date | null;
};

/** The addresses a report's reporter named, in their order (numbered from 1), with their standing. */
export async function reportedAddressStandings(db: Queryable, reportId: string): Promise<AddressStanding[]> {
  const rows = rowsOf<FactsRow & { message: string | null }>(
    await db.execute(sql`
      select i.id as item_id, ri.position, ${facts},
        (select m.body from report_messages m where m.report_id = ri.report_id and m.item_id = i.id
         order by m.sent_at desc, m.id desc limit 1) as message
      from report_items ri join items i on i.id = ri.item_id
      where ri.report_id = ${reportId} and not ri.derived
      order by ri.position, i.id`),
  );
  return rows.map((row, index) => ({
    ...deriveItemStanding(toFacts(row)),
    itemId: row.item_id,
    number: index + 1,
    message: row.message,
    changedAt: row.changed_at === null ? null : new Date(row.changed_at),
  }));
}

/** One item's standing; null for an unknown item. */
export async function itemStanding(db: Queryable, itemId: string): Promise<ItemStanding | null> {
  const [row] = rowsOf<FactsRow>(
    await db.execute(
      sql`select i.id as item_id, 0 as position, ${facts} from items i where i.id = ${itemId}`,
    ),
  );
  return row ? deriveItemStanding(toFacts(row)) : null;
}

/** Whether `reportId`'s reporter named `itemId` (false for a derived link or no link at all). */
export async function isReportedIn(db: Queryable, reportId: string, itemId: string): Promise<boolean> {
  const rows = rowsOf<{ ok: number }>(
    await db.execute(sql`
      select 1 as ok from report_items where report_id = ${reportId} and item_id = ${itemId} and not derived`),
  );
  return rows.length > 0;
}

/** The reports whose reporter named `itemId` (not those it was derived for). */
export async function reportsNaming(db: Queryable, itemId: string): Promise<string[]> {
  const rows = rowsOf<{ report_id: string }>(
    await db.execute(sql`select report_id from report_items where item_id = ${itemId} and not derived`),
  );
  return rows.map((r) => r.report_id);
}
