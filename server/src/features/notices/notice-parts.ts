/**
 * The parts of notices written elsewhere, behind one seam: routing (which notices a final verdict
 * calls for: routing.ts), composing (what a notice says: compose.ts), the XARF report (xarf/) and the
 * partner hotline of a country (features/partners). Records, approval and sending (this feature's
 * other files) take them as a `NoticeParts` value, so tests can pass their own and the wiring lives
 * here only.
 */
import type { Language } from '../../platform/i18n/language.ts';
import type { NoticeRecipient, PartnerHotlineFacts, ProposedNotice, RoutingFacts } from './notice.types.ts';

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

/** What the XARF part needs to describe one notice. */
export type XarfFacts = ComposeInput & { language: Language };

/** A built report, or why it is not a valid XARF v4 report. */
export type XarfOutcome = { ok: true; report: Record<string, unknown> } | { ok: false; errors: string[] };

export type NoticeParts = {
  propose(facts: RoutingFacts): ProposedNotice[];
  compose(input: ComposeInput): { subject: string; text: string };
  /** Builds the XARF report and validates it against the vendored schema. */
  xarf(facts: XarfFacts): XarfOutcome;
};

/** The partner hotline of a country (ISO 3166-1 alpha-2), if the hotline list has one. */
export type PartnerFor = (country: string) => Promise<PartnerHotlineFacts | null>;

// TODO(partners): the partner list (features/partners, findPartnerHotline) has not landed on this
// branch. Until it does, routing is told of no partner hotline, which only means no partner_hotline
// notice is proposed: nothing is sent wrongly. Wire it where the notices job is registered.
export const noPartnerHotlines: PartnerFor = async () => null;
