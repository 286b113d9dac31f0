/**
 * "Have we seen this before?": what the queue's `q` is. One box takes a tracking code, an address,
 * a domain, a file's SHA-256 or MD5 or a picture's PDQ hash, or a piece of an address; this file
 * decides which, in this order (the first that fits wins):
 *
 * 1. tracking code — `VG-` then 8 characters of the code alphabet (spaces, dashes and case as people
 *    type them): the items of that report, derived ones included;
 * 2. address — starts with http:// or https://: the item with that address, normalised as intake
 *    normalises reported URLs (so a pasted link with its utm_ parameters still finds it);
 * 3. 64 hex digits — the SHA-256 of a stored medium if one has it, else a PDQ hash: items with a
 *    picture within `distance` bits (default: the usual PDQ match threshold);
 * 4. 32 hex digits — the MD5 of a stored medium;
 * 5. domain — a host name (example.com, www.exemple.fr., an IDN, an IPv4 address): items on that
 *    host and on its subdomains, never on a look-alike (notexample.com);
 * 6. anything else of 3 characters or more — a piece of the address, in any case.
 *
 * The SQL for each kind is in queue-search.queries.ts; the queue's other filters combine with it.
 */
import { isHashHex, PDQ_MATCH_DISTANCE } from '@vigie/pdq';
import type { Queryable } from '../../platform/db/database.ts';
import { badRequest } from '../../platform/errors.ts';
import { normaliseReportedUrl, parseTrackingCode } from '../intake/index.ts';
import { itemsWithPictureNear, storedMediumHasSha256 } from './queue-search.queries.ts';

export const SEARCH_KINDS = ['tracking_code', 'url', 'sha256', 'pdq', 'md5', 'domain', 'text'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A piece of an address shorter than this would match most of the queue. */
export const MIN_TEXT_SEARCH = 3;
export const MAX_SEARCH_LENGTH = 2048;
/** The most bits two PDQ hashes may differ by and still be searched as "the same picture". */
export const MAX_PDQ_SEARCH_DISTANCE = 64;

export type Search =
  | { kind: Exclude<SearchKind, 'pdq'>; value: string }
  | { kind: 'pdq'; value: string; distance: number; itemIds: string[] };

const MD5 = /^[0-9a-f]{32}$/i;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** Host name labels after IDN conversion; the last one is a top-level domain (letters or xn--). */
const HOST_NAME = /^([a-z0-9_]([a-z0-9_-]*[a-z0-9_])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** What `q` is, before any look-up: a 64-hex string stays undecided between SHA-256 and PDQ. */
type Reading = Search | { kind: 'hash256'; value: string };

export function readSearch(input: string): Reading {
  const q = input.trim();
  if (/^vg[\s-]*/i.test(q)) {
    const code = parseTrackingCode(q);
    if (code) return { kind: 'tracking_code', value: code };
  }
  if (/^https?:\/\//i.test(q)) {
    const normalised = normaliseReportedUrl(q);
    if (!normalised.ok) {
      throw badRequest(
        'queue.search_invalid_url',
        'This address cannot be read: check it, or search a piece of it without http(s)://.',
        { reason: normalised.reason },
      );
    }
    return { kind: 'url', value: normalised.url };
  }
  if (isHashHex(q)) return { kind: 'hash256', value: q.toLowerCase() };
  if (MD5.test(q)) return { kind: 'md5', value: q.toLowerCase() };
  const host = hostOf(q);
  if (host) return { kind: 'domain', value: host };
  if ([...q].length < MIN_TEXT_SEARCH) {
    throw badRequest(
      'queue.search_too_short',
      `Search for at least ${MIN_TEXT_SEARCH} characters of an address, or a whole tracking code, domain or hash.`,
      { min_length: MIN_TEXT_SEARCH },
    );
  }
  return { kind: 'text', value: q };
}

/** The host name `q` names, lower case and in punycode, or null when it is not one. */
function hostOf(q: string): string | null {
  if (!/^[^\s/?#@:\\%]+$/u.test(q) || !q.includes('.')) return null;
  const bare = q.replace(/\.+$/, '');
  if (IPV4.test(bare)) return bare;
  let hostname: string;
  try {
    hostname = new URL(`https://${bare}`).hostname;
  } catch {
    return null;
  }
  return HOST_NAME.test(hostname) ? hostname : null;
}

/**
 * The search `q` asks for, with the look-ups a 64-hex string needs: whether it is a stored file's
 * SHA-256, else which items hold a picture near it as a PDQ hash.
 */
export async function resolveSearch(db: Queryable, q: string, distance: number | undefined): Promise<Search> {
  const reading = readSearch(q);
  if (distance !== undefined && reading.kind !== 'hash256') {
    throw badRequest(
      'queue.search_distance_without_hash',
      'distance applies to a PDQ hash (64 hexadecimal digits) only.',
    );
  }
  if (reading.kind !== 'hash256') return reading;
  // A SHA-256 digest is exact: when a medium has it, the 64 digits are that file, not a picture hash.
  if (await storedMediumHasSha256(db, reading.value)) return { kind: 'sha256', value: reading.value };
  const within = distance ?? PDQ_MATCH_DISTANCE;
  const itemIds = await itemsWithPictureNear(db, reading.value, within);
  return { kind: 'pdq', value: reading.value, distance: within, itemIds };
}
