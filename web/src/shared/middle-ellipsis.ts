/**
 * Shortening a reported address in the middle: its host (where it lives) and its end (which page,
 * which file) both matter to an analyst, the middle rarely does.
 */

/** The text cut to `max` characters with "…" in the middle (60 % of what is kept comes first). */
export function middleEllipsis(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = max - 1;
  const head = Math.ceil(keep * 0.6);
  return `${text.slice(0, head)}…${text.slice(text.length - (keep - head))}`;
}

/**
 * The address split for an ellipsis the browser places to fit the width: the head may shrink (CSS
 * text-overflow), the tail (its last `tail` characters, at a path boundary when one is close) never.
 */
export function splitAddress(url: string, tail = 18): { head: string; tail: string } {
  if (url.length <= tail + 8) return { head: url, tail: '' };
  let at = url.length - tail;
  // Start the tail at the last slash when it is close, so it reads "/page.html", not "ge.html".
  const slash = url.lastIndexOf('/');
  if (slash >= at - 8 && url.length - slash >= 6 && slash > url.indexOf('//') + 2) at = slash;
  return { head: url.slice(0, at), tail: url.slice(at) };
}

/**
 * The address as a narrow column shows it: without "https://", which nearly every address has and
 * which would take a tenth of the room (browsers hide it too). Any other scheme stays: it is news.
 */
export const withoutHttps = (url: string) => (/^https:\/\/./i.test(url) ? url.slice(8) : url);
