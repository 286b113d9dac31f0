// Node-only test support: locates the PDQ test data held in this package (test-data/) and decodes
// its images with sharp the way the reference's decoder sees them. Not part of the package's
// runtime code; exported as `@vigie/pdq/test-support` so the server's hashing tests read the same
// files through the same lookup.
//
// test-data/conformance is the synthetic conformance set (its README says where it comes from);
// VIGIE_CONFORMANCE_DIR may point at another copy (the folder that holds `pdq/`). A missing set is
// a test failure, not a skip: conformance is the point of this package.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Channels, toReferenceChannels } from '../src/index.ts';

const testDataRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test-data');

/** Absolute path of a folder under packages/pdq/test-data (e.g. `threatexchange`). */
export function testDataDir(name: string): string {
  return join(testDataRoot, name);
}

/** Absolute path of the conformance folder; throws with a clear message when absent. */
export function conformanceDir(): string {
  const override = process.env.VIGIE_CONFORMANCE_DIR;
  const dir = override ? join(override, 'pdq') : testDataDir('conformance');
  if (!existsSync(join(dir, 'reference-hash-quality.csv'))) {
    throw new Error(
      `PDQ conformance set not found at ${dir}` +
        (override ? ' (VIGIE_CONFORMANCE_DIR names the folder holding pdq/)' : ''),
    );
  }
  return dir;
}

/** Non-empty lines of a file, relative to the conformance folder unless `dir` is given. */
export function readLines(relativePath: string, dir = conformanceDir()): string[] {
  return readFileSync(join(dir, relativePath), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** Rows of a CSV without header handling (split on commas). */
export function readCsv(relativePath: string, hasHeader: boolean, dir = conformanceDir()): string[][] {
  const lines = readLines(relativePath, dir);
  return (hasHeader ? lines.slice(1) : lines).map((line) => line.split(','));
}

export interface DecodedImage {
  pixels: Uint8Array;
  width: number;
  height: number;
  channels: Channels;
}

/**
 * Decodes like the reference's decoder for the conformance set's files (sRGB or grey, no colour
 * profiles): no EXIF rotation, alpha dropped, R=G=B means grey. Files with CMYK or embedded
 * profiles need the server's decodeImage, which also handles those.
 */
export async function decodeForReference(relativePath: string): Promise<DecodedImage> {
  // Loaded here, not at the top: readers of the text lists (bench:match) should not pay libvips' RSS.
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(join(conformanceDir(), relativePath), { ignoreIcc: true })
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
