/**
 * Proposing notices: for each item whose verdict has become final (the counting assessment, four
 * eyes done) and whose hosting look-up has settled, routing is asked which notices the verdict calls
 * for, and each becomes a `proposed` notice a person approves — or the system, after the rule's
 * delay, where the pack marks the rule automatic. A hosting record older than a few hours is looked
 * up again first, so a notice names where the content is now.
 *
 * Batching: an item joins a still-proposed notice to the same recipient (kind, channel, address,
 * language, same kind of approval) created in the last 24 hours, so a host with ten items gets one
 * notice. Idempotent and safe with several processes: each assessment is routed once (its row in
 * notice_routings is the claim, taken in the transaction that writes the proposals), and an item is
 * proposed to a recipient once (a unique key on notice_items).
 */
import crypto from 'node:crypto';
import { pack } from '../../jurisdictions/index.ts';
import type { Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { lookUpBeforeNotice } from '../hosting/index.ts';
import type { ProposedNotice, RoutingFacts } from './notice.types.ts';
import { approveNotice, type NoticeContext } from './notice-approval.ts';
import type { PartnerFor } from './notice-parts.ts';
import {
  claimRouting,
  type DueRouting,
  deleteNotice,
  findBatchNotice,
  findDueAutomaticNotices,
  findDueRoutings,
  insertNotice,
  insertNoticeItem,
  itemHasRecipient,
  noticeItemFacts,
  recipientKey,
  recordRouted,
  updateNotice,
} from './notices.queries.ts';

/** How long a proposed notice stays open for more items to the same recipient. */
export const BATCH_WINDOW_MS = 24 * 3_600_000;

export type ProposalContext = NoticeContext & { partnerFor: PartnerFor };
/**
 * Where the content is hosted can change between the report and the verdict: a hosting record older
 * than this is looked up again before routing names a host (and a country) in a notice.
 */
export const FRESH_LOOKUP_MS = 6 * 3_600_000;

/**
 * Routed with, as counts: assessments routed, notices proposed, items that joined a notice, automatic
 * notices released, and items whose hosting is being looked up again first.
 */
export type ProposalRun = {
  routed: number;
  proposed: number;
  joined: number;
  released: number;
  refreshing: number;
};

/** A verdict some rule acts on, about an item whose record is stale (an item never looked up is left as is). */
function needsFreshLookup(due: DueRouting, now: Date): boolean {
  if (!due.lookedUpAt || now.getTime() - due.lookedUpAt.getTime() <= FRESH_LOOKUP_MS) return false;
  return pack.notices.rules.some((rule) => rule.when.verdicts.includes(due.verdict));
}

export async function runNoticeProposals(
  ctx: ProposalContext,
  options: { batch: number } = { batch: 100 },
): Promise<ProposalRun> {
  const run: ProposalRun = { routed: 0, proposed: 0, joined: 0, released: 0, refreshing: 0 };
  const now = ctx.now?.() ?? new Date();
  for (const due of await findDueRoutings(ctx.db, options.batch)) {
    if (needsFreshLookup(due, now)) {
      // Routed once the new look-up settles: a notice names the host of today, not of the report's day.
      await lookUpBeforeNotice(ctx.db, due.itemId);
      run.refreshing += 1;
      continue;
    }
    const facts: RoutingFacts = {
      itemId: due.itemId,
      url: due.url,
      categoryId: due.category,
      verdict: due.verdict,
      hostingCountry: due.country,
      contacts: due.contacts ?? [],
      partnerHotline: due.country ? await ctx.partnerFor(due.country) : null,
    };
    const proposals = ctx.parts.propose(facts);
    await ctx.db.transaction(async (tx) => {
      if (!(await claimRouting(tx, due.assessmentId, due.itemId))) return; // another process has it
      let made = 0;
      for (const proposal of proposals) {
        const outcome = await proposeOne(ctx, tx, due, proposal);
        if (outcome === 'new') run.proposed += 1;
        if (outcome === 'joined') run.joined += 1;
        if (outcome !== 'known') made += 1;
      }
      await recordRouted(tx, due.assessmentId, made);
      run.routed += 1;
    });
  }
  run.released = await releaseAutomaticNotices(ctx, options.batch);
  return run;
}

async function proposeOne(
  ctx: ProposalContext,
  tx: Tx,
  due: DueRouting,
  proposal: ProposedNotice,
): Promise<'new' | 'joined' | 'known'> {
  const key = recipientKey(proposal.recipient);
  // A reassessment of an item already proposed to this recipient proposes nothing new.
  if (await itemHasRecipient(tx, due.itemId, key)) return 'known';
  const now = ctx.now?.() ?? new Date();
  const notBefore = new Date(due.finalAt.getTime() + proposal.delayHours * 3_600_000);
  const batch = await findBatchNotice(
    tx,
    proposal.recipient,
    proposal.automatic,
    new Date(now.getTime() - BATCH_WINDOW_MS),
  );
  const noticeId = batch?.id ?? crypto.randomUUID();
  if (!batch) {
    await insertNotice(tx, {
      id: noticeId,
      recipient: proposal.recipient,
      ruleId: proposal.ruleId,
      automatic: proposal.automatic,
      notBefore,
      subject: '',
      bodyText: '',
    });
  }
  const added = await insertNoticeItem(tx, {
    noticeId,
    itemId: due.itemId,
    assessmentId: due.assessmentId,
    hostingRecordId: due.hostingRecordId,
    recipientKey: key,
  });
  if (!added) {
    if (!batch) await deleteNotice(tx, noticeId);
    return 'known';
  }
  // The draft the approver reads, composed again with every item that joins. The latest delay wins:
  // a rule that holds a notice back (police first) is never cut short by an item joining it.
  const draft = ctx.parts.compose({
    recipient: proposal.recipient,
    noticeId,
    date: now,
    notifier: ctx.notifier,
    items: await noticeItemFacts(tx, noticeId),
  });
  await updateNotice(tx, noticeId, {
    subject: draft.subject,
    bodyText: draft.text,
    ...(batch && batch.notBefore < notBefore ? { notBefore } : {}),
  });
  return batch ? 'joined' : 'new';
}

/** Automatic notices whose delay has passed are approved by the system (audited as such). */
async function releaseAutomaticNotices(ctx: ProposalContext, limit: number): Promise<number> {
  let released = 0;
  for (const id of await findDueAutomaticNotices(ctx.db, ctx.now?.() ?? new Date(), limit)) {
    try {
      await approveNotice(ctx, id, {}, null);
      released += 1;
    } catch (error) {
      // Another process approved it first, or someone withheld it meanwhile: nothing to do.
      if (error instanceof AppError && error.status === 409) continue;
      // One the system cannot send (no address, a report that does not validate) waits for a person
      // instead of being tried again every minute.
      ctx.log.error(
        { notice_id: id, err: error },
        'automatic notice could not be approved; it stays proposed for a person to approve',
      );
      await updateNotice(ctx.db, id, { automatic: false });
    }
  }
  return released;
}
