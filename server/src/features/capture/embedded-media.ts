/**
 * The images and videos a captured HTML page embeds, as absolute URLs in the page's order, each
 * once: <img> (its src or the largest srcset candidate), <picture><source srcset>, <video src>,
 * <video poster>, <video><source src>, and the Open Graph / Twitter card meta tags. Parsed with
 * htmlparser2 (a streaming, forgiving parser: real pages are rarely valid). URLs resolve against
 * the page's <base href> if it has one, else its final URL (HTML: "document base URL"); only http
 * and https remain (a data: image is already part of the page's own bytes). What is fetched, and how
 * many, is capture-run.ts's business.
 */
import { Parser } from 'htmlparser2';

/** Meta tags that name the page's main image or video (Open Graph, Twitter cards). */
const MEDIA_META = new Set([
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'og:video',
  'og:video:url',
  'og:video:secure_url',
  'twitter:image',
  'twitter:image:src',
]);

/** The text of an HTML body, in its declared charset when the runtime knows it, else UTF-8. */
export function decodeHtml(body: Buffer, contentType: string | null): string {
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

export function findEmbeddedMedia(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  let base: string | undefined;
  let pictureDepth = 0;
  let videoDepth = 0;
  const add = (value: string | null | undefined) => {
    const trimmed = value?.trim();
    if (trimmed) found.push(trimmed);
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        switch (name) {
          case 'base':
            base ??= attrs.href;
            break;
          case 'img':
            add(largestCandidate(attrs.srcset, attrs.src));
            break;
          case 'picture':
            pictureDepth += 1;
            break;
          case 'video':
            videoDepth += 1;
            add(attrs.src);
            add(attrs.poster);
            break;
          case 'source':
            if (videoDepth > 0) add(attrs.src);
            else if (pictureDepth > 0) add(largestCandidate(attrs.srcset, undefined));
            break;
          case 'meta': {
            const key = (attrs.property ?? attrs.name ?? '').trim().toLowerCase();
            if (MEDIA_META.has(key)) add(attrs.content);
            break;
          }
        }
      },
      onclosetag(name) {
        if (name === 'picture') pictureDepth = Math.max(0, pictureDepth - 1);
        if (name === 'video') videoDepth = Math.max(0, videoDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return resolveAll(found, documentBase(base, pageUrl));
}

function documentBase(baseHref: string | undefined, pageUrl: string): string {
  if (baseHref === undefined) return pageUrl;
  try {
    const resolved = new URL(baseHref.trim(), pageUrl);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : pageUrl;
  } catch {
    return pageUrl;
  }
}

/** Absolute http(s) URLs without fragment (the server never sees it), each once, in order. */
function resolveAll(values: string[], base: string): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    seen.add(url.href);
  }
  return [...seen];
}

type Candidate = { url: string; width?: number; density?: number };

/**
 * The largest image a srcset offers (HTML's "image candidate strings"): by width descriptor when
 * any candidate has one, else by pixel density; `src` counts as the 1x candidate.
 */
export function largestCandidate(srcset: string | undefined, src: string | undefined): string | undefined {
  const candidates = parseSrcset(srcset ?? '');
  if (src?.trim()) candidates.push({ url: src.trim(), density: 1 });
  if (candidates.length === 0) return undefined;
  const byWidth = candidates.filter((c) => c.width !== undefined);
  if (byWidth.length > 0) return byWidth.reduce((a, b) => ((b.width ?? 0) > (a.width ?? 0) ? b : a)).url;
  return candidates.reduce((a, b) => ((b.density ?? 1) > (a.density ?? 1) ? b : a)).url;
}

/** Splits a srcset into candidates: a URL (no spaces; trailing commas end it), then descriptors. */
function parseSrcset(value: string): Candidate[] {
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i] as string)) i += 1;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !/\s/.test(value[i] as string)) i += 1;
    let url = value.slice(start, i);
    let descriptors = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const end = value.indexOf(',', i);
      descriptors = value.slice(i, end === -1 ? value.length : end);
      i = end === -1 ? value.length : end + 1;
    }
    if (!url) continue;
    const candidate: Candidate = { url };
    for (const descriptor of descriptors.trim().split(/\s+/)) {
      const width = /^(\d+)w$/.exec(descriptor);
      const density = /^(\d*\.?\d+)x$/.exec(descriptor);
      if (width) candidate.width = Number(width[1]);
      else if (density) candidate.density = Number(density[1]);
    }
    candidates.push(candidate);
  }
  return candidates;
}
