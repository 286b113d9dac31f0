/**
 * Which XARF v4 content type a pack category is sent as. XARF v4's `content` category offers
 * phishing, malware, csam, csem, exposed_data, brand_infringement, fraud, remote_compromise and
 * suspicious_registration, and the master schema refuses any other type: there is no generic
 * fallback. So only the categories of sexual violence against children have a type; the others
 * (terrorism, hate, suicide, intimate images, pimping, harassment…) get none, and their notices go
 * without a XARF attachment rather than under a false label: an abuse desk's automation routes on
 * the type, and "fraud" on a terrorist video would send it to the wrong team. The legal text of
 * the notice says what they are. A new pack category must be added here (mapped or null): the
 * mapping test fails until it is.
 */
import type { XarfCsamClassification, XarfCsemExploitationType } from './xarf.types.ts';

export type XarfTypeChoice = { type: 'csam' } | { type: 'csem'; exploitationType: XarfCsemExploitationType };

/** By pack category id (jurisdictions/fr.ts). null: XARF v4 has no content type for it. */
export const XARF_TYPE_BY_CATEGORY: Readonly<Record<string, XarfTypeChoice | null>> = {
  // Code pénal art. 227-23: the material itself.
  child_sexual_abuse_material: { type: 'csam' },
  // Art. 227-22-1: sexual proposals to a child under 15.
  grooming: { type: 'csem', exploitationType: 'grooming' },
  // Art. 227-22-2: pushing a minor to sexual acts on themselves, often under threat.
  sextortion_of_minors: { type: 'csem', exploitationType: 'sextortion' },
  // Art. 227-22: exposing children to sexual content or acts. Exploitation of children (csem); of
  // csem's activities, exposure to sexual content is a recognised grooming step, and none of the
  // others (solicitation, trafficking, production…) describes it better.
  corruption_of_minors: { type: 'csem', exploitationType: 'grooming' },
  terrorism: null,
  bomb_making: null,
  incitement_to_suicide: null,
  non_consensual_intimate_images: null,
  hate_racial_religious: null,
  hate_sex_gender_disability: null,
  crimes_against_humanity_apology: null,
  // Adult content open to minors: not exploitation of a child, so not csem.
  harmful_to_minors: null,
  // Pimping of adults; a child victim is qualified under the child categories.
  pimping: null,
  sexual_harassment: null,
  other: null,
};

/** The XARF type for a category, or null when there is none (then send the notice without XARF). */
export function xarfTypeFor(categoryId: string): XarfTypeChoice | null {
  return Object.hasOwn(XARF_TYPE_BY_CATEGORY, categoryId)
    ? (XARF_TYPE_BY_CATEGORY[categoryId] ?? null)
    : null;
}

/** Whether a notice about this category can carry a XARF report. */
export function hasXarfType(categoryId: string): boolean {
  return xarfTypeFor(categoryId) !== null;
}

/**
 * The csam grade when the caller has none. XARF requires one of baseline, A1, A2, B1, B2. The
 * grades A1–B2 need facts the pack does not record (sexual act or exhibition); 'baseline' is the
 * INHOPE/INTERPOL level that the pack gives this category (scope 'baseline'), the one a hotline
 * vouches for when it notifies real children. A caller whose qualification recorded a finer grade
 * passes it; so should one whose material is drawn or generated, which the INTERPOL baseline (real
 * children) does not cover.
 */
export const DEFAULT_CSAM_CLASSIFICATION: XarfCsamClassification = 'baseline';
