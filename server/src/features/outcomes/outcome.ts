/**
 * What a reporter is told about one address they reported, derived from the facts and from nothing
 * else: whether an analyst has started on it, the item's counting verdict (four eyes done), and the
 * notices that actually left. Written once here; the public status page, the public API, the
 * feedback rules (which templates fit, when a message may be sent) and the staff app all read it.
 * It owns the words of these states; it leaves fetching the facts to outcome.queries.ts.
 */
import type { Verdict } from '../../jurisdictions/jurisdiction.ts';
import {
  ITEM_OUTCOMES,
  ITEM_PUBLIC_STATUSES,
  type ItemOutcome,
  type ItemPublicStatus,
  type PublicStatus,
} from '../intake/index.ts';
import type { NoticeState, RecipientKind } from '../notices/index.ts';

export { ITEM_OUTCOMES, ITEM_PUBLIC_STATUSES, type ItemOutcome, type ItemPublicStatus };

/** The notices whose leaving means the police has the content. */
const POLICE_RECIPIENTS: readonly RecipientKind[] = ['police_portal', 'police_liaison'];
/** The notices whose leaving means someone able to remove it was asked to. */
const REMOVAL_RECIPIENTS: readonly RecipientKind[] = ['host', 'platform', 'registrar', 'partner_hotline'];
/** A notice has left once sent (acknowledged comes after sent). */
const LEFT: readonly NoticeState[] = ['sent', 'acknowledged'];

/** The verdicts that close an address by themselves; the others wait for a notice to leave. */
const CLOSING_VERDICTS: Partial<Record<Verdict, ItemOutcome>> = {
  not_illegal: 'not_illegal',
  out_of_scope: 'out_of_scope',
  unreachable: 'unreachable',
};

export type ItemFacts = {
  /** An analyst has claimed or assessed the item (ever). */
  started: boolean;
  /** The verdict of the item's counting assessment; null while none counts (four eyes pending…). */
  verdict: Verdict | null;
  /** The notices that include the item: their recipient kind and state. */
  notices: { kind: RecipientKind; state: NoticeState }[];
  /**
   * When the content was found gone, as removal monitoring confirmed it (two "removed" checks, or a
   * person's record); null while it is online or once it has come back.
   */
  removedAt: Date | null;
};

export type ItemStanding = {
  status: ItemPublicStatus;
  /** Every outcome true for the item (a police transmission and a removal request can both be). */
  outcomes: ItemOutcome[];
  /** Whether the item has a counting verdict. */
  verdictFinal: boolean;
};

/** When several outcomes hold, the one the status shows: the furthest the content has gone. */
const PRECEDENCE: readonly ItemOutcome[] = [
  'removed',
  'removal_requested',
  'transmitted_to_police',
  'not_illegal',
  'out_of_scope',
  'unreachable',
];

export function deriveItemStanding(facts: ItemFacts): ItemStanding {
  const outcomes = new Set<ItemOutcome>();
  const left = facts.notices.filter((n) => LEFT.includes(n.state));
  if (facts.verdict) {
    const closing = CLOSING_VERDICTS[facts.verdict];
    if (closing) outcomes.add(closing);
    if (left.some((n) => POLICE_RECIPIENTS.includes(n.kind))) outcomes.add('transmitted_to_police');
    if (left.some((n) => REMOVAL_RECIPIENTS.includes(n.kind))) outcomes.add('removal_requested');
    if (facts.removedAt) outcomes.add('removed');
  }
  const ordered = PRECEDENCE.filter((o) => outcomes.has(o));
  const status: ItemPublicStatus =
    ordered[0] ?? (facts.started || facts.verdict ? 'under_review' : 'received');
  return { status, outcomes: ordered, verdictFinal: facts.verdict !== null };
}

export const isOutcome = (status: ItemPublicStatus): status is ItemOutcome =>
  (ITEM_OUTCOMES as readonly string[]).includes(status);

/** The report-level status of the older, report-wide scale, for one address. */
const PUBLIC_STATUS_OF: Record<ItemPublicStatus, PublicStatus> = {
  received: 'received',
  under_review: 'under_analysis',
  not_illegal: 'closed',
  out_of_scope: 'closed',
  unreachable: 'closed',
  transmitted_to_police: 'forwarded',
  removal_requested: 'forwarded',
  removed: 'content_removed',
};
export const publicStatusOf = (status: ItemPublicStatus): PublicStatus => PUBLIC_STATUS_OF[status];

export type ReportSummary = { status: PublicStatus; handled: number; total: number };

/**
 * A report as a summary of its addresses: received until any is started, under analysis until every
 * one has an outcome, then removed (all removed), forwarded (any passed on) or closed.
 */
export function summariseReport(statuses: readonly ItemPublicStatus[]): ReportSummary {
  const total = statuses.length;
  const handled = statuses.filter(isOutcome).length;
  let status: PublicStatus;
  if (statuses.every((s) => s === 'received')) status = 'received';
  else if (handled < total) status = 'under_analysis';
  else if (statuses.every((s) => s === 'removed')) status = 'content_removed';
  else if (statuses.some((s) => publicStatusOf(s) !== 'closed')) status = 'forwarded';
  else status = 'closed';
  return { status, handled, total };
}
