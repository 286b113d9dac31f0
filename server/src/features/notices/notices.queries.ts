/**
 * The SQL of notices: what routing has still to look at, the batch a new item joins, locking a
 * notice for a change, the views the API and the CLI show, and following the outbox. No rules here.
 */
import { and, eq, gt, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { type Queryable, rowsOf, type Tx } from '../../platform/db/database.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { mailOutbox, type SettledMail } from '../../platform/mail/index.ts';
import { itemMedia } from '../evidence/index.ts';
import type { AbuseContact, HostingState } from '../hosting/index.ts';
import type { NoticePurpose, NoticeRecipient, NoticeState, RoutingFacts } from './notice.types.ts';
import type { NoticeItemFacts } from './notice-parts.ts';
import type { NoticeDetail, NoticeReplyView, NoticeView } from './notices.schemas.ts';
import { noticeItems, noticeReplies, noticeRoutings, notices, type ReplyKind } from './notices.tables.ts';

/**
 * Hosting states in which the look-up has said what it could (done, or given up): routing waits
 * for them, so a host notice is not missed because the record was still coming.
 */
export const SETTLED_HOSTING_STATES = ['done', 'gave_up'] as const satisfies readonly HostingState[];

export type DueRouting = {
  assessmentId: string;
  itemId: string;
  url: string;
  category: string;
  verdict: RoutingFacts['verdict'];
  /** When the verdict became final (second opinion, resolution, or the assessment itself). */
  finalAt: Date;
  hostingRecordId: string | null;
  /** When that record was looked up (null without a record). */
  lookedUpAt: Date | null;
  country: string | null;
  contacts: AbuseContact[] | null;
};

/** Counting assessments that routing has not handled yet, whose item's hosting look-up has settled. */
export async function findDueRoutings(q: Queryable, limit: number): Promise<DueRouting[]> {
  const rows = rowsOf<
    Omit<DueRouting, 'finalAt' | 'lookedUpAt'> & { finalAt: Date | string; lookedUpAt: Date | string | null }
  >(
    await q.execute(sql`
      select a.id as "assessmentId", a.item_id as "itemId", i.url, a.category, a.verdict,
        greatest(a.created_at, coalesce(a.second_at, a.created_at), coalesce(a.resolved_at, a.created_at)) as "finalAt",
        h.latest_record_id as "hostingRecordId", r.looked_up_at as "lookedUpAt",
        r.country, r.lookup->'abuse_contacts' as contacts
      from assessments a
      join items i on i.id = a.item_id
      join item_hosting h on h.item_id = a.item_id
      left join hosting_records r on r.id = h.latest_record_id
      where a.counts
        and ${isOneOf(sql`h.state`, SETTLED_HOSTING_STATES)}
        and not exists (select 1 from notice_routings n where n.assessment_id = a.id)
      order by a.created_at
      limit ${limit}`),
  );
  return rows.map((r) => ({
    ...r,
    finalAt: new Date(r.finalAt),
    lookedUpAt: r.lookedUpAt ? new Date(r.lookedUpAt) : null,
  }));
}

/**
 * Takes an assessment for routing: true for the one process whose row went in. Another process
 * routing it at the same moment waits on the key, then finds it taken.
 */
export async function claimRouting(tx: Tx, assessmentId: string, itemId: string): Promise<boolean> {
  const rows = await tx
    .insert(noticeRoutings)
    .values({ assessmentId, itemId, proposed: 0 })
    .onConflictDoNothing()
    .returning({ id: noticeRoutings.assessmentId });
  return rows.length === 1;
}

export async function recordRouted(tx: Tx, assessmentId: string, proposed: number): Promise<void> {
  await tx.update(noticeRoutings).set({ proposed }).where(eq(noticeRoutings.assessmentId, assessmentId));
}

/** The key of a recipient for "proposed once per item" (kind, channel and address, case aside). */
export const recipientKey = (r: NoticeRecipient) =>
  `${r.kind}:${r.channel}:${(r.address ?? '').toLowerCase()}`;

export async function itemHasRecipient(tx: Tx, itemId: string, key: string): Promise<boolean> {
  const rows = await tx
    .select({ noticeId: noticeItems.noticeId })
    .from(noticeItems)
    .where(and(eq(noticeItems.itemId, itemId), eq(noticeItems.recipientKey, key)));
  return rows.length > 0;
}

/**
 * A still-proposed notice to the same recipient (kind, channel, address, language) and of the same
 * kind of approval, created since `since`, locked so it cannot be approved while an item joins it.
 */
export async function findBatchNotice(
  tx: Tx,
  r: NoticeRecipient,
  automatic: boolean,
  since: Date,
): Promise<{ id: string; notBefore: Date } | null> {
  const [row] = await tx
    .select({ id: notices.id, notBefore: notices.notBefore })
    .from(notices)
    .where(
      and(
        eq(notices.state, 'proposed'),
        eq(notices.recipientKind, r.kind),
        eq(notices.channel, r.channel),
        r.address === null ? isNull(notices.address) : sql`lower(${notices.address}) = lower(${r.address})`,
        eq(notices.language, r.language),
        eq(notices.automatic, automatic),
        eq(notices.purpose, 'notice'),
        gt(notices.createdAt, since),
      ),
    )
    .orderBy(notices.createdAt)
    .limit(1)
    .for('update');
  return row ?? null;
}

export type NewNotice = {
  id: string;
  recipient: NoticeRecipient;
  ruleId: string;
  automatic: boolean;
  notBefore: Date;
  subject: string;
  bodyText: string;
  purpose?: NoticePurpose;
  followsNoticeId?: string;
};

export async function insertNotice(tx: Tx, n: NewNotice): Promise<string> {
  const [row] = await tx
    .insert(notices)
    .values({
      id: n.id,
      recipientKind: n.recipient.kind,
      channel: n.recipient.channel,
      address: n.recipient.address,
      recipientName: n.recipient.name,
      language: n.recipient.language,
      source: n.recipient.source,
      ruleId: n.ruleId,
      automatic: n.automatic,
      notBefore: n.notBefore,
      subject: n.subject,
      bodyText: n.bodyText,
      purpose: n.purpose ?? 'notice',
      followsNoticeId: n.followsNoticeId ?? null,
    })
    .returning({ id: notices.id });
  if (!row) throw new Error('notices insert returned nothing');
  return row.id;
}

export async function deleteNotice(tx: Tx, id: string): Promise<void> {
  await tx.delete(notices).where(eq(notices.id, id));
}

export async function insertNoticeItem(tx: Tx, values: typeof noticeItems.$inferInsert): Promise<boolean> {
  const rows = await tx
    .insert(noticeItems)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: noticeItems.itemId });
  return rows.length === 1;
}

export type NoticeRow = typeof notices.$inferSelect;

/** The notice, locked for the rest of the transaction (a second change waits, then sees the first). */
export async function lockNotice(tx: Tx, id: string): Promise<NoticeRow | null> {
  const [row] = await tx.select().from(notices).where(eq(notices.id, id)).for('update');
  return row ?? null;
}

export async function updateNotice(
  tx: Queryable,
  id: string,
  change: Partial<typeof notices.$inferInsert>,
): Promise<void> {
  await tx
    .update(notices)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(notices.id, id));
}

export const recipientOf = (n: NoticeRow): NoticeRecipient => ({
  kind: n.recipientKind,
  channel: n.channel,
  address: n.address,
  name: n.recipientName,
  language: n.language,
  source: n.source,
});

/** An item of a notice with what XARF adds: when the verdict was made, the hosting address. */
export type NoticeItemRecord = NoticeItemFacts & { seenAt: Date; hostingIp: string | null };

/** The items of a notice as composing and XARF describe them: address, category, legal bases, hashes. */
export async function noticeItemFacts(q: Queryable, noticeId: string): Promise<NoticeItemRecord[]> {
  const rows = rowsOf<{
    item_id: string;
    url: string;
    category: string;
    legal_bases: string[];
    final_at: Date | string;
    hosting_ip: string | null;
  }>(
    await q.execute(sql`
      select ni.item_id, i.url, a.category, a.legal_bases, r.lookup->'ips'->>0 as hosting_ip,
        greatest(a.created_at, coalesce(a.second_at, a.created_at), coalesce(a.resolved_at, a.created_at)) as final_at
      from notice_items ni
      join items i on i.id = ni.item_id
      join assessments a on a.id = ni.assessment_id
      left join hosting_records r on r.id = ni.hosting_record_id
      where ni.notice_id = ${noticeId}
      order by ni.added_at, i.url`),
  );
  if (rows.length === 0) return [];
  const hashes = await q
    .select({ itemId: itemMedia.itemId, sha256: itemMedia.sha256, md5: itemMedia.md5 })
    .from(itemMedia)
    .where(
      inArray(
        itemMedia.itemId,
        rows.map((r) => r.item_id),
      ),
    )
    .orderBy(itemMedia.addedAt);
  return rows.map((r) => ({
    itemId: r.item_id,
    url: r.url,
    categoryId: r.category,
    legalBasisCodes: r.legal_bases,
    seenAt: new Date(r.final_at),
    hostingIp: r.hosting_ip,
    hashes: hashes.filter((h) => h.itemId === r.item_id).map((h) => ({ sha256: h.sha256, md5: h.md5 })),
  }));
}

/** Automatic notices whose delay has passed: the system approves them. */
export async function findDueAutomaticNotices(q: Queryable, now: Date, limit: number): Promise<string[]> {
  const rows = await q
    .select({ id: notices.id })
    .from(notices)
    .where(and(eq(notices.state, 'proposed'), eq(notices.automatic, true), lte(notices.notBefore, now)))
    .orderBy(notices.notBefore)
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Cancels a notice's message if it has not left yet; false when it is already sent or given up. */
export async function cancelNoticeMail(tx: Tx, mailId: string): Promise<boolean> {
  const rows = await tx
    .update(mailOutbox)
    .set({ state: 'cancelled', recipientEnc: null })
    .where(and(eq(mailOutbox.id, mailId), eq(mailOutbox.state, 'queued')))
    .returning({ id: mailOutbox.id });
  return rows.length === 1;
}

/** The states a notice leaves when its message is sent (see below) or given up. */
const FOLLOWS_SENT: NoticeState[] = ['queued', 'withdrawn'];
const FOLLOWS_FAILED: NoticeState[] = ['queued'];

/**
 * A notice follows its message: sent (also a notice withdrawn while its message was already in
 * SMTP's hands: it did leave), or failed when the outbox gave up.
 */
export async function followMail(
  tx: Tx,
  mailId: string,
  state: SettledMail['state'],
  at: Date,
): Promise<string[]> {
  const from = state === 'sent' ? FOLLOWS_SENT : FOLLOWS_FAILED;
  const rows = await tx
    .update(notices)
    .set(state === 'sent' ? { state, sentAt: at, updatedAt: at } : { state, updatedAt: at })
    .where(and(eq(notices.mailId, mailId), inArray(notices.state, from)))
    .returning({ id: notices.id });
  return rows.map((r) => r.id);
}

export async function insertReply(
  tx: Tx,
  values: { noticeId: string; kind: ReplyKind; text: string; addedBy: string },
): Promise<void> {
  await tx.insert(noticeReplies).values(values);
}

// ---- views ----------------------------------------------------------------------------------------

type ViewRow = NoticeRow & {
  approver_name: string | null;
  withholder_name: string | null;
  mail_state: NonNullable<NoticeDetail['delivery']>['state'] | null;
  mail_attempts: number | null;
  mail_last_error: string | null;
  mail_next_attempt_at: Date | string | null;
};

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/** Notices matching `where` (over the alias n), newest first, with their items, replies and delivery. */
export async function selectNoticeDetails(q: Queryable, where: SQL, limit = 1000): Promise<NoticeDetail[]> {
  const rows = rowsOf<Record<string, unknown>>(
    await q.execute(sql`
      select n.*, s1.display_name as approver_name, s2.display_name as withholder_name,
        m.state as mail_state, m.attempts as mail_attempts, m.last_error as mail_last_error,
        m.next_attempt_at as mail_next_attempt_at
      from notices n
      left join staff s1 on s1.id = n.approved_by
      left join staff s2 on s2.id = n.withheld_by
      left join mail_outbox m on m.id = n.mail_id
      where ${where}
      order by n.created_at desc, n.id desc
      limit ${limit}`),
  ).map(camelRow);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const itemRows = rowsOf<{
    notice_id: string;
    item_id: string;
    url: string;
    assessment_id: string;
    hosting_record_id: string | null;
  }>(
    await q.execute(sql`
      select ni.notice_id, ni.item_id, i.url, ni.assessment_id, ni.hosting_record_id
      from notice_items ni join items i on i.id = ni.item_id
      where ni.notice_id in (${idList(ids)})
      order by ni.added_at, i.url`),
  );
  const replyRows = rowsOf<{
    id: string;
    notice_id: string;
    kind: ReplyKind;
    text: string;
    added_by: string | null;
    display_name: string | null;
    added_at: Date | string;
  }>(
    await q.execute(sql`
      select r.id, r.notice_id, r.kind, r.text, r.added_by, s.display_name, r.added_at
      from notice_replies r left join staff s on s.id = r.added_by
      where r.notice_id in (${idList(ids)})
      order by r.added_at, r.id`),
  );
  return rows.map((r) => {
    const replies: NoticeReplyView[] = replyRows
      .filter((x) => x.notice_id === r.id)
      .map((x) => ({
        id: x.id,
        kind: x.kind,
        text: x.text,
        added_by: x.added_by ? { id: x.added_by, display_name: x.display_name ?? '' } : null,
        added_at: iso(x.added_at),
      }));
    return {
      id: r.id,
      state: r.state,
      recipient: recipientOf(r),
      purpose: r.purpose,
      follows_notice_id: r.followsNoticeId,
      rule_id: r.ruleId,
      rule_label: ruleLabel(r.ruleId),
      automatic: r.automatic,
      not_before: iso(r.notBefore),
      subject: r.subject,
      body_text: r.bodyText,
      items: itemRows
        .filter((x) => x.notice_id === r.id)
        .map((x) => ({
          item_id: x.item_id,
          url: x.url,
          assessment_id: x.assessment_id,
          hosting_record_id: x.hosting_record_id,
        })),
      approved: r.approvedAt
        ? {
            by: r.approvedBy ? { id: r.approvedBy, display_name: r.approver_name ?? '' } : null,
            at: iso(r.approvedAt),
          }
        : null,
      withheld: r.withheldAt
        ? {
            by: r.withheldBy ? { id: r.withheldBy, display_name: r.withholder_name ?? '' } : null,
            at: iso(r.withheldAt),
            reason: r.withheldReason ?? '',
          }
        : null,
      delivery: r.mail_state
        ? {
            state: r.mail_state,
            attempts: r.mail_attempts ?? 0,
            last_error: r.mail_last_error,
            next_attempt_at: r.mail_state === 'queued' ? isoOrNull(r.mail_next_attempt_at) : null,
          }
        : null,
      sent_at: isoOrNull(r.sentAt),
      acknowledged_at: isoOrNull(r.acknowledgedAt),
      created_at: iso(r.createdAt),
      updated_at: iso(r.updatedAt),
      replies,
      xarf: r.xarf ?? null,
    };
  });
}

/** A raw row with the notices table's snake_case columns, as the typed row plus the joined fields. */
function camelRow(raw: Record<string, unknown>): ViewRow {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const joined = /^(approver_name|withholder_name|mail_)/.test(key);
    out[joined ? key : key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  for (const key of [
    'notBefore',
    'approvedAt',
    'withheldAt',
    'sentAt',
    'acknowledgedAt',
    'createdAt',
    'updatedAt',
  ]) {
    const value = out[key];
    if (typeof value === 'string') out[key] = new Date(value);
  }
  return out as ViewRow;
}

const idList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** Without the XARF report, for lists. */
export const withoutXarf = ({ xarf: _xarf, ...view }: NoticeDetail): NoticeView => view;

const ruleLabels = new Map(pack.notices.rules.map((rule) => [rule.id, rule.label]));
const ruleLabel = (id: string) => ruleLabels.get(id) ?? null;

/** The notice a follow-up follows, as its text names it: its id and when it left. */
export async function followedNotice(
  q: Queryable,
  id: string,
): Promise<{ noticeId: string; sentAt: Date } | null> {
  const [row] = await q
    .select({ id: notices.id, sentAt: notices.sentAt, createdAt: notices.createdAt })
    .from(notices)
    .where(eq(notices.id, id));
  return row ? { noticeId: row.id, sentAt: row.sentAt ?? row.createdAt } : null;
}

/** A follow-up of `follows` with this purpose that has not left yet, locked so items can join it. */
export async function findFollowUpToJoin(
  tx: Tx,
  purpose: NoticePurpose,
  follows: string,
): Promise<string | null> {
  const [row] = await tx
    .select({ id: notices.id })
    .from(notices)
    .where(
      and(eq(notices.state, 'proposed'), eq(notices.purpose, purpose), eq(notices.followsNoticeId, follows)),
    )
    .limit(1)
    .for('update');
  return row?.id ?? null;
}
