/**
 * The parts of notices written beside records and sending, behind one seam: routing (which notices
 * a final verdict calls for: routing.ts), composing (what a notice says and its legal explanation:
 * compose.ts) and the partner hotline of a country (features/partners). Records, approval and sending
 * take them as values (`NoticeParts`, `PartnerFor`), so tests can pass their own and the wiring lives
 * here only. The XARF part (xarf/) is called directly by approval.
 */
import type { Language } from '../../platform/i18n/language.ts';
import type { NoticeRecipient, PartnerHotlineFacts, ProposedNotice, RoutingFacts } from './notice.types.ts';
import { proposeNotices } from './routing.ts';

/** One item as a notice describes it: never the content, only where it is, what it is and its hashes. */
export type NoticeItemFacts = {
  itemId: string;
  url: string;
  categoryId: string;
  legalBasisCodes: string[];
  hashes: { sha256: string; md5: string | null }[];
};

/** Who sends notices (configuration: VIGIE_HOTLINE_NAME, VIGIE_HOTLINE_EMAIL, VIGIE_PUBLIC_URL). */
export type Notifier = { name: string; email: string; website: string };

export type ComposeInput = {
  recipient: NoticeRecipient;
  noticeId: string;
  date: Date;
  notifier: Notifier;
  items: NoticeItemFacts[];
};

export type NoticeParts = {
  propose(facts: RoutingFacts): ProposedNotice[];
  compose(input: ComposeInput): { subject: string; text: string };
  /** The legal explanation of a category and its legal bases, in the recipient's language. */
  legalExplanation(categoryId: string, legalBasisCodes: string[], language: Language): string;
};

/** The partner hotline of a country (ISO 3166-1 alpha-2), if the hotline list has one. */
export type PartnerFor = (country: string) => Promise<PartnerHotlineFacts | null>;

// TODO(partners): the partner list (features/partners, findPartnerHotline) has not landed on this
// branch. Until it does, routing is told of no partner hotline, which only means no partner_hotline
// notice is proposed: nothing is sent wrongly. Wire it where the notices job is registered.
export const noPartnerHotlines: PartnerFor = async () => null;

// TODO(compose): compose.ts (composeNotice with the pack's templates, legalExplanation) has not
// landed on this branch yet. Until it does, a plain text that names what a notice must (recipient,
// every item's address, category, legal bases and hashes, the notifier) stands in: it is shown to
// the approver, who may edit it, and nothing leaves without a person's or a rule's approval.
export const noticeParts: NoticeParts = {
  propose: (facts) => proposeNotices(facts),
  compose: ({ recipient, noticeId, notifier, items }) => ({
    subject: `${notifier.name} — notice ${noticeId}`,
    text: [
      recipient.name ?? recipient.kind,
      '',
      ...items.map(
        (i) =>
          `- ${i.url} (${i.categoryId}; ${i.legalBasisCodes.join(', ')})${i.hashes.map((h) => ` sha256:${h.sha256}`).join('')}`,
      ),
      '',
      notifier.name,
      notifier.email,
      notifier.website,
    ].join('\n'),
  }),
  legalExplanation: (categoryId, codes) => `${categoryId}: ${codes.join(', ')}`,
};
