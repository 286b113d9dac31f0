// Owns "file -> PDQ output line" for the `vigie hash` command, shared by the in-process path and
// the worker threads (hash-worker.ts). The line formats are the reference tool's:
// `hash,quality,path` and, with dihedral, `orig,rot90,rot180,rot270,flipx,flipy,flipp,flipm,quality,path`.

import { pdqHash, pdqHashDihedral } from '@vigie/pdq';
import { decodeImage } from './decode-image.ts';

export interface HashFileOptions {
  dihedral: boolean;
  applyExifOrientation: boolean;
}

export type HashFileResult = { ok: true; line: string } | { ok: false; message: string };

export async function hashFileToLine(path: string, options: HashFileOptions): Promise<HashFileResult> {
  try {
    const image = await decodeImage(path, { applyExifOrientation: options.applyExifOrientation });
    if (options.dihedral) {
      const result = pdqHashDihedral(image.pixels, image.width, image.height, image.channels);
      return { ok: true, line: `${result.hashes.join(',')},${result.quality},${path}` };
    }
    const result = pdqHash(image.pixels, image.width, image.height, image.channels);
    return { ok: true, line: `${result.hash},${result.quality},${path}` };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
