/** Synthetic evidence files for tests: generated images and minimal video headers, never real material. */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/**
 * A colour image with gradients and hard-edged blocks (so blurring is measurable); `seed` changes
 * the pattern, so each seed gives other bytes and another PDQ hash.
 */
export async function syntheticImage(
  format: 'png' | 'jpeg' | 'webp' | 'gif',
  options: { width?: number; height?: number; seed?: number } = {},
): Promise<Buffer> {
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  const seed = options.seed ?? 1;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const block = (Math.floor(x / 40) + Math.floor(y / 40) + seed) % 2 === 0;
      pixels[i] = Math.floor((x / width) * 255);
      pixels[i + 1] = block ? 230 : 20;
      pixels[i + 2] = Math.floor((y / height) * 255) ^ (seed * 37);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}

/** The smallest thing that passes as an MP4: an `ftyp` box (brand isom) and a few bytes after it. */
export function minimalMp4(extra = 'synthetic'): Buffer {
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 20]),
    Buffer.from('ftypisom', 'latin1'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isom', 'latin1'),
  ]);
  return Buffer.concat([ftyp, Buffer.from(extra)]);
}

/** An EBML header start (what a WebM file begins with) and a few bytes after it. */
export function minimalWebm(extra = 'synthetic'): Buffer {
  return Buffer.concat([
    Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]),
    Buffer.from(extra),
  ]);
}

/** Every file under `dir` (relative paths), for "nothing left on disk" checks. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
