/**
 * One uploaded evidence file, examined before anything is stored: is it what its content type says
 * (signature, then a full decode for images), how big is it, what are its hashes (SHA-256 and MD5
 * for hash lists, PDQ of the first frame for images), and a preview safe to show by default.
 *
 * The preview is what protects analysts (DESIGN.md: media blurred and greyscale by default): small,
 * greyscale and blurred hard enough that nothing is recognisable, made here on the server so the
 * browser never needs the original to show a thumbnail. Videos get no preview and no PDQ yet (vPDQ
 * needs ffmpeg frames: TODO, safe to leave since the content route still serves the video on demand).
 */
import crypto from 'node:crypto';
import { pdqHash } from '@vigie/pdq';
import sharp from 'sharp';
import { AppError, badRequest } from '../../platform/errors.ts';
import { DEFAULT_MAX_PIXELS, decodeImage } from '../hashing/index.ts';
import { MEDIA_KIND_OF_TYPE, MEDIA_TYPES, type MediaKind, type MediaType } from './evidence.schemas.ts';

export const isMediaType = (value: string): value is MediaType => Object.hasOwn(MEDIA_KIND_OF_TYPE, value);

/** Longest side of a preview, in pixels. */
export const PREVIEW_MAX_SIDE = 480;
/** Longest file name kept (characters). */
export const FILE_NAME_MAX = 200;

const ascii = (text: string) => Buffer.from(text, 'latin1');
const at = (bytes: Uint8Array, offset: number, expected: Buffer) =>
  bytes.length >= offset + expected.length &&
  expected.equals(bytes.subarray(offset, offset + expected.length));

/** File signatures ("magic numbers") of the accepted types. */
const SIGNATURES: Record<MediaType, { label: string; matches: (b: Uint8Array) => boolean }> = {
  'image/jpeg': { label: 'a JPEG image', matches: (b) => at(b, 0, Buffer.from([0xff, 0xd8, 0xff])) },
  'image/png': {
    label: 'a PNG image',
    matches: (b) => at(b, 0, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  'image/gif': {
    label: 'a GIF image',
    matches: (b) => at(b, 0, ascii('GIF87a')) || at(b, 0, ascii('GIF89a')),
  },
  'image/webp': { label: 'a WebP image', matches: (b) => at(b, 0, ascii('RIFF')) && at(b, 8, ascii('WEBP')) },
  // ISO base media file: the first box is `ftyp` (size on 4 bytes, then the type).
  'video/mp4': { label: 'an MP4 video', matches: (b) => b.length >= 12 && at(b, 4, ascii('ftyp')) },
  // Matroska/WebM: an EBML header.
  'video/webm': { label: 'a WebM video', matches: (b) => at(b, 0, Buffer.from([0x1a, 0x45, 0xdf, 0xa3])) },
};

export type InspectedMedia = {
  kind: MediaKind;
  contentType: MediaType;
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
 */
export async function inspectMedia(bytes: Buffer, contentType: MediaType): Promise<InspectedMedia> {
  if (bytes.length === 0) throw invalid('The file is empty.');
  const signature = SIGNATURES[contentType];
  if (!signature.matches(bytes)) {
    const actual = MEDIA_TYPES.find((t) => SIGNATURES[t].matches(bytes));
    throw invalid(
      `The file is not ${signature.label} (declared ${contentType})` +
        (actual ? `: it looks like ${SIGNATURES[actual].label} (${actual}).` : '.'),
    );
  }
  const hashes = {
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    md5: crypto.createHash('md5').update(bytes).digest('hex'),
  };
  const kind = MEDIA_KIND_OF_TYPE[contentType];
  if (kind === 'video') {
    return {
      kind,
      contentType,
      byteSize: bytes.length,
      width: null,
      height: null,
      ...hashes,
      pdq: null,
      pdqQuality: null,
      preview: null,
    };
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
 * The uploader's file name from the `x-file-name` header (encodeURIComponent of the name): no folder
 * part, no control characters, at most FILE_NAME_MAX characters; null when nothing useful is left.
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
  const base = (name.split(/[/\\]/).pop() ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  if (base === '' || base === '.' || base === '..') return null;
  return Array.from(base).slice(0, FILE_NAME_MAX).join('');
}
