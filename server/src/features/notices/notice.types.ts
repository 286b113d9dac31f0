/**
 * The words of notices, shared by their parts: routing (which notices an item's verdict calls for),
 * composing (what a notice says), XARF (its machine-readable part), the outbox (sending) and what
 * shows them (API, CLI, the liaison officer's screen). One constant per list; everything else derives
 * from it. Keys of API shapes are snake_case; these internal shapes are camelCase.
 */
import type { Verdict } from '../../jurisdictions/jurisdiction.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { AbuseContact, ContactChannel } from '../hosting/index.ts';

/** Who a notice goes to. */
export const RECIPIENT_KINDS = [
  /** The hosting provider (or the CDN in front of it): a removal request. */
  'host',
  /** A platform in the staff directory: an EU DSA Art. 16 notice, through its trusted-flagger channel. */
  'platform',
  /** The domain's registrar: used when the host does not act (escalation). */
  'registrar',
  /** The national police reporting portal (PHAROS for France): prepared as a daily batch. */
  'police_portal',
  /** The partner hotline of the hosting country (INHOPE network). */
  'partner_hotline',
  /** Police liaison for international channels, where no partner hotline exists. */
  'police_liaison',
] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/**
 * Why a notice exists: the verdict's routing; a reminder of an earlier notice whose content is still
 * online; the content came back after its removal; an escalation when reminders did not work. The
 * last three are written by removal monitoring and name the notice they follow.
 */
export const NOTICE_PURPOSES = ['notice', 'reminder', 'reappeared', 'escalation'] as const;
export type NoticePurpose = (typeof NOTICE_PURPOSES)[number];
/** Follow-ups that repeat a notice to its recipient, in the pack's monitoring texts (naming the notice). */
export const RESENT_PURPOSES = ['reminder', 'reappeared'] as const satisfies readonly NoticePurpose[];
export type ResentPurpose = (typeof RESENT_PURPOSES)[number];

/**
 * How a notice reaches its recipient. 'email' goes through the mail outbox; 'web_form' and 'api' are
 * sent by hand by the liaison officer (Vigie prepares the text); 'portal_batch' joins the police
 * portal's daily transmission batch.
 */
export const NOTICE_CHANNELS = ['email', 'web_form', 'api', 'portal_batch'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/**
 * proposed → (approved by a person, or automatically where the pack says) → queued (in the outbox)
 * → sent → acknowledged; or failed (given up by the outbox), withheld (a person decided not to send,
 * with a reason), withdrawn (cancelled after approval, before it left).
 */
export const NOTICE_STATES = [
  'proposed',
  'queued',
  'sent',
  'acknowledged',
  'failed',
  'withheld',
  'withdrawn',
] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];

/** A partner hotline as routing needs it (the staff-maintained list, seeded with INHOPE members). */
export type PartnerHotlineFacts = {
  id: string;
  /** ISO 3166-1 alpha-2 of the country it serves. */
  country: string;
  name: string;
  channel: ContactChannel;
  /** E-mail address or URL; null when the hotline has none on record (the liaison officer sends by hand). */
  address: string | null;
  language: Language;
};

/** What routing knows about one item whose verdict is final (four eyes done). */
export type RoutingFacts = {
  itemId: string;
  url: string;
  /** The pack category of the final verdict. */
  categoryId: string;
  verdict: Verdict;
  /** From the latest hosting record; null when unknown. */
  hostingCountry: string | null;
  /** The abuse contacts of the latest hosting record, in its order (directory, CDN, RDAP). */
  contacts: AbuseContact[];
  /** The partner hotline of the hosting country, if the hotline list has one. */
  partnerHotline: PartnerHotlineFacts | null;
};

/** Where one proposed notice goes. */
export type NoticeRecipient = {
  kind: RecipientKind;
  channel: NoticeChannel;
  /** E-mail address or URL; null for the police portal (its batch) or when none is known. */
  address: string | null;
  /** The organisation, when known (a host's name from RDAP, a platform, a partner hotline). */
  name: string | null;
  language: Language;
  /** Where the address came from: a hosting contact's source, 'partner_hotlines' or 'pack'. */
  source: string;
};

/** One notice routing proposes for an item. */
export type ProposedNotice = {
  recipient: NoticeRecipient;
  /** The pack rule that proposed it (its id), shown to the analyst as the reason. */
  ruleId: string;
  /** Hours to wait after the verdict before it may leave (e.g. terrorism: police first, host later). */
  delayHours: number;
  /** The pack marks this rule for sending without an analyst's approval. */
  automatic: boolean;
};
