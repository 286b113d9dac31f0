/**
 * Closing the loop with a reporter, about one address they reported: once the item's verdict is
 * final, an analyst picks a template that fits the item's outcome (features/outcomes) — maybe edits
 * it — and in one transaction the message is published on the tracking page, recorded in the
 * report's history, queued for e-mail when the reporter left an address, and audited. The status the
 * message carries is the item's, derived, never chosen. The address is never opened here: the
 * sealed value is handed to the outbox, which opens it only to send.
 */
import { asc, eq } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import { staff } from '../../platform/auth/index.ts';
import type { Db, Queryable } from '../../platform/db/database.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Language } from '../../platform/i18n/language.ts';
import { announceQueuedMail, enqueueMail, type MailPurpose, mailOutbox } from '../../platform/mail/index.ts';
import { items, reportItems, reports, statusUrl } from '../intake/index.ts';
import { isReportedIn, itemStanding, publicStatusOf, reportsNaming } from '../outcomes/index.ts';
import type { ItemFeedbackView, ReportMessageView, SendFeedback } from './feedback.schemas.ts';
import { reportMessages } from './feedback.tables.ts';
import { composeFeedbackMail, fillPlaceholders, findTemplate, templateFit } from './feedback-templates.ts';

export type FeedbackContext = { db: Db; publicUrl: string };
type Actor = { staffId: string; label: string };

export const FEEDBACK_MAIL_PURPOSE: MailPurpose = 'reporter_feedback';

const reportNotFound = () => notFound('report.not_found', 'No report with this id.');
const itemNotFound = () => notFound('item.not_found', 'No item with this id.');

/** What can be told about an item now: its standing, and which templates fit it (and why not). */
export async function itemFeedback(db: Queryable, itemId: string): Promise<ItemFeedbackView> {
  const standing = await itemStanding(db, itemId);
  if (!standing) throw itemNotFound();
  return {
    item_id: itemId,
    status: standing.status,
    outcomes: standing.outcomes,
    verdict_final: standing.verdictFinal,
    reported_in: await reportsNaming(db, itemId),
    templates: pack.feedbackTemplates.map((t) => {
      const unfit = templateFit(t, standing);
      return { id: t.id, offered: unfit === null, unfit };
    }),
  };
}

/** The reported addresses, as a reporter-facing text must never carry them (it is e-mailed). */
async function reportedUrls(tx: Queryable, reportId: string): Promise<string[]> {
  const rows = await tx
    .select({ url: items.url })
    .from(reportItems)
    .innerJoin(items, eq(items.id, reportItems.itemId))
    .where(eq(reportItems.reportId, reportId));
  return rows.map((r) => r.url);
}

const withoutScheme = (url: string) =>
  url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/$/, '');

function refuseReportedUrls(message: string, urls: string[]): void {
  const text = message.toLowerCase();
  if (urls.some((url) => text.includes(withoutScheme(url)))) {
    throw badRequest(
      'feedback.contains_reported_url',
      'The message quotes a reported address. Remove it: messages are e-mailed and must not repeat the reported content.',
    );
  }
}

export async function sendFeedback(
  ctx: FeedbackContext,
  reportId: string,
  input: SendFeedback,
  actor: Actor,
): Promise<{ message: ReportMessageView; emailQueued: boolean }> {
  const template = findTemplate(input.template_id);
  if (!template) {
    throw badRequest('feedback.unknown_template', `Unknown template "${input.template_id}".`, {
      template_id: input.template_id,
    });
  }
  const result = await ctx.db.transaction(async (tx) => {
    const [report] = await tx
      .select({
        trackingCode: reports.trackingCode,
        language: reports.language,
        contactEmailEnc: reports.contactEmailEnc,
      })
      .from(reports)
      .where(eq(reports.id, reportId))
      .for('update');
    if (!report) throw reportNotFound();
    if (!(await isReportedIn(tx, reportId, input.item_id))) {
      throw badRequest(
        'feedback.item_not_reported',
        'This address is not one the reporter sent (items derived by analysts are not theirs to hear about).',
        { item_id: input.item_id },
      );
    }
    const standing = await itemStanding(tx, input.item_id);
    if (!standing) throw itemNotFound();
    const unfit = templateFit(template, standing);
    if (unfit === 'verdict_not_final') {
      throw conflict(
        'feedback.verdict_not_final',
        'The verdict on this address is not final yet (an assessment, or four eyes, is pending).',
      );
    }
    if (unfit) {
      throw conflict(
        'feedback.template_does_not_fit',
        `The template "${template.id}" does not tell what happened to this address (${standing.status}: ${unfit}).`,
      );
    }
    const language: Language = input.language ?? report.language;
    const edited = input.message !== undefined;
    if (edited) refuseReportedUrls(input.message ?? '', await reportedUrls(tx, reportId));
    const text = fillPlaceholders(input.message ?? template.body[language], {
      trackingCode: report.trackingCode,
      language,
    });
    const now = new Date();
    const itemStatus = standing.status;
    const publicStatus = publicStatusOf(itemStatus);
    // The report's status is derived from its items (features/outcomes): only the time moves.
    await tx.update(reports).set({ publicUpdatedAt: now }).where(eq(reports.id, reportId));

    let mailId: string | null = null;
    if (report.contactEmailEnc) {
      const mail = composeFeedbackMail({
        trackingCode: report.trackingCode,
        message: text,
        language,
        statusUrl: statusUrl(ctx.publicUrl, report.trackingCode),
      });
      mailId = await enqueueMail(tx, {
        purpose: FEEDBACK_MAIL_PURPOSE,
        // The report's own ciphertext, unchanged: the contact-retention job cancels queued mail by it.
        recipientEnc: report.contactEmailEnc,
        subject: mail.subject,
        text: mail.text,
        language,
      });
    }
    const [row] = await tx
      .insert(reportMessages)
      .values({
        reportId,
        itemId: input.item_id,
        itemStatus,
        templateId: template.id,
        language,
        body: text,
        publicStatus,
        edited,
        sentBy: actor.staffId,
        sentAt: now,
        mailId,
      })
      .returning({ id: reportMessages.id });
    if (!row) throw new Error('report_messages insert returned nothing');
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'feedback.sent',
      targetType: 'report',
      targetId: reportId,
      // No address, no message text: the history table holds the text, the audit log who and what kind.
      details: {
        item_id: input.item_id,
        item_status: itemStatus,
        template_id: template.id,
        language,
        public_status: publicStatus,
        edited,
        email_queued: !!mailId,
      },
    });
    const [sender] = await tx
      .select({ name: staff.displayName })
      .from(staff)
      .where(eq(staff.id, actor.staffId));
    return {
      message: {
        id: row.id,
        item_id: input.item_id,
        item_status: itemStatus,
        template_id: template.id,
        language,
        message: text,
        public_status: publicStatus,
        edited,
        sent_at: now.toISOString(),
        sent_by: sender?.name ?? null,
        email: mailId ? ('queued' as const) : ('none' as const),
      },
      emailQueued: !!mailId,
    };
  });
  if (result.emailQueued) announceQueuedMail();
  return result;
}

/** Every message sent to the reporter of `reportId`, oldest first, with its e-mail state. */
export async function feedbackHistory(db: Queryable, reportId: string): Promise<ReportMessageView[]> {
  const [report] = await db.select({ id: reports.id }).from(reports).where(eq(reports.id, reportId));
  if (!report) throw reportNotFound();
  const rows = await db
    .select({
      id: reportMessages.id,
      itemId: reportMessages.itemId,
      itemStatus: reportMessages.itemStatus,
      templateId: reportMessages.templateId,
      language: reportMessages.language,
      body: reportMessages.body,
      publicStatus: reportMessages.publicStatus,
      edited: reportMessages.edited,
      sentAt: reportMessages.sentAt,
      sentBy: staff.displayName,
      mailId: reportMessages.mailId,
      mailState: mailOutbox.state,
    })
    .from(reportMessages)
    .leftJoin(staff, eq(staff.id, reportMessages.sentBy))
    .leftJoin(mailOutbox, eq(mailOutbox.id, reportMessages.mailId))
    .where(eq(reportMessages.reportId, reportId))
    .orderBy(asc(reportMessages.sentAt), asc(reportMessages.id));
  return rows.map((r) => ({
    id: r.id,
    item_id: r.itemId,
    item_status: r.itemStatus,
    template_id: r.templateId,
    language: r.language,
    message: r.body,
    public_status: r.publicStatus,
    edited: r.edited,
    sent_at: r.sentAt.toISOString(),
    sent_by: r.sentBy,
    email: !r.mailId ? 'none' : (r.mailState ?? 'sent'),
  }));
}
