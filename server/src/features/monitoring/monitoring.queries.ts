/**
 * The monitoring loop's reads and writes: enrolling items whose first notice has left, taking the
 * checks that are due (leased, so two workers never check the same item at once), recording a check,
 * and the facts follow-ups need (the notices to remind, where the item is hosted now).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Queryable, rowsOf, type Tx } from '../../platform/db/database.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { itemMedia } from '../evidence/index.ts';
import type { AbuseContact } from '../hosting/index.ts';
import type { NoticeRecipient, RecipientKind } from '../notices/index.ts';
import type { CheckRecord, Fingerprints } from './check.types.ts';
import { itemMonitoring, removalChecks } from './monitoring.tables.ts';
import type { MonitoringChange, MonitoringRow } from './monitoring-schedule.ts';

/** A notice that has left: sent, or sent and acknowledged. */
export const LEFT_STATES = ['sent', 'acknowledged'] as const;
/** The recipients who can take content down: they are reminded, and told when it comes back. */
export const REMOVAL_RECIPIENTS = [
  'host',
  'platform',
  'registrar',
  'partner_hotline',
] as const satisfies readonly RecipientKind[];

/** Items with a notice that has left and no monitoring yet: when the first one left, and the category. */
export async function findItemsToEnrol(
  q: Queryable,
  limit: number,
): Promise<{ itemId: string; category: string; firstNoticeAt: Date }[]> {
  const rows = rowsOf<{ item_id: string; category: string; first_notice_at: Date | string }>(
    await q.execute(sql`
      select ni.item_id, min(n.sent_at) as first_notice_at,
        (select a.category from assessments a where a.item_id = ni.item_id and a.counts
         order by a.created_at desc limit 1) as category
      from notice_items ni join notices n on n.id = ni.notice_id
      where ${isOneOf(sql`n.state`, LEFT_STATES)} and n.sent_at is not null
        and not exists (select 1 from item_monitoring m where m.item_id = ni.item_id)
      group by ni.item_id
      order by min(n.sent_at)
      limit ${limit}`),
  );
  return rows.map((r) => ({
    itemId: r.item_id,
    category: r.category ?? '',
    firstNoticeAt: new Date(r.first_notice_at),
  }));
}

export async function insertMonitoring(
  q: Queryable,
  rows: (typeof itemMonitoring.$inferInsert)[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await q
    .insert(itemMonitoring)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: itemMonitoring.itemId });
  return inserted.length;
}

export type DueCheck = {
  row: MonitoringRow;
  url: string;
  host: string;
  category: string;
  fingerprints: Fingerprints;
};

/** Takes up to `limit` due checks, leased for `leaseSeconds`, with what each check compares against. */
export async function takeDueChecks(
  q: Queryable,
  now: Date,
  limit: number,
  leaseSeconds: number,
): Promise<DueCheck[]> {
  const lease = new Date(now.getTime() + leaseSeconds * 1000);
  const taken = rowsOf<{ item_id: string }>(
    await q.execute(sql`
      update item_monitoring set lease_until = ${lease.toISOString()}::timestamptz
      where item_id in (
        select item_id from item_monitoring
        where next_check_at <= ${now.toISOString()}::timestamptz
          and (lease_until is null or lease_until < ${now.toISOString()}::timestamptz)
        order by next_check_at
        limit ${limit}
        for update skip locked)
      returning item_id`),
  );
  if (taken.length === 0) return [];
  const ids = taken.map((r) => r.item_id);
  const rows = await q
    .select({
      row: itemMonitoring,
      url: sql<string>`i.url`,
      category: sql<
        string | null
      >`(select a.category from assessments a where a.item_id = i.id and a.counts order by a.created_at desc limit 1)`,
    })
    .from(itemMonitoring)
    .innerJoin(sql`items i`, sql`i.id = ${itemMonitoring.itemId}`)
    .where(inArray(itemMonitoring.itemId, ids));
  const media = await q
    .select({ itemId: itemMedia.itemId, sha256: itemMedia.sha256, pdq: itemMedia.pdq })
    .from(itemMedia)
    .where(inArray(itemMedia.itemId, ids));
  return rows.map(({ row, url, category }) => {
    const own = media.filter((m) => m.itemId === row.itemId);
    return {
      row,
      url,
      host: hostOf(url),
      category: category ?? '',
      fingerprints: {
        sha256: own.map((m) => m.sha256),
        pdq: own.flatMap((m) => (m.pdq ? [m.pdq] : [])),
      },
    };
  });
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** Keeps the check and moves the item's row on, in the caller's transaction. */
export async function recordCheck(
  tx: Tx,
  itemId: string,
  check: CheckRecord,
  requestedBy: string | null,
  change: MonitoringChange,
): Promise<void> {
  await tx.insert(removalChecks).values({
    itemId,
    checkedAt: check.startedAt,
    outcome: check.outcome,
    reason: check.reason,
    status: check.status,
    finalUrl: check.finalUrl,
    bodySha256: check.bodySha256,
    pdq: check.pdq,
    durationMs: Math.round(check.durationMs),
    requestedBy,
  });
  await updateMonitoring(tx, itemId, change);
}

export async function updateMonitoring(
  q: Queryable,
  itemId: string,
  change: MonitoringChange,
): Promise<void> {
  await q
    .update(itemMonitoring)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(itemMonitoring.itemId, itemId));
}

export async function lockMonitoring(tx: Tx, itemId: string): Promise<MonitoringRow | null> {
  const [row] = await tx.select().from(itemMonitoring).where(eq(itemMonitoring.itemId, itemId)).for('update');
  return row ?? null;
}

/** Watching items whose last check found them online: the candidates for a reminder or the escalation. */
export async function findOnlineWatched(q: Queryable, limit: number) {
  return q
    .select({
      row: itemMonitoring,
      category: sql<
        string | null
      >`(select a.category from assessments a where a.item_id = ${itemMonitoring.itemId} and a.counts order by a.created_at desc limit 1)`,
    })
    .from(itemMonitoring)
    .where(and(eq(itemMonitoring.state, 'watching'), eq(itemMonitoring.lastOutcome, 'online')))
    .orderBy(itemMonitoring.remindedFrom)
    .limit(limit);
}

/** The notices about an item that asked someone to take it down and have left (reminders excluded). */
export async function removalNoticesOf(
  q: Queryable,
  itemId: string,
): Promise<
  {
    noticeId: string;
    recipient: NoticeRecipient;
    ruleId: string;
    assessmentId: string;
    hostingRecordId: string | null;
  }[]
> {
  const rows = rowsOf<{
    id: string;
    recipient_kind: RecipientKind;
    channel: NoticeRecipient['channel'];
    address: string | null;
    recipient_name: string | null;
    language: NoticeRecipient['language'];
    source: string;
    rule_id: string;
    assessment_id: string;
    hosting_record_id: string | null;
  }>(
    await q.execute(sql`
      select n.id, n.recipient_kind, n.channel, n.address, n.recipient_name, n.language, n.source,
        n.rule_id, ni.assessment_id, ni.hosting_record_id
      from notice_items ni join notices n on n.id = ni.notice_id
      where ni.item_id = ${itemId}
        and ${isOneOf(sql`n.state`, LEFT_STATES)}
        and ${isOneOf(sql`n.recipient_kind`, REMOVAL_RECIPIENTS)}
        and n.purpose <> 'reminder'
      order by n.sent_at`),
  );
  return rows.map((r) => ({
    noticeId: r.id,
    recipient: {
      kind: r.recipient_kind,
      channel: r.channel,
      address: r.address,
      name: r.recipient_name,
      language: r.language,
      source: r.source,
    },
    ruleId: r.rule_id,
    assessmentId: r.assessment_id,
    hostingRecordId: r.hosting_record_id,
  }));
}

/** What escalation needs to name recipients: the item's counting assessment and where it is hosted now. */
export async function escalationFacts(q: Queryable, itemId: string) {
  const [row] = rowsOf<{
    url: string;
    assessment_id: string | null;
    category: string | null;
    verdict: string | null;
    record_id: string | null;
    country: string | null;
    contacts: AbuseContact[] | null;
  }>(
    await q.execute(sql`
      select i.url, a.id as assessment_id, a.category, a.verdict, h.latest_record_id as record_id,
        r.country, r.lookup->'abuse_contacts' as contacts
      from items i
      left join lateral (select * from assessments a where a.item_id = i.id and a.counts
                         order by a.created_at desc limit 1) a on true
      left join item_hosting h on h.item_id = i.id
      left join hosting_records r on r.id = h.latest_record_id
      where i.id = ${itemId}`),
  );
  return row ?? null;
}

/** The first notice about an item that left, whoever it went to (an escalation follows it up). */
export async function firstNoticeLeft(
  q: Queryable,
  itemId: string,
): Promise<{ noticeId: string } | undefined> {
  const [row] = rowsOf<{ id: string }>(
    await q.execute(sql`
      select n.id from notice_items ni join notices n on n.id = ni.notice_id
      where ni.item_id = ${itemId} and ${isOneOf(sql`n.state`, LEFT_STATES)}
      order by n.sent_at limit 1`),
  );
  return row ? { noticeId: row.id } : undefined;
}
