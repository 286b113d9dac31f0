/**
 * The public pages' only static files: one stylesheet and one small script, read once at start-up
 * and served from memory with a content hash in the URL, so a new release is never mixed with a
 * cached old file. No CDN, no external font.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Asset = { path: string; url: string; contentType: string; body: Buffer; etag: string };

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

function loadAsset(file: string, contentType: string): Asset {
  const body = fs.readFileSync(path.join(folder, file));
  const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 12);
  const urlPath = `/assets/${file}`;
  return { path: urlPath, url: `${urlPath}?v=${hash}`, contentType, body, etag: `"${hash}"` };
}

export type PublicAssets = { css: Asset; js: Asset };

export const loadPublicAssets = (): PublicAssets => ({
  css: loadAsset('vigie.css', 'text/css; charset=utf-8'),
  js: loadAsset('vigie.js', 'text/javascript; charset=utf-8'),
});
