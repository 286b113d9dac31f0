/**
 * The parts of notices written beside records and sending, behind one seam: routing (which notices
 * a final verdict calls for: routing.ts), composing (what a notice says and its legal explanation:
 * compose.ts) and the partner hotline of a country (features/partners). Records, approval and sending
 * take them as values (`NoticeParts`, `PartnerFor`), so tests can pass their own and the wiring lives
 * here only. The XARF part (xarf/) is called directly by approval; the partner list is given by the
 * composition root (server.ts), which passes features/partners' look-up to the notices job.
 */
import type { Language } from '../../platform/i18n/language.ts';
import { type ComposeInput, composeNotice, legalExplanation } from './compose.ts';
import type { PartnerHotlineFacts, ProposedNotice, RoutingFacts } from './notice.types.ts';
import { proposeNotices } from './routing.ts';

export type { ComposeInput, NoticeItemFacts } from './compose.ts';

/** Who sends notices (configuration: VIGIE_HOTLINE_NAME, VIGIE_HOTLINE_EMAIL, VIGIE_PUBLIC_URL). */
export type Notifier = { name: string; email: string; website: string };

export type NoticeParts = {
  propose(facts: RoutingFacts): ProposedNotice[];
  compose(input: ComposeInput): { subject: string; text: string };
  /** The legal explanation of a category and its legal bases, in the recipient's language. */
  legalExplanation(categoryId: string, legalBasisCodes: string[], language: Language): string;
};

/** The partner hotline of a country (ISO 3166-1 alpha-2), if the hotline list has one. */
export type PartnerFor = (country: string) => Promise<PartnerHotlineFacts | null>;

/** No partner hotline anywhere: what routing is told where no list is given (some tests). */
export const noPartnerHotlines: PartnerFor = async () => null;

/** The pack's routing and composing, as the server uses them. */
export const noticeParts: NoticeParts = {
  propose: (facts) => proposeNotices(facts),
  compose: (input) => composeNotice(input),
  legalExplanation: (categoryId, codes, language) => legalExplanation(categoryId, codes, language),
};
