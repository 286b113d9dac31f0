// Owns decoding an image file into the 8-bit pixels PDQ hashes, the way the reference's decoder
// (ImageMagick `convert FILE pnm:-`) presents them: first frame only, EXIF orientation ignored
// unless asked, alpha dropped without compositing, embedded colour profiles ignored, CMYK turned
// into RGB by ImageMagick's profile-free formula, and an RGB image whose pixels all have R=G=B
// handed over as 1-channel grey (see toReferenceChannels in @vigie/pdq). Also guards against
// decompression bombs. Hashing itself is @vigie/pdq's; this file is Node-only (sharp).

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
    const image = sharp(input, {
      limitInputPixels: maxPixels,
      autoOrient: options.applyExifOrientation === true,
      pages: 1,
      failOn: 'error',
      // Streaming decode is measurably faster; orientation may need the whole image first.
      sequentialRead: options.applyExifOrientation !== true,
      // ImageMagick's PNM output never applies an embedded ICC profile; sharp would convert to
      // sRGB through it (2 bits off the reference on ThreatExchange's c.png and wee.jpg).
      ignoreIcc: true,
    });
    // sharp turns CMYK into sRGB through a built-in CMYK profile (10 bits off on the reference's
    // CMYK.jpg); keep the ink values and convert them the way ImageMagick does instead.
    const cmyk = (await image.metadata()).space === 'cmyk';
    if (cmyk) image.pipelineColourspace('cmyk').toColourspace('cmyk');
    const { data, info } = await image
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const raw = new Uint8Array(data.buffer, data.byteOffset, data.length);
    const pixels = cmyk ? cmykToRgb(raw, info.channels) : raw;
    const grey = toReferenceChannels(pixels, cmyk ? 3 : (info.channels as Channels));
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

/**
 * ImageMagick's CMYK -> RGB without profiles (ConvertCMYKToRGB: R = QR - (C·(QR-K)/QR + K) on
 * 16-bit quanta, then scaled to 8 bits), which on 8-bit samples is exactly
 * round((255-C)·(255-K)/255): checked against ImageMagick 6.9.11 on every (C, K) pair. Samples are
 * ink amounts as libjpeg/libtiff deliver them after sharp's Adobe-inversion handling; a fifth
 * (alpha) channel, if any, is dropped.
 */
function cmykToRgb(cmyk: Uint8Array, channels: number): Uint8Array {
  const count = Math.floor(cmyk.length / channels);
  const rgb = new Uint8Array(count * 3);
  for (let p = 0, i = 0, o = 0; p < count; p++, i += channels, o += 3) {
    const white = 255 - (cmyk[i + 3] as number);
    rgb[o] = inkToValue(cmyk[i] as number, white);
    rgb[o + 1] = inkToValue(cmyk[i + 1] as number, white);
    rgb[o + 2] = inkToValue(cmyk[i + 2] as number, white);
  }
  return rgb;
}

/** round((255 - ink) * white / 255) in integers (the product is never an odd multiple of 127.5). */
function inkToValue(ink: number, white: number): number {
  return Math.floor(((255 - ink) * white + 127) / 255);
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
