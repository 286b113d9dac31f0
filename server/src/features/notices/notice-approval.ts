/**
 * Approving a notice: a person (or the system, for a rule the pack marks automatic) lets a proposed
 * notice go. In one transaction the text is composed (or the approver's edit kept) and frozen, the
 * XARF report built and validated, the outbox message written (e-mail channel; the recipient sealed
 * as every outbox recipient is), the state moved to queued and the approval audited. A notice is
 * approved once: the row lock makes a second approval wait, then find it no longer proposed (409).
 * Other channels (web form, API, the police portal's batch) are queued for the liaison officer, who
 * sends them by hand or in the batch and records it (mark-sent).
 */
import { sql } from 'drizzle-orm';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import type { Db, Queryable, Tx } from '../../platform/db/database.ts';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.ts';
import { announceQueuedMail, enqueueMail } from '../../platform/mail/index.ts';
import type { ComposeInput, NoticeParts, Notifier } from './notice-parts.ts';
import { xarfAttachments, xarfReportsFor } from './notice-xarf.ts';
import {
  followedNotice,
  lockNotice,
  type NoticeRow,
  noticeItemFacts,
  recipientOf,
  selectNoticeDetails,
  updateNotice,
} from './notices.queries.ts';
import type { ApproveNotice, NoticeDetail } from './notices.schemas.ts';

type Logger = { error(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };

export type NoticeContext = {
  db: Db;
  secretBox: SecretBox;
  notifier: Notifier;
  parts: NoticeParts;
  log: Logger;
  now?: () => Date;
};

/** A staff member, or null for the system (automatic rules). */
export type NoticeActor = { staffId: string; label: string } | null;

export const noticeNotFound = () => notFound('notice.not_found', 'No notice with this id.');
export const NOTICE_MAIL_PURPOSE = 'notice' as const;

/** A simple check of an e-mail address (the outbox would only fail later, and quietly). */
const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

export async function approveNotice(
  ctx: NoticeContext,
  noticeId: string,
  edits: ApproveNotice,
  actor: NoticeActor,
): Promise<NoticeDetail> {
  const result = await ctx.db.transaction(async (tx) => {
    const notice = await lockNotice(tx, noticeId);
    if (!notice) throw noticeNotFound();
    if (notice.state !== 'proposed') {
      throw conflict(
        'notice.not_proposed',
        `This notice is ${notice.state}, no longer waiting for approval: it cannot be approved again.`,
      );
    }
    const queued = await queueNotice(ctx, tx, notice, edits, actor);
    const [view] = await selectNoticeDetails(tx, sql`n.id = ${noticeId}`);
    if (!view) throw new Error(`notice ${noticeId} vanished inside its own transaction`);
    return { view, mailQueued: queued.mailQueued };
  });
  if (result.mailQueued) announceQueuedMail();
  return result.view;
}

/**
 * A notice names who sends it and where to answer (DSA art. 16(2)(c), XARF's reporter contact): a
 * missing or local-only address (the default no-reply@localhost) is a setting to make, said plainly,
 * not a broken report. Null when the hotline's address will do.
 */
export function notifierProblem(notifier: Notifier): string | null {
  return EMAIL.test(notifier.email)
    ? null
    : `Notices name the hotline's address for answers, and "${notifier.email}" is not one a host can write to: set VIGIE_HOTLINE_EMAIL (e.g. abuse-reports@your-hotline.org) and restart Vigie.`;
}

async function queueNotice(
  ctx: NoticeContext,
  tx: Tx,
  notice: NoticeRow,
  edits: ApproveNotice,
  actor: NoticeActor,
): Promise<{ mailQueued: boolean }> {
  const problem = notifierProblem(ctx.notifier);
  if (problem) throw conflict('notice.notifier_not_configured', problem);
  const now = ctx.now?.() ?? new Date();
  const recipient = { ...recipientOf(notice), ...(edits.address ? { address: edits.address } : {}) };
  if (recipient.channel === 'email' && !EMAIL.test(recipient.address ?? '')) {
    throw badRequest(
      'notice.no_address',
      recipient.address
        ? 'The recipient address is not an e-mail address: correct it (address) to approve this e-mail notice.'
        : 'This notice has no recipient address yet: give one (address) to approve it.',
    );
  }
  const items = await noticeItemFacts(tx, notice.id);
  if (items.length === 0) throw conflict('notice.no_items', 'This notice is about no item.');
  const followUp = await followUpOf(tx, notice);
  const composed = ctx.parts.compose({
    recipient,
    noticeId: notice.id,
    date: now,
    notifier: ctx.notifier,
    items,
    ...(followUp ? { followUp } : {}),
  });
  const subject = edits.subject ?? composed.subject;
  const text = edits.body_text ?? composed.text;
  const xarf = xarfReportsFor({
    noticeId: notice.id,
    items,
    language: recipient.language,
    notifier: ctx.notifier,
    parts: ctx.parts,
  });
  if (!xarf.ok) {
    // Our own report does not follow the schema: a bug to fix, never something to send.
    ctx.log.error({ notice_id: notice.id, errors: xarf.errors }, 'notice XARF report is invalid; not queued');
    throw new AppError(
      'notice.invalid_xarf',
      500,
      'The machine-readable report of this notice could not be built correctly; it was not queued.',
    );
  }
  let mailId: string | null = null;
  if (recipient.channel === 'email' && recipient.address) {
    mailId = await enqueueMail(tx, {
      purpose: NOTICE_MAIL_PURPOSE,
      recipientEnc: ctx.secretBox.seal(recipient.address),
      subject,
      text,
      language: recipient.language,
      attachments: xarfAttachments(xarf.reports),
      notBefore: new Date(Math.max(notice.notBefore.getTime(), now.getTime())),
    });
  }
  await updateNotice(tx, notice.id, {
    state: 'queued',
    address: recipient.address,
    subject,
    bodyText: text,
    xarf: xarf.reports.length > 0 ? xarf.reports : null,
    mailId,
    approvedBy: actor?.staffId ?? null,
    approvedAt: now,
  });
  await appendAuditEvent(tx, {
    actorStaffId: actor?.staffId ?? null,
    actorLabel: actor?.label ?? 'system',
    action: 'notice.approved',
    targetType: 'notice',
    targetId: notice.id,
    details: {
      recipient_kind: recipient.kind,
      channel: recipient.channel,
      rule_id: notice.ruleId,
      items: items.map((i) => i.itemId),
      automatic: actor === null,
      edited: {
        subject: edits.subject !== undefined,
        body_text: edits.body_text !== undefined,
        address: edits.address !== undefined && edits.address !== notice.address,
      },
      mail_queued: mailId !== null,
      xarf_reports: xarf.reports.length,
    },
  });
  return { mailQueued: mailId !== null };
}

/** What a reminder or a reappearance notice says of the notice it follows (an escalation is new to its recipient). */
export async function followUpOf(q: Queryable, notice: NoticeRow): Promise<ComposeInput['followUp']> {
  if ((notice.purpose !== 'reminder' && notice.purpose !== 'reappeared') || !notice.followsNoticeId) {
    return undefined;
  }
  const followed = await followedNotice(q, notice.followsNoticeId);
  return followed ? { purpose: notice.purpose, ...followed } : undefined;
}
