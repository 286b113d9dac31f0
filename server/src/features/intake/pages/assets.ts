/**
 * The public pages' only static files: one stylesheet, one small script and the icon, read once at
 * start-up and served from memory with a content hash in the URL, so a new release is never mixed
 * with a cached old file. No CDN, no external font. The icon also answers at the root, where
 * browsers look for it unasked (/favicon.ico) and where the staff app links it (/favicon.svg).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Asset = {
  path: string;
  url: string;
  contentType: string;
  body: Buffer;
  etag: string;
  /** How long browsers keep it without asking again. */
  maxAgeSeconds: number;
};

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

const DAY_SECONDS = 86_400;

/** A file of `dir` (these pages' assets by default; another feature's public page may bring its own). */
export function loadAsset(
  file: string,
  contentType: string,
  urlPath = `/assets/${file}`,
  maxAgeDays = 1,
  dir = folder,
): Asset {
  const body = fs.readFileSync(path.join(dir, file));
  const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 12);
  return {
    path: urlPath,
    url: `${urlPath}?v=${hash}`,
    contentType,
    body,
    etag: `"${hash}"`,
    maxAgeSeconds: maxAgeDays * DAY_SECONDS,
  };
}

export type PublicAssets = { css: Asset; js: Asset; icon: Asset; iconIco: Asset };

// The icon keeps its address from release to release, so it is cached long rather than forever.
const ICON_CACHE_DAYS = 30;

export const loadPublicAssets = (): PublicAssets => ({
  css: loadAsset('vigie.css', 'text/css; charset=utf-8'),
  js: loadAsset('vigie.js', 'text/javascript; charset=utf-8'),
  icon: loadAsset('favicon.svg', 'image/svg+xml', '/favicon.svg', ICON_CACHE_DAYS),
  // 16, 32 and 48 px PNGs in an ICO container, made once from favicon.svg.
  iconIco: loadAsset('favicon.ico', 'image/x-icon', '/favicon.ico', ICON_CACHE_DAYS),
});
