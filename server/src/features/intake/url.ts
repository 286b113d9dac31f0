/** Normalising reported URLs, so the same content reported twice becomes one item. */
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
  if (!url.hostname || url.username || url.password) return { ok: false, reason: 'invalid' };
  if (!url.hostname.includes('.') && !url.hostname.startsWith('[')) return { ok: false, reason: 'invalid' };
  // The fragment never reaches the server hosting the content: it cannot tell two items apart.
  url.hash = '';
  const normalised = url.toString();
  return normalised.length > MAX_URL_LENGTH
    ? { ok: false, reason: 'too_long' }
    : { ok: true, url: normalised };
}
