// Node-only test support: locates the shared PDQ conformance set and decodes its images with
// sharp the way the reference's decoder sees them. Not part of the package's runtime code.
//
// The set lives at ../shared/conformance/pdq relative to the repository root (outside the
// repository); VIGIE_CONFORMANCE_DIR overrides the folder that holds `pdq/`. A missing set is a
// test failure, not a skip: conformance is the point of this package.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { type Channels, toReferenceChannels } from '../src/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(here, '..', '..', '..');

/** Absolute path of the `pdq` conformance folder; throws with a clear message when absent. */
export function conformanceDir(): string {
  const base = process.env.VIGIE_CONFORMANCE_DIR ?? resolve(repositoryRoot, '..', 'shared', 'conformance');
  const dir = join(base, 'pdq');
  if (!existsSync(join(dir, 'reference-hash-quality.csv'))) {
    throw new Error(
      `PDQ conformance set not found at ${dir}. It lives at ../shared/conformance/pdq relative to the ` +
        'repository root; set VIGIE_CONFORMANCE_DIR to the folder containing pdq/ to point elsewhere.',
    );
  }
  return dir;
}

export function readLines(relativePath: string): string[] {
  return readFileSync(join(conformanceDir(), relativePath), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** Rows of a CSV without header handling (split on commas). */
export function readCsv(relativePath: string, hasHeader: boolean): string[][] {
  const lines = readLines(relativePath);
  return (hasHeader ? lines.slice(1) : lines).map((line) => line.split(','));
}

export interface DecodedImage {
  pixels: Uint8Array;
  width: number;
  height: number;
  channels: Channels;
}

/** Decodes like the reference's decoder: no EXIF rotation, alpha dropped, R=G=B means grey. */
export async function decodeForReference(relativePath: string): Promise<DecodedImage> {
  const { data, info } = await sharp(join(conformanceDir(), relativePath))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grey = toReferenceChannels(
    new Uint8Array(data.buffer, data.byteOffset, data.length),
    info.channels as Channels,
  );
  return {
    pixels: grey.pixels as Uint8Array,
    width: info.width,
    height: info.height,
    channels: grey.channels,
  };
}
