/**
 * One uploaded evidence file, examined before anything is stored: is it what its content type says
 * (identified by file-type, then a full decode for images, a walk of the container for videos), how
 * big is it, what are its hashes (SHA-256 and MD5 for hash lists, PDQ of the first frame for
 * images), and a preview safe to show by default. Uploads run this in media-pool.ts's worker threads.
 *
 * The preview is what protects analysts (DESIGN.md: media blurred and greyscale by default): small,
 * greyscale and blurred hard enough that nothing is recognisable, made here on the server so the
 * browser never needs the original to show a thumbnail. Videos get no preview and no PDQ yet (vPDQ
 * needs ffmpeg frames: TODO, safe to leave since the content route still serves the video on demand).
 */
import crypto from 'node:crypto';
import { pdqHash } from '@vigie/pdq';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { AppError, badRequest } from '../../platform/errors.ts';
import { DEFAULT_MAX_PIXELS, decodeImage } from '../hashing/index.ts';
import {
  MEDIA_KIND_OF_TYPE,
  MEDIA_TYPES,
  type MediaKind,
  type MediaType,
  PAGE_TYPES,
  type PageType,
  type StoredType,
} from './evidence.schemas.ts';
import { videoStructureProblem } from './video-structure.ts';

export const isMediaType = (value: string): value is MediaType => Object.hasOwn(MEDIA_KIND_OF_TYPE, value);
export const isPageType = (value: string): value is PageType =>
  (PAGE_TYPES as readonly string[]).includes(value);

/** Longest side of a preview, in pixels. */
export const PREVIEW_MAX_SIDE = 480;
/** Longest file name kept (characters). */
export const FILE_NAME_MAX = 200;

/** What each accepted type is called in messages, and what file-type may name it by its structure. */
const KNOWN_AS: Record<MediaType, { label: string; detectedAs: readonly string[] }> = {
  'image/jpeg': { label: 'a JPEG image', detectedAs: ['image/jpeg'] },
  // An animated PNG is still a PNG: its first frame is what is decoded.
  'image/png': { label: 'a PNG image', detectedAs: ['image/png', 'image/apng'] },
  'image/gif': { label: 'a GIF image', detectedAs: ['image/gif'] },
  'image/webp': { label: 'a WebP image', detectedAs: ['image/webp'] },
  // M4V is Apple's name for an MP4 video.
  'video/mp4': { label: 'an MP4 video', detectedAs: ['video/mp4', 'video/x-m4v'] },
  'video/webm': { label: 'a WebM video', detectedAs: ['video/webm'] },
};

export type InspectedMedia = {
  kind: MediaKind;
  contentType: StoredType;
  byteSize: number;
  width: number | null;
  height: number | null;
  sha256: string;
  md5: string;
  pdq: string | null;
  pdqQuality: number | null;
  /** The blurred greyscale JPEG preview (images only). */
  preview: Buffer | null;
};

const invalid = (message: string) => badRequest('media.invalid', message);

/**
 * Checks `bytes` against the declared type and computes what the media record keeps. Throws 400
 * `media.invalid` saying what is wrong (empty, another format, undecodable, over 100 megapixels).
 * A captured page (PAGE_TYPES) is kept as it came: hashes only, no structure to check, no preview.
 */
export async function inspectMedia(bytes: Buffer, contentType: StoredType): Promise<InspectedMedia> {
  if (bytes.length === 0) throw invalid('The file is empty.');
  const hashes = {
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    md5: crypto.createHash('md5').update(bytes).digest('hex'),
  };
  const noImage = { width: null, height: null, pdq: null, pdqQuality: null, preview: null };
  if (isPageType(contentType)) {
    return { kind: 'page', contentType, byteSize: bytes.length, ...hashes, ...noImage };
  }
  await checkFileType(bytes, contentType);
  const kind = MEDIA_KIND_OF_TYPE[contentType];
  if (kind === 'video') {
    const problem = videoStructureProblem(bytes, contentType as 'video/mp4' | 'video/webm');
    if (problem)
      throw invalid(`The file is not ${KNOWN_AS[contentType].label} that can be played: ${problem}.`);
    return { kind, contentType, byteSize: bytes.length, ...hashes, ...noImage };
  }
  const image = await decodeForHashing(bytes);
  const { hash, quality } = pdqHash(image.pixels, image.width, image.height, image.channels);
  const { width, height, preview } = await makePreview(bytes);
  return {
    kind,
    contentType,
    byteSize: bytes.length,
    width,
    height,
    ...hashes,
    pdq: hash,
    pdqQuality: quality,
    preview,
  };
}

/**
 * Refuses bytes that are not what `contentType` says, as file-type identifies them from their
 * structure (an MP4's ftyp brand, a WebM's EBML DocType, image signatures), naming what they look like.
 */
async function checkFileType(bytes: Buffer, contentType: MediaType): Promise<void> {
  const detected = (await fileTypeFromBuffer(bytes))?.mime;
  const expected = KNOWN_AS[contentType];
  if (detected && expected.detectedAs.includes(detected)) return;
  const actual = MEDIA_TYPES.find((type) => detected && KNOWN_AS[type].detectedAs.includes(detected));
  const looksLike = actual ? `${KNOWN_AS[actual].label} (${actual})` : detected;
  throw invalid(
    `The file is not ${expected.label} (declared ${contentType})` +
      (looksLike ? `: it looks like ${looksLike}.` : '.'),
  );
}

/**
 * Which of MEDIA_TYPES these bytes are by their structure (what checkFileType would accept), or
 * null: for captured media, whose server may name its type wrongly (image/jpg, octet-stream).
 */
export async function sniffMediaType(bytes: Buffer): Promise<MediaType | null> {
  const detected = (await fileTypeFromBuffer(bytes))?.mime;
  return MEDIA_TYPES.find((type) => detected && KNOWN_AS[type].detectedAs.includes(detected)) ?? null;
}

/** The first frame as `vigie hash` decodes it (EXIF orientation ignored, like the reference). */
async function decodeForHashing(bytes: Buffer) {
  try {
    return await decodeImage(bytes);
  } catch (error) {
    if (error instanceof AppError) {
      const reason = error.code === 'image.too_large' ? `the ${error.message}` : error.message;
      throw invalid(`The image cannot be used: ${reason}.`);
    }
    throw error;
  }
}

/**
 * A JPEG at most PREVIEW_MAX_SIDE on its long side, oriented as browsers show the original,
 * greyscale, with a Gaussian blur of sigma 2.5% of that side (at least 8 px): shapes and overall
 * layout survive, faces, text and bodies do not.
 */
async function makePreview(bytes: Buffer): Promise<{ width: number; height: number; preview: Buffer }> {
  const options = { limitInputPixels: DEFAULT_MAX_PIXELS, pages: 1, failOn: 'error' } as const;
  try {
    const meta = await sharp(bytes, options).metadata();
    const { width, height } = meta.autoOrient;
    const scale = Math.min(1, PREVIEW_MAX_SIDE / Math.max(width, height));
    const previewWidth = Math.max(1, Math.round(width * scale));
    const previewHeight = Math.max(1, Math.round(height * scale));
    const sigma = Math.max(8, 0.025 * Math.max(previewWidth, previewHeight));
    const preview = await sharp(bytes, options)
      .autoOrient()
      .resize(previewWidth, previewHeight, { fit: 'fill' })
      .flatten({ background: '#808080' })
      .greyscale()
      .blur(sigma)
      .toColourspace('b-w')
      .jpeg({ quality: 70 })
      .toBuffer();
    return { width, height, preview };
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw invalid(`The image cannot be used: cannot decode image: ${first}.`);
  }
}

/**
 * What a stored file name may not contain: control characters (C0, DEL, C1), line and paragraph
 * separators, and the bidirectional controls (Unicode UAX #9: LRM, RLM, ALM, the embeddings and
 * overrides U+202A–U+202E, the isolates U+2066–U+2069), with which "invoice\u202Egnp.exe" displays as
 * "invoiceexe.png" (the "Trojan Source" trick, CVE-2021-42574). Joiners (ZWJ, ZWNJ) stay: scripts
 * such as Persian and Devanagari need them.
 */
const UNSAFE_NAME_CHARACTERS = /[\p{Cc}\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The uploader's file name from the `x-file-name` header (encodeURIComponent of the name): no folder
 * part, no control or bidirectional characters, at most FILE_NAME_MAX characters; null when nothing
 * useful is left.
 */
export function cleanFileName(header: string | string[] | undefined): string | null {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return null;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    name = raw;
  }
  const base = (name.split(/[/\\]/).pop() ?? '').replace(UNSAFE_NAME_CHARACTERS, '').trim();
  if (base === '' || base === '.' || base === '..') return null;
  return Array.from(base).slice(0, FILE_NAME_MAX).join('');
}
