/**
 * The shapes of the XARF v4 part of a notice: what the notices code gives (XarfInput, camelCase,
 * ours) and what goes out (XarfReport, snake_case, the XARF wire format). The enums copied here
 * from the vendored schemas (schemas/) are checked against them by xarf.types.test.ts, so they
 * cannot drift. What is deliberately absent: XARF's `evidence` items (base64 payloads) and
 * `screenshot_url`. A notice never carries media, only hashes of it; no field here can hold bytes.
 */

/** The XARF version our reports declare: the one the vendored schemas' own examples use. */
export const XARF_VERSION = '4.2.0';

/** The content types our mapping uses (schemas/types/content-csam.json, content-csem.json). */
export const XARF_CONTENT_TYPES_USED = ['csam', 'csem'] as const;
export type XarfContentType = (typeof XARF_CONTENT_TYPES_USED)[number];

/**
 * content-csam.json `classification`: 'baseline' (the INHOPE/INTERPOL baseline, illegal in every
 * country) or the industry grades A1–B2 (A prepubescent, B pubescent; 1 sexual act, 2 lascivious
 * exhibition).
 */
export const XARF_CSAM_CLASSIFICATIONS = ['baseline', 'A1', 'A2', 'B1', 'B2'] as const;
export type XarfCsamClassification = (typeof XARF_CSAM_CLASSIFICATIONS)[number];

/** content-csam.json `media_type`. */
export const XARF_CSAM_MEDIA_TYPES = ['image', 'video', 'audio', 'text', 'mixed'] as const;
export type XarfCsamMediaType = (typeof XARF_CSAM_MEDIA_TYPES)[number];

/** content-csem.json `exploitation_type`. */
export const XARF_CSEM_EXPLOITATION_TYPES = [
  'grooming',
  'solicitation',
  'sextortion',
  'trafficking',
  'distribution',
  'production',
  'possession',
] as const;
export type XarfCsemExploitationType = (typeof XARF_CSEM_EXPLOITATION_TYPES)[number];

/** Hex digests of one captured medium (item_media.sha256 / .md5). Digests only: never the bytes. */
export type XarfMediaHash = {
  /** 64 hex digits. */
  sha256: string;
  /** 32 hex digits; null or absent when not computed. */
  md5?: string | null;
};

/** The hotline as it signs its reports (XARF `reporter` and `sender`: it both files and sends). */
export type XarfHotline = {
  /** Organisation name, e.g. "Point de Contact". At most 200 characters (xarf-core.json). */
  name: string;
  /** The address abuse desks reply to (e-mail). */
  email: string;
  /** The hotline's own domain name, which receivers may check the sender against. */
  domain: string;
};

/** What the notices code knows when it attaches a XARF report to a notice. */
export type XarfInput = {
  /**
   * The notice's id, a UUID: it becomes the report's `report_id` (XARF asks for a UUID), so a
   * reply quoting the report finds the notice.
   */
  noticeId: string;
  /** The item's id; sent as the tag `item:<id>` so the several notices about one item correlate. */
  itemId: string;
  /** The reported URL, as qualified. Normalised (percent-encoded) before it goes out. */
  url: string;
  /** The pack category of the final verdict (jurisdictions/fr.ts); chooses the XARF type. */
  categoryId: string;
  /**
   * The legal explanation, already in the recipient's language (the notice's legal basis text).
   * Goes into `description`, cut to the 1,000 characters XARF allows.
   */
  legalBasisText: string;
  /**
   * When the content was seen online: the capture's time, else the verdict's. XARF `timestamp`
   * ("when the abuse incident occurred").
   */
  seenAt: Date;
  /** When the content was last checked to be online, if it was; XARF `verified_at`. */
  verifiedAt?: Date | null;
  /** The first IP address of the latest hosting record; null when unknown. */
  hostingIp: string | null;
  /**
   * Hashes of the captured media, the most telling first. XARF v4 has one `hash_values` per report
   * and only for csam: the first goes there; the notice's text lists them all.
   */
  mediaHashes: readonly XarfMediaHash[];
  /** What the captured media are, when known (csam `media_type`). */
  mediaType?: XarfCsamMediaType | null;
  /**
   * A finer csam grade when qualification recorded one; 'baseline' otherwise (see xarf-mapping.ts
   * for why).
   */
  csamClassification?: XarfCsamClassification | null;
  /** Who reports: the hotline. */
  hotline: XarfHotline;
};

/** XARF `contact_info` (xarf-core.json $defs): all three required, nothing else allowed. */
export type XarfContact = { org: string; contact: string; domain: string };

/** The fields every report we send has (xarf-core.json and types/content-base.json). */
export type XarfContentReportBase = {
  xarf_version: typeof XARF_VERSION;
  report_id: string;
  timestamp: string;
  reporter: XarfContact;
  sender: XarfContact;
  /** The hosting IP when known, else the URL's host name. */
  source_identifier: string;
  category: 'content';
  description: string;
  url: string;
  /** The URL's host name, when it fits content-base.json's domain pattern. */
  domain?: string;
  /** The hosting IP, as the DNS evidence XARF has room for. */
  dns_records?: { a?: string[]; aaaa?: string[] };
  verified_at?: string;
  /** An analyst looked at it (four eyes): always 'manual'. */
  verification_method: 'manual';
  tags?: string[];
};

export type XarfCsamReport = XarfContentReportBase & {
  type: 'csam';
  classification: XarfCsamClassification;
  detection_method: 'manual_review';
  media_type?: XarfCsamMediaType;
  hash_values?: { sha256: string; md5?: string };
};

export type XarfCsemReport = XarfContentReportBase & {
  type: 'csem';
  exploitation_type: XarfCsemExploitationType;
  detection_method: 'manual_review';
};

/** A XARF v4 content report as Vigie sends it. */
export type XarfReport = XarfCsamReport | XarfCsemReport;
