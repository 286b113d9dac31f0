// Owns the PDQ hash of decoded pixels: the public entry points `pdqHash` and `pdqHashDihedral`,
// the quality metric, and the reference's size rules (pdqhashing.cpp, pdqio.cpp at
// facebook/ThreatExchange). Decoding, grey detection of RGB files and EXIF are the caller's.

import { bitsFromDct, DIHEDRAL_NAMES, dct64To16, dihedralDct } from './dct.ts';
import { blurAndDecimate } from './downscale.ts';
import { wordsToHex } from './hash-format.ts';
import { type Channels, lumaPlane, type PixelArray, PRESHRINK_DIM } from './luma.ts';

export interface PdqResult {
  /** 64 lowercase hex digits (reference text form). */
  hash: string;
  /** 0..100; the reference suggests ignoring hashes of quality below 50 for matching. */
  quality: number;
}

export interface PdqDihedralResult {
  /** orig, rot90, rot180, rot270, flipx, flipy, flipp, flipm (the reference's order). */
  hashes: [string, string, string, string, string, string, string, string];
  quality: number;
}

/** Below this many pixels on either side the reference returns an all-zero hash, quality 0. */
export const MIN_HASHABLE_DIM = 5;
const ZERO_HASH = '0'.repeat(64);

/** Buffers reused between calls; one per thread. Hashing is synchronous, so sharing is safe. */
class Workspace {
  luma = new Float32Array(0);
  scratch = new Float32Array(0);
  buffer64 = new Float32Array(64 * 64);
  dct16 = new Float32Array(256);
  dctScratch = new Float32Array(16 * 64);
  dihedral = new Float32Array(256);
  words = new Uint32Array(8);

  ensure(size: number): void {
    if (this.luma.length < size) {
      this.luma = new Float32Array(size);
      this.scratch = new Float32Array(size);
    }
  }
}
const workspace = new Workspace();

/**
 * PDQ hash of an 8-bit image, bit-identical to the reference C++ `pdq-photo-hasher` given the
 * same decoded samples. `pixels` is row-major, `channels` samples per pixel (alpha ignored).
 * For RGB input whose pixels are all grey, call `toReferenceChannels` first to match the
 * reference's decoder (see luma.ts).
 */
export function pdqHash(pixels: PixelArray, width: number, height: number, channels: Channels): PdqResult {
  const quality = hashInto(pixels, width, height, channels, false);
  if (quality < 0) return { hash: ZERO_HASH, quality: 0 };
  return { hash: wordsToHex(bitsFromDct(workspace.dct16, workspace.words)), quality };
}

/**
 * The eight dihedral hashes, derived from one DCT like the reference's
 * `pdqDihedralHash256esFromFloatLuma`. Unlike `pdqHash`, this path always blurs, so a 64x64
 * image's `orig` can differ from its plain hash (as it does in the reference).
 */
export function pdqHashDihedral(
  pixels: PixelArray,
  width: number,
  height: number,
  channels: Channels,
): PdqDihedralResult {
  const quality = hashInto(pixels, width, height, channels, true);
  const hashes = DIHEDRAL_NAMES.map((name) => {
    if (quality < 0) return ZERO_HASH;
    const dct = dihedralDct(name, workspace.dct16, workspace.dihedral);
    return wordsToHex(bitsFromDct(dct, workspace.words));
  }) as PdqDihedralResult['hashes'];
  return { hashes, quality: Math.max(quality, 0) };
}

/** Fills workspace.dct16 and returns the quality, or -1 for an image too small to hash. */
function hashInto(
  pixels: PixelArray,
  width: number,
  height: number,
  channels: Channels,
  alwaysBlur: boolean,
): number {
  const ws = workspace;
  // lumaPlane pre-shrinks to 512x512 when either side is over 512 (not min(side, 512) each).
  const shrink = width > PRESHRINK_DIM || height > PRESHRINK_DIM;
  ws.ensure(shrink ? PRESHRINK_DIM * PRESHRINK_DIM : width * height);
  const plane = lumaPlane(pixels, width, height, channels, ws.luma);
  if (plane.width < MIN_HASHABLE_DIM || plane.height < MIN_HASHABLE_DIM) return -1;
  if (!alwaysBlur && plane.width === 64 && plane.height === 64) {
    // The reference uses a 64x64 input as the 64x64 buffer directly (meant for video frames).
    ws.buffer64.set(plane.luma);
  } else {
    blurAndDecimate(plane.luma, ws.scratch, plane.width, plane.height, ws.buffer64);
  }
  const quality = qualityMetric(ws.buffer64);
  dct64To16(ws.buffer64, ws.dct16, ws.dctScratch);
  return quality;
}

/**
 * The reference's heuristic: sum over vertical and horizontal neighbours of
 * |int((u - v) * 100 / 255)| (float32 arithmetic, truncation toward zero), divided by 90
 * (integer division), capped at 100.
 */
export function qualityMetric(buffer64: Float32Array): number {
  const fround = Math.fround;
  let gradientSum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      const diff = fround((buffer64[i * 64 + j] as number) - (buffer64[(i + 1) * 64 + j] as number));
      gradientSum += Math.abs(Math.trunc(fround(fround(diff * 100) / 255)));
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      const diff = fround((buffer64[i * 64 + j] as number) - (buffer64[i * 64 + j + 1] as number));
      gradientSum += Math.abs(Math.trunc(fround(fround(diff * 100) / 255)));
    }
  }
  return Math.min(100, Math.floor(gradientSum / 90));
}
