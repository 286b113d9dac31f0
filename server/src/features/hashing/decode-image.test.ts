// decodeImage hands the hasher the pixels the PDQ reference's decoder (ImageMagick -> PNM) gives
// it, on the files where sharp's defaults do not: the reference's own CMYK JPEG, RGBA PNG with an
// ICC profile and progressive JPEG with an ICC profile (packages/pdq/test-data/threatexchange), and
// every (C, K) pair of a synthetic CMYK grid against ImageMagick's own conversion.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pdqHash, pdqHashDihedral } from '@vigie/pdq';
import { readCsv, testDataDir } from '@vigie/pdq/test-support';
import sharp from 'sharp';
import { decodeImage } from './decode-image.ts';

describe('decodeImage: parity with the reference decoder', () => {
  const dir = testDataDir('threatexchange');
  const plain = new Map(
    readCsv('reference-hash-quality.csv', false, dir).map(([h, q, p]) => [p, `${h},${q}`]),
  );

  for (const row of readCsv('reference-dihedral.txt', false, dir)) {
    const path = row[9] as string;
    test(`${path}: hash, quality and the 8 dihedral hashes equal the reference's`, async () => {
      const image = await decodeImage(join(dir, path));
      const one = pdqHash(image.pixels, image.width, image.height, image.channels);
      assert.equal(`${one.hash},${one.quality}`, plain.get(path));
      const all = pdqHashDihedral(image.pixels, image.width, image.height, image.channels);
      assert.deepEqual([...all.hashes, String(all.quality)], row.slice(0, 9));
    });
  }

  test('CMYK without a profile: every (C, K) pair gives ImageMagick’s RGB', async () => {
    const grid = testDataDir('imagemagick-cmyk');
    const image = await decodeImage(join(grid, 'cmyk-grid.tif'));
    const expected = await sharp(join(grid, 'cmyk-grid-imagemagick.png')).raw().toBuffer();
    assert.equal(image.channels, 3);
    assert.equal(image.pixels.length, 256 * 256 * 3);
    let differing = 0;
    for (let k = 0; k < expected.length; k++) if (image.pixels[k] !== expected[k]) differing++;
    assert.equal(differing, 0, `${differing} of ${expected.length} samples differ from ImageMagick's`);
  });
});
