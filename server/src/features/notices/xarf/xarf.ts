/**
 * Builds the XARF v4 report a notice carries: category `content`, type from xarf-mapping.ts. It
 * copies named fields only, so nothing the caller's object happens to hold (media bytes, a blob
 * key) can slip into the report. It does not validate: the sending code runs validateXarf
 * (xarf-validate.ts) on the result before it attaches it, and does not attach what fails.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { AppError } from '../../../platform/errors.ts';
import {
  XARF_VERSION,
  type XarfContact,
  type XarfContentReportBase,
  type XarfCsamReport,
  type XarfInput,
  type XarfReport,
} from './xarf.types.ts';
import { DEFAULT_CSAM_CLASSIFICATION, xarfTypeFor } from './xarf-mapping.ts';

/** xarf-core.json: `description` maxLength. */
const DESCRIPTION_MAX = 1000;
/** types/content-base.json: the `domain` pattern (lower-case ASCII labels, alphabetic TLD). */
const DOMAIN_PATTERN = /^([a-z0-9]+(-[a-z0-9]+)*\.)+[a-z]{2,}$/;
/** xarf-core.json: the `tags` pattern, `namespace:predicate`. */
const TAG_PATTERN = /^[a-z0-9][a-z0-9_+-]*:[a-z0-9][a-z0-9_+-]*$/;

/**
 * The XARF report for a notice. Throws AppError `notice.xarf_no_type` for a category XARF v4 has
 * no content type for (check hasXarfType first: such notices go without XARF).
 */
export function buildXarfReport(input: XarfInput): XarfReport {
  const choice = xarfTypeFor(input.categoryId);
  if (!choice) {
    throw new AppError(
      'notice.xarf_no_type',
      422,
      `XARF v4 has no content type for the category "${input.categoryId}": send the notice without XARF`,
    );
  }
  const url = new URL(input.url);
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const ip = input.hostingIp && (isIPv4(input.hostingIp) || isIPv6(input.hostingIp)) ? input.hostingIp : null;
  const hotline: XarfContact = {
    org: input.hotline.name,
    contact: input.hotline.email,
    domain: input.hotline.domain,
  };
  const tags = [`item:${input.itemId.toLowerCase()}`].filter((t) => TAG_PATTERN.test(t));

  const base: XarfContentReportBase = {
    xarf_version: XARF_VERSION,
    report_id: input.noticeId.toLowerCase(),
    timestamp: input.seenAt.toISOString(),
    reporter: hotline,
    // The hotline files and sends its own reports: no service provider in between.
    sender: { ...hotline },
    // The address the abuse desk can find its customer by; the host name when the IP is unknown.
    source_identifier: ip ?? host,
    category: 'content',
    description: cut(input.legalBasisText.trim(), DESCRIPTION_MAX),
    // href: percent-encoded, which the schema's `uri` format requires.
    url: url.href,
    ...(DOMAIN_PATTERN.test(host) ? { domain: host } : {}),
    ...(ip ? { dns_records: isIPv4(ip) ? { a: [ip] } : { aaaa: [ip] } } : {}),
    ...(input.verifiedAt ? { verified_at: input.verifiedAt.toISOString() } : {}),
    verification_method: 'manual',
    ...(tags.length > 0 ? { tags } : {}),
  };

  if (choice.type === 'csem') {
    // csem has no hash field; the hashes travel in the notice's text.
    return {
      ...base,
      type: 'csem',
      exploitation_type: choice.exploitationType,
      detection_method: 'manual_review',
    };
  }
  const report: XarfCsamReport = {
    ...base,
    type: 'csam',
    classification: input.csamClassification ?? DEFAULT_CSAM_CLASSIFICATION,
    detection_method: 'manual_review',
  };
  if (input.mediaType) report.media_type = input.mediaType;
  const first = input.mediaHashes[0];
  if (first) {
    report.hash_values = {
      sha256: first.sha256.toLowerCase(),
      ...(first.md5 ? { md5: first.md5.toLowerCase() } : {}),
    };
  }
  return report;
}

/** At most `max` characters (code points, so no surrogate pair is split), an ellipsis when cut. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
