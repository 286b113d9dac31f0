/**
 * Notices that follow others, written by removal monitoring in its own transaction: a reminder to the
 * recipient of a notice whose content is still online, a new notice to it when removed content is
 * back, and an escalation to someone new (a registrar, the police) when reminders did not work.
 *
 * They are written as proposals. Those the pack lets go by themselves (reminders, reappearances, an
 * escalation with a known address) are automatic with no delay: the notices.proposals job approves
 * them within the minute, through the same approval as every notice (outbox, XARF, audit). An
 * escalation to a recipient with no address yet waits for a person. An escalation never reaches a
 * recipient the item was already notified to (the item–recipient key of routing holds for it too);
 * reminders and reappearances are keyed by their own notice, so they can repeat. Items reminded of
 * the same notice while its reminder has not left yet join that reminder: one message per recipient.
 */
import crypto from 'node:crypto';
import type { Tx } from '../../platform/db/database.ts';
import type { NoticePurpose, NoticeRecipient } from './notice.types.ts';
import type { NoticeParts, Notifier } from './notice-parts.ts';
import {
  deleteNotice,
  findFollowUpToJoin,
  followedNotice,
  insertNotice,
  insertNoticeItem,
  noticeItemFacts,
  recipientKey,
  updateNotice,
} from './notices.queries.ts';

export type FollowUpItem = { itemId: string; assessmentId: string; hostingRecordId: string | null };

export type FollowUp = {
  purpose: Exclude<NoticePurpose, 'notice'>;
  /** The notice followed up: the reminded one, or the one whose recipient is now escalated from. */
  follows: string;
  recipient: NoticeRecipient;
  ruleId: string;
  items: FollowUpItem[];
};

export type FollowUpContext = { parts: NoticeParts; notifier: Notifier; now: Date };

/** Writes the follow-up; null when none of its items may go to that recipient (an escalation already done). */
export async function createFollowUpNotice(
  ctx: FollowUpContext,
  tx: Tx,
  followUp: FollowUp,
): Promise<string | null> {
  const escalation = followUp.purpose === 'escalation';
  const automatic =
    !escalation || followUp.recipient.channel !== 'email' || followUp.recipient.address !== null;
  // Reminders of one notice written in the same turn of the loop go out as one message.
  const joined = escalation ? null : await findFollowUpToJoin(tx, followUp.purpose, followUp.follows);
  const id = joined ?? crypto.randomUUID();
  if (!joined)
    await insertNotice(tx, {
      id,
      recipient: followUp.recipient,
      ruleId: followUp.ruleId,
      automatic,
      notBefore: ctx.now,
      subject: '',
      bodyText: '',
      purpose: followUp.purpose,
      followsNoticeId: followUp.follows,
    });
  const key = recipientKey(followUp.recipient);
  let added = 0;
  for (const item of followUp.items) {
    const inserted = await insertNoticeItem(tx, {
      noticeId: id,
      ...item,
      recipientKey: escalation ? key : `${key}#${followUp.purpose}#${id}`,
    });
    if (inserted) added += 1;
  }
  if (added === 0) {
    if (!joined) await deleteNotice(tx, id);
    return joined;
  }
  const followed = escalation ? null : await followedNotice(tx, followUp.follows);
  const draft = ctx.parts.compose({
    recipient: followUp.recipient,
    noticeId: id,
    date: ctx.now,
    notifier: ctx.notifier,
    items: await noticeItemFacts(tx, id),
    ...(followed && followUp.purpose !== 'escalation'
      ? { followUp: { purpose: followUp.purpose, ...followed } }
      : {}),
  });
  await updateNotice(tx, id, { subject: draft.subject, bodyText: draft.text });
  return id;
}
