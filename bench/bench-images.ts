// Synthetic benchmark images (seeded noise over gradients; never photographs), generated once with
// sharp into bench/.cache/ (gitignored) and reused by later runs.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '.cache');

/** Seeded RGB noise on gradients, lightly blurred so JPEG sizes look like photos'. */
export function syntheticPixels(width: number, height: number, seed: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 3);
  let s = seed * 2654435761 + 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const i = (y * width + x) * 3;
      const wave = Math.sin((x * (seed + 3)) / 97 + (y * (seed + 5)) / 131) * 60;
      pixels[i] = (x * 255) / width + wave + ((s >>> 26) - 32);
      pixels[i + 1] = (y * 255) / height - wave + (((s >>> 18) & 63) - 32);
      pixels[i + 2] = ((x + y) * 127) / (width + height) + 64 + (((s >>> 10) & 63) - 32);
    }
  }
  return pixels;
}

/** Paths of `count` images of the given size and format, generating missing ones. */
export async function benchImages(
  width: number,
  height: number,
  format: 'jpeg' | 'png',
  count: number,
): Promise<string[]> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const paths: string[] = [];
  for (let k = 0; k < count; k++) {
    const path = join(CACHE_DIR, `synthetic-${width}x${height}-${k}.${format === 'jpeg' ? 'jpg' : 'png'}`);
    if (!existsSync(path)) {
      const image = sharp(syntheticPixels(width, height, k), { raw: { width, height, channels: 3 } }).blur(
        0.8,
      );
      const bytes =
        format === 'jpeg' ? await image.jpeg({ quality: 90 }).toBuffer() : await image.png().toBuffer();
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    paths.push(path);
  }
  return paths;
}
