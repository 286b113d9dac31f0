/**
 * The words of the police portal's transmission batch: its states, and the values one row of its
 * export can carry. Which of these values a portal asks for, in which order and under which header,
 * is the jurisdiction pack's (`notices.policePortal.fields`, e.g. jurisdictions/fr.police-portal.ts);
 * police-batch.queries.ts computes them.
 */

/** prepared (gathered, waiting for the liaison officer) → transmitted (handed over to the portal). */
export const POLICE_BATCH_STATES = ['prepared', 'transmitted'] as const;
export type PoliceBatchState = (typeof POLICE_BATCH_STATES)[number];

/**
 * What one row (one item of one notice) can say. Never media, never anything about the reporter:
 * reporters are anonymous, and what the portal needs is where the content is and why it is illegal.
 */
export const POLICE_PORTAL_VALUES = [
  /** Our reference of the transmission (the notice's id). */
  'notice_id',
  /** Our reference of the content (the item's id). */
  'item_id',
  /** When the content was first reported to us (the first report's received time), local, ISO 8601. */
  'found_at',
  'url',
  /** The category of the verdict the notice relied on, as the pack names it in its language. */
  'category',
  /** The legal bases of that verdict, as the pack cites them (articles). */
  'legal_bases',
  /** ISO 3166-1 alpha-2 of the hosting country, from the hosting record the notice relied on. */
  'hosting_country',
  'ip_addresses',
  /** The network: AS number and name. */
  'network',
  /** SHA-256 of the item's evidence files (hashes only), separated by "; ". */
  'sha256',
  'md5',
  /** The analyst's note on the assessment the notice relied on, if any. */
  'analyst_note',
  /** Who to answer: the hotline's name and e-mail address. */
  'contact',
] as const;
export type PolicePortalValue = (typeof POLICE_PORTAL_VALUES)[number];

/** One row of a batch's export: each value the pack asks for, null when there is none. */
export type PoliceBatchRow = Record<string, string | null>;
