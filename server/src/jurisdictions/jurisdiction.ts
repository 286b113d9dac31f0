/**
 * The shape of a jurisdiction pack: the law a hotline applies, as data. Code reads packs through
 * this type only, so adding a country means adding a data file, not changing features.
 */

import type { ItemOutcome } from '../features/intake/index.ts';
import type { NoticeChannel, RecipientKind } from '../features/notices/notice.types.ts';
import type { PolicePortalValue } from '../features/notices/police-batch.types.ts';
import type { Language } from '../platform/i18n/language.ts';

export type Localised = { fr: string; en: string };

export const DSA_CATEGORIES = [
  'ANIMAL_WELFARE',
  'CONSUMER_INFORMATION',
  'CYBER_VIOLENCE',
  'CYBER_VIOLENCE_AGAINST_WOMEN',
  'DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
  'ILLEGAL_OR_HARMFUL_SPEECH',
  'INTELLECTUAL_PROPERTY_INFRINGEMENTS',
  'NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
  'NOT_SPECIFIED_NOTICE',
  'OTHER_VIOLATION_TC',
  'PROTECTION_OF_MINORS',
  'RISK_FOR_PUBLIC_SECURITY',
  'SCAMS_AND_FRAUD',
  'SELF_HARM',
  'UNSAFE_AND_PROHIBITED_PRODUCTS',
  'VIOLENCE',
] as const;
export type DsaCategory = (typeof DSA_CATEGORIES)[number];

/**
 * A category id of the pack in force (or "other"). Packs are data and can grow or be replaced, so this
 * stays a string: the database does not constrain it, the API checks it against the pack on input.
 */
export type CategoryId = string;

export type LegalBasis = { code: string; reference: string; title: Localised };

export type Category = {
  id: CategoryId;
  /** Plain words, as a member of the public would say it. */
  label: Localised;
  /** One line that helps someone decide whether this is what they saw. */
  hint: Localised;
  legalBases: LegalBasis[];
  /** EU DSA statement-of-reasons category (without the STATEMENT_CATEGORY_ prefix). */
  dsaCategory: DsaCategory;
  /** 1 = most urgent. Drives the analysts' queue. */
  severity: 1 | 2 | 3 | 4;
  /** INHOPE-style split: "baseline" is illegal nearly everywhere, "national" only under this law. */
  scope: 'baseline' | 'national';
  /** Service target: hours within which an item of this category should be assessed. */
  assessWithinHours: number;
  /** What an analyst records besides the verdict for this category (age band, protected ground…). */
  detailFields?: DetailField[];
  /** What evidence capture keeps and may render for this category; the pack's `capture` otherwise. */
  capture?: CapturePolicy;
};

/**
 * What evidence capture keeps of an item of a category, and whether it may render a screenshot.
 * 'hashes_only': the original is erased as soon as it is hashed and its blurred preview made, and
 * such a category never gets a screenshot (the type allows no other combination). Otherwise the
 * original is kept `originalDays` days after the capture was asked for, then erased by the
 * retention job; hashes, PDQ and preview stay with the record.
 */
export type CapturePolicy =
  | { screenshot: false; keep: 'hashes_only' }
  | { screenshot: boolean; keep: { originalDays: number } };

/** The capture policy of a category id (the item's current category), or the pack's own default. */
export function capturePolicyOf(
  jurisdiction: Pick<JurisdictionPack, 'categories' | 'capture'>,
  categoryId: string,
): CapturePolicy {
  return jurisdiction.categories.find((c) => c.id === categoryId)?.capture ?? jurisdiction.capture;
}

/** The verdicts an assessment can reach; the pack labels them and says which need four eyes. */
export const VERDICTS = [
  'illegal',
  'harmful_to_minors',
  'not_illegal',
  'out_of_scope',
  'unreachable',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One category-specific question of the assessment form, answered by choosing one option. */
export type DetailField = {
  id: string;
  label: Localised;
  options: { id: string; label: Localised }[];
  /** Must be answered when the verdict is illegal or harmful to minors. */
  required: boolean;
};

/** A verdict on a category of one of these severities counts only once a second analyst agrees. */
export type FourEyesRule = { verdict: Verdict; severities: number[] };

/** How urgent a category is for the queue: severity and service target ("other" included). */
export function categoryUrgency(
  jurisdiction: Pick<JurisdictionPack, 'categories' | 'otherCategory'>,
  categoryId: string,
): { severity: number; assessWithinHours: number } {
  const category = jurisdiction.categories.find((c) => c.id === categoryId) ?? jurisdiction.otherCategory;
  return { severity: category.severity, assessWithinHours: category.assessWithinHours };
}

/** A message analysts send reporters; `{tracking_code}` and `{helplines}` are filled in when sent. */
export type FeedbackTemplate = {
  id: string;
  label: Localised;
  body: Localised;
  /**
   * The outcomes of an address this message tells truly (features/outcomes): it is offered for an
   * item only once its verdict is final and one of these outcomes holds.
   */
  outcomes: ItemOutcome[];
};

export type JurisdictionPack = {
  code: string;
  /** The country whose law this is (ISO 3166-1 alpha-2): content hosted there or abroad. */
  country: string;
  name: Localised;
  /** Date the legal references were last checked against the official consolidated texts. */
  lawCheckedOn: string;
  categories: Category[];
  /** Offered to the public when they are unsure; analysts re-qualify it. */
  otherCategory: Pick<Category, 'id' | 'label' | 'hint' | 'severity' | 'assessWithinHours'>;
  helplines: { number: string; label: Localised }[];
  /** Reporter feedback messages, in the pack's order. */
  feedbackTemplates: FeedbackTemplate[];
  verdicts: { id: Verdict; label: Localised }[];
  /** Verdicts that need a second analyst before they count (data, so each country sets its own). */
  fourEyes: FourEyesRule[];
  /** Evidence capture for categories without a policy of their own, and for "other". */
  capture: CapturePolicy;
  /** Who is notified of a final verdict, and what the notices say (routing.ts, compose.ts). */
  notices: NoticeRules;
  /** How notified items are rechecked until removal, reminded and escalated (features/monitoring). */
  monitoring: MonitoringRules;
  /** The groups of categories the yearly figures report on apart (features/statistics). */
  figures: FigureGroups;
};

/**
 * Categories the annual report singles out: child sexual abuse material (its removal rate and
 * hosting countries are what partners and funders read first), terrorism (reported, qualified
 * illegal, pending) and hate speech (split by the protected ground recorded in `groundField`).
 */
export type FigureGroups = {
  childAbuseMaterial: CategoryId[];
  terrorism: CategoryId[];
  hate: CategoryId[];
  /** The detail field of the hate categories that records the protected ground. */
  groundField: string;
};

/** Where an item is hosted, seen from the pack's country; 'unknown' when no hosting record says. */
export const HOSTED_WHERE = ['in_country', 'abroad', 'unknown'] as const;
export type HostedWhere = (typeof HOSTED_WHERE)[number];

/**
 * One routing rule: when an item's final verdict matches every condition given (an absent condition
 * matches anything), propose a notice to one kind of recipient. The notices feature's engine
 * (features/notices/routing.ts) reads these in order and knows no country's law; the law is here.
 */
export type NoticeRule = {
  /** Stable: recorded with each proposal as its reason, and shown to the analyst. */
  id: string;
  /** What the rule does, in words, shown to staff beside each notice it proposed. */
  label: Record<Language, string>;
  when: {
    verdicts: Verdict[];
    /** Only these categories (ids of the pack, "other" included). */
    categories?: CategoryId[];
    /** Any category but these. */
    exceptCategories?: CategoryId[];
    /** Where the item is hosted (absent: anywhere, unknown included). */
    hosted?: HostedWhere[];
    /** Whether a platform of the staff directory carries the item (a contact with role 'platform'). */
    platformKnown?: boolean;
    /** Whether the partner hotline list has a hotline for the hosting country. */
    partnerHotline?: boolean;
  };
  propose: {
    recipient: RecipientKind;
    /** Hours after the verdict before the notice may leave (e.g. police first, the host later). */
    delayHours: number;
    /** Sent without an analyst's approval. */
    automatic: boolean;
  };
};

/** One column of the police portal's batch export: which value, under which header. */
export type PolicePortalField = { value: PolicePortalValue; header: string };

/** The subject and body of one kind of notice in one language, with `{placeholders}` (compose.ts lists them). */
export type NoticeTemplate = { subject: string; body: string };

/**
 * Everything a pack says about notices: the rules that propose them, the recipients the pack itself
 * names (the police portal, the police liaison) and the texts.
 */
export type NoticeRules = {
  /** The pack's country (as JurisdictionPack.country): what 'in_country' and 'abroad' are measured from. */
  country: string;
  /** The language of recipients in the pack's country and of its police. */
  language: Language;
  /**
   * The national police reporting portal: transmissions join its daily batch (channel 'portal_batch'),
   * exported one row per item with `fields` as columns, in this order, headed in the pack's language.
   */
  policePortal: { name: string; fields: PolicePortalField[] };
  /** Police liaison for international channels; its address is configured per hotline (null: by hand). */
  policeLiaison: { name: string; channel: Exclude<NoticeChannel, 'portal_batch'>; address: string | null };
  /** In order; where two matching rules name the same recipient, the earlier one wins. */
  rules: NoticeRule[];
  /** One per recipient kind and language: one message per recipient, listing its items in `{items}`. */
  templates: Record<RecipientKind, Record<Language, NoticeTemplate>>;
  /** How one item is listed in `{items}`. */
  itemTemplate: Record<Language, string>;
  /** The sentence that says why an item is illegal: `{category}` and `{bases}` (legalExplanation). */
  explanationTemplate: Record<Language, string>;
};

/** The rhythm of one item's follow-up after its first notice left; a category may change any part. */
export type MonitoringSchedule = {
  /** Hours from the first notice leaving to the first check. */
  firstCheckHours: number;
  /** Hours between checks while the content is online (or the last check said nothing). */
  everyHours: number;
  /** Days from the first notice (then from each reminder) before the recipients are reminded. */
  reminderAfterDays: number;
  /** Reminders to the same recipients before escalating. */
  reminders: number;
  /** Who is told when the reminders did not work (each once; a recipient already told is skipped). */
  escalateTo: RecipientKind[];
};

/**
 * Monitoring: a removal counts after `confirmations` consecutive "removed" checks; a removed item is
 * checked again after each of `afterRemovalDays` (from the removal) and, if the content is back, it is
 * flagged reappeared and its removal recipients get a new notice.
 */
export type MonitoringRules = {
  confirmations: number;
  afterRemovalDays: number[];
  schedule: MonitoringSchedule;
  byCategory: Record<CategoryId, Partial<MonitoringSchedule>>;
  /** The reminder's text, one per language; placeholders: those of a notice, and {first_notice_date}. */
  reminderTemplate: Record<Language, NoticeTemplate>;
  /** The text of a new notice when removed content is back; same placeholders. */
  reappearedTemplate: Record<Language, NoticeTemplate>;
};
