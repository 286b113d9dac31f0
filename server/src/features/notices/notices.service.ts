/**
 * What staff do with notices besides approving them (notice-approval.ts), and what they read: withhold
 * a proposal (with a reason), withdraw an approved notice before it leaves, record what came back,
 * acknowledge, record a notice sent by hand. Each change locks the notice, checks its state, and is
 * audited in the same transaction. Also the outbox hook by which an e-mail notice follows its message.
 */
import { eq, sql } from 'drizzle-orm';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { StaffActor } from '../../platform/auth/index.ts';
import type { Db, Queryable, Tx } from '../../platform/db/database.ts';
import { badRequest, conflict } from '../../platform/errors.ts';
import type { MailSettledHook } from '../../platform/mail/index.ts';
import { items } from '../intake/index.ts';
import { itemNotFound } from '../triage/index.ts';
import type { NoticeState } from './notice.types.ts';
import { NOTICE_MAIL_PURPOSE, noticeNotFound } from './notice-approval.ts';
import {
  cancelNoticeMail,
  followMail,
  insertReply,
  lockNotice,
  type NoticeRow,
  selectNoticeDetails,
  updateNotice,
  withoutXarf,
} from './notices.queries.ts';
import type { NoticeDetail, NoticeListQuery, NoticeReplyInput, NoticeView } from './notices.schemas.ts';

async function detailOf(q: Queryable, id: string): Promise<NoticeDetail> {
  const [view] = await selectNoticeDetails(q, sql`n.id = ${id}`);
  if (!view) throw noticeNotFound();
  return view;
}

export const getNotice = (db: Queryable, id: string) => detailOf(db, id);

/** The notices that include an item, newest first; 404 for an unknown item. */
export async function noticesOfItem(db: Queryable, itemId: string): Promise<NoticeView[]> {
  const [item] = await db.select({ id: items.id }).from(items).where(eq(items.id, itemId));
  if (!item) throw itemNotFound();
  const views = await selectNoticeDetails(
    db,
    sql`n.id in (select notice_id from notice_items where item_id = ${itemId})`,
  );
  return views.map(withoutXarf);
}

/** A page of notices for the liaison officer's screen, newest first. */
export async function listNotices(
  db: Queryable,
  query: NoticeListQuery,
): Promise<{ notices: NoticeView[]; next_cursor: string | null }> {
  const conditions = [sql`true`];
  if (query.state) conditions.push(sql`n.state = ${query.state}`);
  if (query.kind) conditions.push(sql`n.recipient_kind = ${query.kind}`);
  if (query.cursor) {
    const after = parseCursor(query.cursor);
    conditions.push(sql`(n.created_at, n.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  }
  const views = await selectNoticeDetails(db, sql.join(conditions, sql` and `), query.limit + 1);
  const page = views.slice(0, query.limit);
  const last = page.at(-1);
  return {
    notices: page.map(withoutXarf),
    next_cursor: views.length > query.limit && last ? `${last.created_at}_${last.id}` : null,
  };
}

function parseCursor(cursor: string): { createdAt: string; id: string } {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)_([0-9a-f-]{36})$/.exec(cursor);
  if (!match || Number.isNaN(Date.parse(match[1] ?? ''))) {
    throw badRequest('notice.bad_cursor', 'cursor must be the next_cursor of a previous page.');
  }
  return { createdAt: match[1] as string, id: match[2] as string };
}

/** Locks the notice and checks it is in one of `states`, else 409 `code`. */
async function lockIn(
  tx: Tx,
  id: string,
  states: readonly NoticeState[],
  code: string,
  message: (n: NoticeRow) => string,
): Promise<NoticeRow> {
  const notice = await lockNotice(tx, id);
  if (!notice) throw noticeNotFound();
  if (!states.includes(notice.state)) throw conflict(code, message(notice));
  return notice;
}

const audit = (tx: Tx, actor: StaffActor, action: string, noticeId: string, details: object = {}) =>
  appendAuditEvent(tx, {
    actorStaffId: actor.staffId,
    actorLabel: actor.label,
    action,
    targetType: 'notice',
    targetId: noticeId,
    details: details as Record<string, unknown>,
  });

/** A person decides a proposed notice is not to be sent; the reason is kept and audited. */
export async function withholdNotice(
  db: Db,
  id: string,
  reason: string,
  actor: StaffActor,
): Promise<NoticeDetail> {
  return db.transaction(async (tx) => {
    await lockIn(
      tx,
      id,
      ['proposed'],
      'notice.not_proposed',
      (n) => `This notice is ${n.state}: only a proposed notice can be withheld.`,
    );
    const now = new Date();
    await updateNotice(tx, id, {
      state: 'withheld',
      withheldBy: actor.staffId,
      withheldAt: now,
      withheldReason: reason,
    });
    await audit(tx, actor, 'notice.withheld', id, { reason });
    return detailOf(tx, id);
  });
}

/** Cancels an approved notice before it leaves: its outbox message is cancelled with it. */
export async function withdrawNotice(db: Db, id: string, actor: StaffActor): Promise<NoticeDetail> {
  return db.transaction(async (tx) => {
    const notice = await lockIn(tx, id, ['queued'], 'notice.not_queued', (n) =>
      n.state === 'proposed'
        ? 'This notice is not approved yet: withhold it instead.'
        : `This notice is ${n.state}: only an approved notice that has not left can be withdrawn.`,
    );
    if (notice.mailId && !(await cancelNoticeMail(tx, notice.mailId))) {
      throw conflict('notice.not_queued', 'This notice’s e-mail has already left: it cannot be withdrawn.');
    }
    await updateNotice(tx, id, { state: 'withdrawn' });
    await audit(tx, actor, 'notice.withdrawn', id);
    return detailOf(tx, id);
  });
}

/** States in which something can have come back: it was approved (it may have left). */
const ANSWERABLE_STATES: NoticeState[] = ['queued', 'sent', 'acknowledged', 'failed', 'withdrawn'];

/**
 * Records what came back (an answer, a bounce, an acknowledgement of receipt), in any state but
 * proposed. A bounce on a sent notice marks it failed.
 */
export async function addNoticeReply(
  db: Db,
  id: string,
  input: NoticeReplyInput,
  actor: StaffActor,
): Promise<NoticeDetail> {
  return db.transaction(async (tx) => {
    const notice = await lockIn(
      tx,
      id,
      ANSWERABLE_STATES,
      'notice.not_sent',
      (n) => `This notice is ${n.state}: nothing can have come back from it.`,
    );
    await insertReply(tx, { noticeId: id, kind: input.kind, text: input.text, addedBy: actor.staffId });
    // A bounce says the message never reached anyone: the notice failed, and the reporter is no longer
    // told a removal was requested or the police has it on the strength of it.
    const bounced = input.kind === 'bounce' && notice.state === 'sent';
    if (bounced) await updateNotice(tx, id, { state: 'failed' });
    // The text stays in notice_replies; the audit log says who recorded what kind.
    await audit(tx, actor, 'notice.reply_added', id, {
      kind: input.kind,
      ...(bounced ? { state: 'failed' } : {}),
    });
    return detailOf(tx, id);
  });
}

/** The recipient confirmed receipt (the notice must have left). */
export async function acknowledgeNotice(db: Db, id: string, actor: StaffActor): Promise<NoticeDetail> {
  return db.transaction(async (tx) => {
    await lockIn(
      tx,
      id,
      ['sent'],
      'notice.not_sent',
      (n) => `This notice is ${n.state}: only a sent notice can be acknowledged.`,
    );
    await updateNotice(tx, id, { state: 'acknowledged', acknowledgedAt: new Date() });
    await audit(tx, actor, 'notice.acknowledged', id);
    return detailOf(tx, id);
  });
}

/** The liaison officer sent a web-form, API or portal-batch notice by hand: records it. */
export async function markNoticeSent(db: Db, id: string, actor: StaffActor): Promise<NoticeDetail> {
  return db.transaction(async (tx) => {
    const notice = await lockIn(
      tx,
      id,
      ['queued'],
      'notice.not_queued',
      (n) => `This notice is ${n.state}: only an approved notice waiting to be sent can be marked sent.`,
    );
    if (notice.channel === 'email') {
      throw conflict(
        'notice.sent_by_outbox',
        'An e-mail notice is sent by the outbox, which records it by itself.',
      );
    }
    await updateNotice(tx, id, { state: 'sent', sentAt: new Date() });
    await audit(tx, actor, 'notice.marked_sent', id, { channel: notice.channel });
    return detailOf(tx, id);
  });
}

/**
 * The outbox's hook: in the transaction that marks a notice's message sent or given up, the notice
 * follows (sent, failed). Other purposes are not ours.
 */
export const followNoticeMail: MailSettledHook = async (tx, mail) => {
  if (mail.purpose !== NOTICE_MAIL_PURPOSE) return;
  await followMail(tx, mail.id, mail.state, mail.at);
};
