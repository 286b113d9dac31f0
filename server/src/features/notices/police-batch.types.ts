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
 * - notice_id, item_id: our references of the transmission (the notice) and of the content (the item);
 * - found_at: when the content was first reported to us (the first report's received time), in the
 *   hotline's time zone, ISO 8601 with its offset;
 * - url;
 * - category, legal_bases: the verdict the notice relied on, as the pack names and cites it (its
 *   language; the articles);
 * - hosting_country (ISO 3166-1 alpha-2), ip_addresses, network (AS number and name): from the
 *   hosting record the notice relied on;
 * - sha256, md5: of the item's evidence files (hashes only, never the files), separated by "; ";
 * - analyst_note: the note on the assessment the notice relied on, if any;
 * - contact: who to answer, the hotline's name and e-mail address.
 */
export const POLICE_PORTAL_VALUES = [
  'notice_id',
  'item_id',
  'found_at',
  'url',
  'category',
  'legal_bases',
  'hosting_country',
  'ip_addresses',
  'network',
  'sha256',
  'md5',
  'analyst_note',
  'contact',
] as const;
export type PolicePortalValue = (typeof POLICE_PORTAL_VALUES)[number];

/** One row of a batch's export: each value the pack asks for, null when there is none. */
export type PoliceBatchRow = Record<string, string | null>;
