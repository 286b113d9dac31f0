// Owns decoding an image file into the 8-bit pixels PDQ hashes, the way the reference's decoder
// (ImageMagick -> PNM) presents them: first frame only, EXIF orientation ignored unless asked,
// alpha dropped without compositing, and an RGB image whose pixels all have R=G=B handed over as
// 1-channel grey (see toReferenceChannels in @vigie/pdq). Also guards against decompression bombs.
// Hashing itself is @vigie/pdq's; this file is Node-only (sharp).

import { type Channels, toReferenceChannels } from '@vigie/pdq';
import sharp from 'sharp';
import { AppError } from '../../platform/errors.ts';

/** Default ceiling on width x height, checked from the header before any pixel is decoded. */
export const DEFAULT_MAX_PIXELS = 100_000_000;

export interface DecodeOptions {
  /** Rotate/flip per the EXIF orientation tag first (the reference does not). */
  applyExifOrientation?: boolean;
  /** Refuse images with more pixels than this (default 100 megapixels). */
  maxPixels?: number;
}

export interface DecodedImage {
  pixels: Uint8Array;
  width: number;
  height: number;
  channels: Channels;
}

/**
 * Decodes JPEG, PNG, WebP, GIF (first frame), TIFF (first page), AVIF/HEIF where this sharp build
 * supports them. Throws AppError `image.too_large` or `image.undecodable` with a one-line message.
 */
export async function decodeImage(
  input: string | Uint8Array,
  options: DecodeOptions = {},
): Promise<DecodedImage> {
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  try {
    const { data, info } = await sharp(input, {
      limitInputPixels: maxPixels,
      autoOrient: options.applyExifOrientation === true,
      pages: 1,
      failOn: 'error',
      // Streaming decode is measurably faster; orientation may need the whole image first.
      sequentialRead: options.applyExifOrientation !== true,
    })
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const pixels = new Uint8Array(data.buffer, data.byteOffset, data.length);
    const grey = toReferenceChannels(pixels, info.channels as Channels);
    return {
      pixels: grey.pixels as Uint8Array,
      width: info.width,
      height: info.height,
      channels: grey.channels,
    };
  } catch (error) {
    throw describeDecodeError(error, maxPixels);
  }
}

function describeDecodeError(error: unknown, maxPixels: number): AppError {
  const raw = error instanceof Error ? error.message : String(error);
  const first = raw.split('\n')[0] ?? raw;
  if (/pixel limit/i.test(raw)) {
    return new AppError(
      'image.too_large',
      413,
      `image has more than ${maxPixels.toLocaleString('en')} pixels`,
    );
  }
  if (/ENOENT|no such file|input file is missing/i.test(raw))
    return new AppError('image.unreadable', 400, 'file not found');
  if (/EACCES|permission denied/i.test(raw))
    return new AppError('image.unreadable', 400, 'permission denied');
  if (/unsupported image format/i.test(raw))
    return new AppError('image.undecodable', 400, 'not a supported image format');
  return new AppError('image.undecodable', 400, `cannot decode image: ${first}`);
}
