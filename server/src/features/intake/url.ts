/**
 * Normalising reported URLs, so the same content reported twice becomes one item: WHATWG parsing
 * (IDN to punycode, lower-case host, no default port), no fragment, no trailing dot on the host, and
 * no tracking parameters (tracking-parameters.ts); the other query parameters keep their order and
 * their spelling. Items stored before a rule was added keep the URL they were stored with: a new
 * report of the same page finds them only when its normalised URL is the same string.
 */
import { isTrackingParameter } from './tracking-parameters.ts';

export const MAX_URL_LENGTH = 2048;

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: 'invalid' | 'scheme' | 'too_long' };

export function normaliseReportedUrl(input: string): UrlCheck {
  const trimmed = input.trim();
  if (trimmed.length > MAX_URL_LENGTH) return { ok: false, reason: 'too_long' };
  // People paste "example.com/page" without a scheme; assume https for those only.
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme' };
  if (url.username || url.password) return { ok: false, reason: 'invalid' };
  // "example.com." is the same name as "example.com" (the root label, RFC 1034 §3.1).
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.replace(/\.+$/, '');
  if (!url.hostname || url.hostname.startsWith('.')) return { ok: false, reason: 'invalid' };
  if (!url.hostname.includes('.') && !url.hostname.startsWith('[')) return { ok: false, reason: 'invalid' };
  // The fragment never reaches the server hosting the content: it cannot tell two items apart.
  url.hash = '';
  url.search = withoutTrackingParameters(url.search);
  const normalised = url.toString();
  return normalised.length > MAX_URL_LENGTH
    ? { ok: false, reason: 'too_long' }
    : { ok: true, url: normalised };
}

/**
 * The query without its tracking parameters, every other piece kept byte for byte and in order:
 * re-serialising through URLSearchParams would re-encode them (`%20` into `+`, `~` into `%7E`),
 * and some servers read the raw query.
 */
function withoutTrackingParameters(search: string): string {
  if (search.length <= 1) return search;
  const pieces = search.slice(1).split('&');
  const kept = pieces.filter((piece) => !isTrackingParameter(parameterName(piece)));
  if (kept.length === pieces.length) return search;
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

function parameterName(piece: string): string {
  const raw = piece.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return raw; // a malformed escape: not one of ours, keep it as it is
  }
}
