/**
 * The demo's own SQL: reading what the real services made, moving the times they stamped to the
 * planned past, and counting what the demo created. Only timestamps are changed, never a state or a
 * link: every state was reached through the feature that owns it. Rows are found by a mark — the
 * database's clock before a step — so "rows this step created" needs no list of ids. Audit events
 * are never touched (the table refuses UPDATE, and each hash covers its time).
 */

import { sql } from 'drizzle-orm';
import { type Db, type Queryable, rowsOf } from '../../platform/db/database.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { LEFT_STATES } from '../monitoring/index.ts';
import type { NoticeChannel, NoticeState } from '../notices/index.ts';
import type { ItemFate } from './demo-plan.ts';

/** Channels the liaison officer sends by hand, and notices that have not left yet. */
const HAND_SENT_CHANNELS: NoticeChannel[] = ['web_form', 'api'];
const NOT_LEFT_YET: NoticeState[] = ['proposed', 'queued'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The database's clock now: rows written after this call carry a later time. */
export async function databaseNow(db: Queryable): Promise<Date> {
  const [row] = rowsOf<{ now: Date | string }>(await db.execute(sql`select now() as now`));
  return new Date(row?.now ?? Date.now());
}

export async function itemVersion(db: Queryable, itemId: string): Promise<number> {
  const [row] = rowsOf<{ version: number }>(
    await db.execute(sql`select version from items where id = ${itemId}`),
  );
  if (!row) throw new Error(`demo item ${itemId} vanished`);
  return row.version;
}

/** Items as intake stored them, oldest first (url breaks ties: the order does not depend on ids). */
export async function listDemoItems(db: Queryable) {
  const rows = rowsOf<{ id: string; url: string; category: string; first_reported_at: Date | string }>(
    await db.execute(
      sql`select id, url, category, first_reported_at from items order by first_reported_at, url`,
    ),
  );
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    category: r.category,
    firstReportedAt: new Date(r.first_reported_at),
  }));
}

/** Assessments at their planned times: the first analyst's, the second opinion, the supervisor's. */
export async function backdateAssessments(db: Db, supervisorId: string, fates: ItemFate[]): Promise<void> {
  const rows = fates
    .filter((f) => f.stage !== 'untouched' && f.stage !== 'claimed')
    .map((f) => ({
      item_id: f.itemId,
      assessed_at: iso(f.assessedAt),
      second_at: iso(f.secondAt),
      resolved_at: iso(f.resolution?.at ?? null),
      final_at: iso(f.finalAt ?? f.secondAt ?? f.assessedAt),
    }));
  if (rows.length === 0) return;
  const planned = sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
    as s(item_id uuid, assessed_at timestamptz, second_at timestamptz, resolved_at timestamptz, final_at timestamptz)`;
  await db.execute(sql`
    update assessments a set
      created_at = case when a.staff_id = ${supervisorId} then s.resolved_at else s.assessed_at end,
      second_at = case when a.second_at is null then null else s.second_at end,
      resolved_at = case when a.resolved_at is null then null else s.resolved_at end
    from ${planned} where a.item_id = s.item_id`);
  await db.execute(sql`update items i set updated_at = s.final_at from ${planned} where i.id = s.item_id`);
}

/** Hosting rows at the time of their record (the look-up's own time). */
export async function backdateItemHosting(db: Db): Promise<void> {
  await db.execute(sql`
    update item_hosting h set updated_at = r.looked_up_at
    from hosting_records r where r.id = h.latest_record_id`);
}

/** Notices routing proposed since `mark`, with their items and routings, at `at`. */
export async function stampNewNotices(db: Db, mark: Date, at: Date): Promise<void> {
  await db.execute(
    sql`update notices set created_at = ${at}, updated_at = ${at} where created_at >= ${mark}`,
  );
  await db.execute(sql`update notice_items set added_at = ${at} where added_at >= ${mark}`);
  await db.execute(sql`update notice_routings set routed_at = ${at} where routed_at >= ${mark}`);
}

/**
 * Messages queued since `mark` at `at`. A notice's message keeps its own due time (the notice's
 * delay); a reporter's message is due at once.
 */
export async function stampNewMail(db: Db, mark: Date, at: Date): Promise<void> {
  await db.execute(sql`
    update mail_outbox set created_at = ${at},
      next_attempt_at = case when purpose = 'reporter_feedback' then ${at} else next_attempt_at end
    where created_at >= ${mark}`);
}

/** Withheld and hand-sent notices since `mark`, at `at`. */
export async function stampNoticeChanges(db: Db, mark: Date, at: Date): Promise<void> {
  await db.execute(sql`update notices set withheld_at = ${at} where withheld_at >= ${mark}`);
  await db.execute(sql`update notices set sent_at = ${at} where sent_at >= ${mark}`);
}

/** A notice acknowledged (and answered) since `mark`, at `at`. */
export async function stampAcknowledgement(db: Db, noticeId: string, mark: Date, at: Date): Promise<void> {
  await db.execute(
    sql`update notices set acknowledged_at = ${at} where id = ${noticeId} and acknowledged_at >= ${mark}`,
  );
  await db.execute(
    sql`update notice_replies set added_at = ${at} where notice_id = ${noticeId} and added_at >= ${mark}`,
  );
}

/** A notice's last change is its latest event (the services stamped the real time). */
export async function settleNoticeUpdates(db: Db, mark: Date): Promise<void> {
  await db.execute(sql`
    update notices set updated_at = greatest(created_at, approved_at, withheld_at, sent_at, acknowledged_at,
      (select max(added_at) from notice_replies r where r.notice_id = notices.id))
    where updated_at >= ${mark}`);
}

/** Feedback sent since `mark`, at `at` (the message, and the report's last public change). */
export async function stampFeedback(db: Db, mark: Date, at: Date): Promise<void> {
  await db.execute(sql`update report_messages set sent_at = ${at} where sent_at >= ${mark}`);
  await db.execute(sql`update reports set public_updated_at = ${at} where public_updated_at >= ${mark}`);
}

/** The countries the demo's hosting records name. */
export async function hostingCountries(db: Queryable): Promise<string[]> {
  const rows = rowsOf<{ country: string }>(
    await db.execute(
      sql`select distinct country from hosting_records where country is not null order by country`,
    ),
  );
  return rows.map((r) => r.country);
}

/** Monitoring rows enrolled or moved on since `mark`, at `at` (never before the first notice left). */
export async function stampMonitoring(db: Db, mark: Date, at: Date): Promise<void> {
  await db.execute(sql`
    update item_monitoring set created_at = greatest(${at}::timestamptz, first_notice_at)
    where created_at >= ${mark}`);
  await db.execute(sql`
    update item_monitoring set updated_at = greatest(${at}::timestamptz, created_at)
    where updated_at >= ${mark}`);
}

/** When each watched item's first notice left, and its category (what the demo world's fate needs). */
export async function monitoringStarts(
  db: Queryable,
  itemIds: string[],
): Promise<Map<string, { firstNoticeAt: Date; category: string }>> {
  if (itemIds.length === 0) return new Map();
  const rows = rowsOf<{ item_id: string; first_notice_at: Date | string; category: string | null }>(
    await db.execute(sql`
      select m.item_id, m.first_notice_at,
        (select a.category from assessments a where a.item_id = m.item_id and a.counts
         order by a.created_at desc limit 1) as category
      from item_monitoring m
      where m.item_id in (${sql.join(
        itemIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`),
  );
  return new Map(
    rows.map((r) => [r.item_id, { firstNoticeAt: new Date(r.first_notice_at), category: r.category ?? '' }]),
  );
}

/**
 * Whether a turn of the monitoring loop at `at` would do anything: a notice left about an item not yet
 * watched, a check due, or content online long enough for a reminder or the escalation (the shortest
 * delay and the most reminders of any category). A turn with none of these changes nothing, so the
 * demo does not run it.
 */
export async function monitoringWorkDue(
  db: Queryable,
  at: Date,
  followUps: { reminderAfterMs: number; reminders: number },
): Promise<boolean> {
  const remindBefore = new Date(at.getTime() - followUps.reminderAfterMs);
  const [row] = rowsOf<{ due: boolean }>(
    await db.execute(sql`
      select exists (select 1 from item_monitoring where next_check_at <= ${at})
        or exists (select 1 from item_monitoring where state = 'watching' and last_outcome = 'online'
                   and reminded_from <= ${remindBefore}
                   and (reminders_sent < ${followUps.reminders} or escalated_at is null))
        or exists (select 1 from notices n join notice_items ni on ni.notice_id = n.id
                   where ${isOneOf(sql`n.state`, LEFT_STATES)} and n.sent_at is not null
                     and not exists (select 1 from item_monitoring m where m.item_id = ni.item_id)) as due`),
  );
  return row?.due ?? false;
}

/** Items whose removal the checks confirmed in (`from`, `to`]: their reporters may be told. */
export async function removalsConfirmedBetween(db: Queryable, from: Date, to: Date): Promise<string[]> {
  const rows = rowsOf<{ item_id: string }>(
    await db.execute(sql`
      select m.item_id from item_monitoring m join items i on i.id = m.item_id
      where m.state = 'removed' and m.confirmed_at > ${from} and m.confirmed_at <= ${to}
      order by i.url`),
  );
  return rows.map((r) => r.item_id);
}

export type NoticeRef = { id: string; kind: string; channel: string; address: string | null; sentAt: Date };

/** Proposed notices waiting for a person, in an order that does not depend on ids. */
export async function proposedNotices(db: Queryable): Promise<NoticeRef[]> {
  return noticeRefs(db, sql`n.state = 'proposed' and not n.automatic`);
}

/** Approved notices the liaison officer sends by hand (web form, API). */
export async function handQueuedNotices(db: Queryable): Promise<NoticeRef[]> {
  return noticeRefs(db, sql`n.state = 'queued' and ${isOneOf(sql`n.channel`, HAND_SENT_CHANNELS)}`);
}

/** Notices that left after `since`, or given up after it. */
export async function noticesSettledAfter(
  db: Queryable,
  since: Date,
): Promise<{ sent: NoticeRef[]; failed: NoticeRef[] }> {
  const sent = await noticeRefs(db, sql`n.state = 'sent' and n.sent_at > ${since}`);
  const failed = await noticeRefs(db, sql`n.state = 'failed' and n.updated_at > ${since}`);
  return { sent, failed };
}

async function noticeRefs(db: Queryable, where: ReturnType<typeof sql>): Promise<NoticeRef[]> {
  const rows = rowsOf<{
    id: string;
    recipient_kind: string;
    channel: string;
    address: string | null;
    at: Date | string;
  }>(
    await db.execute(sql`
      select n.id, n.recipient_kind, n.channel, n.address, coalesce(n.sent_at, n.updated_at) as at
      from notices n
      where ${where}
      order by n.rule_id, n.address nulls first,
        (select min(i.url) from notice_items ni join items i on i.id = ni.item_id where ni.notice_id = n.id)`),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.recipient_kind,
    channel: r.channel,
    address: r.address,
    sentAt: new Date(r.at),
  }));
}

/** The first report that named the item (its reporter, not one it was derived for). */
export async function firstReportNaming(db: Queryable, itemId: string): Promise<string | undefined> {
  const [row] = rowsOf<{ id: string }>(
    await db.execute(sql`
      select r.id from report_items ri join reports r on r.id = ri.report_id
      where ri.item_id = ${itemId} and not ri.derived
      order by r.received_at, r.tracking_code limit 1`),
  );
  return row?.id;
}

/** Whether anything waits for an evening: mail in the outbox, notices not yet gone, a batch to hand over. */
export async function noticeWorkWaiting(db: Queryable): Promise<boolean> {
  const [row] = rowsOf<{ waiting: boolean }>(
    await db.execute(sql`
      select exists (select 1 from mail_outbox where state = 'queued')
        or exists (select 1 from notices where ${isOneOf(sql`state`, NOT_LEFT_YET)})
        or exists (select 1 from police_batches where state = 'prepared') as waiting`),
  );
  return row?.waiting ?? false;
}

/** The items the notices are about, by address (not by id: the same seed gives the same order). */
export async function noticeItemIds(db: Queryable, noticeIds: string[]): Promise<string[]> {
  if (noticeIds.length === 0) return [];
  const rows = rowsOf<{ item_id: string }>(
    await db.execute(sql`
      select ni.item_id from notice_items ni join items i on i.id = ni.item_id
      where ni.notice_id in (${sql.join(
        noticeIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      group by ni.item_id, i.url
      order by i.url`),
  );
  return rows.map((r) => r.item_id);
}

export type DemoCounts = {
  qualified: number;
  illegal: number;
  open: number;
  notices: Record<string, number>;
  policeBatches: { prepared: number; transmitted: number };
  partnerForwards: Record<string, number>;
  feedback: number;
  feedbackEmails: number;
  monitoring: MonitoringCounts;
};

export type MonitoringCounts = {
  followed: number;
  removed: number;
  stillOnline: number;
  /** Median hours from the first notice to the first confirmed removal (null without any). */
  medianHoursToRemoval: number | null;
  reminders: number;
  escalations: number;
  reappearances: number;
};

/** What removal monitoring made of the demo's notified items, as the summary tells it. */
export async function monitoringCounts(db: Queryable): Promise<MonitoringCounts> {
  const [row] = rowsOf<{
    followed: number;
    removed: number;
    median: number | string | null;
    reappearances: number;
    reminders: number;
    escalations: number;
  }>(
    await db.execute(sql`
      select count(*)::int as followed,
        (count(*) filter (where state = 'removed'))::int as removed,
        percentile_cont(0.5) within group (
          order by extract(epoch from (first_removed_at - first_notice_at)) / 3600.0) as median,
        coalesce(sum(reappearances), 0)::int as reappearances,
        (select count(*) from notices where purpose = 'reminder')::int as reminders,
        (select count(*) from notices where purpose = 'escalation')::int as escalations
      from item_monitoring`),
  );
  const followed = row?.followed ?? 0;
  const removed = row?.removed ?? 0;
  return {
    followed,
    removed,
    stillOnline: followed - removed,
    medianHoursToRemoval:
      row?.median === null || row?.median === undefined ? null : Math.round(Number(row.median) * 10) / 10,
    reminders: row?.reminders ?? 0,
    escalations: row?.escalations ?? 0,
    reappearances: row?.reappearances ?? 0,
  };
}

/** What the demo made, as the summary tells it. */
export async function demoCounts(db: Queryable): Promise<DemoCounts> {
  const [items] = rowsOf<{ qualified: number; illegal: number; open: number }>(
    await db.execute(sql`
      select
        (select count(*) from assessments where counts)::int as qualified,
        (select count(*) from assessments where counts and verdict = 'illegal')::int as illegal,
        (select count(*) from items where state <> 'assessed')::int as open`),
  );
  const byState = rowsOf<{ kind: string; state: string; n: number }>(
    await db.execute(
      sql`select recipient_kind as kind, state, count(*)::int as n from notices group by 1, 2 order by 1, 2`,
    ),
  );
  const batches = rowsOf<{ state: string; n: number }>(
    await db.execute(sql`select state, count(*)::int as n from police_batches group by 1`),
  );
  const [feedback] = rowsOf<{ n: number; mailed: number }>(
    await db.execute(sql`select count(*)::int as n, count(mail_id)::int as mailed from report_messages`),
  );
  const notices: Record<string, number> = {};
  const partnerForwards: Record<string, number> = {};
  for (const row of byState) {
    notices[row.state] = (notices[row.state] ?? 0) + row.n;
    if (row.kind === 'partner_hotline') partnerForwards[row.state] = row.n;
  }
  return {
    qualified: items?.qualified ?? 0,
    illegal: items?.illegal ?? 0,
    open: items?.open ?? 0,
    notices,
    policeBatches: {
      prepared: batches.find((b) => b.state === 'prepared')?.n ?? 0,
      transmitted: batches.find((b) => b.state === 'transmitted')?.n ?? 0,
    },
    partnerForwards,
    feedback: feedback?.n ?? 0,
    feedbackEmails: feedback?.mailed ?? 0,
    monitoring: await monitoringCounts(db),
  };
}
