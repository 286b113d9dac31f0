// Conformance of pdqHash / pdqHashDihedral with Meta's reference C++ on the synthetic set in
// test-data/conformance (its README.md gives the tiers), plus unit checks of the size rules.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { decodeForReference, readCsv } from '../test-support/conformance.ts';
import { hammingDistance, MIN_HASHABLE_DIM, pdqHash, pdqHashDihedral, toReferenceChannels } from './index.ts';

const tiers = new Map(
  readCsv('conformance-tiers.csv', true).map(([path, , , tier]) => [path as string, tier as string]),
);
const plain = readCsv('reference-hash-quality.csv', false);
const dihedral = new Map(readCsv('reference-dihedral.txt', false).map((row) => [row[9] as string, row]));

describe('conformance: images/', () => {
  for (const [hash, quality, path] of plain) {
    const tier = tiers.get(path as string);
    test(`${path} (${tier})`, async () => {
      assert.ok(tier, `no tier for ${path}`);
      const image = await decodeForReference(path as string);
      const result = pdqHash(image.pixels, image.width, image.height, image.channels);
      const dih = pdqHashDihedral(image.pixels, image.width, image.height, image.channels);
      const expectedDihedral = dihedral.get(path as string) as string[];
      assert.equal(result.quality, Number(quality), 'quality');
      assert.equal(dih.quality, Number(expectedDihedral[8]), 'dihedral quality');
      const distance = hammingDistance(result.hash, hash as string);
      const dihedralDistances = dih.hashes.map((h, k) => hammingDistance(h, expectedDihedral[k] as string));
      if (tier === 'exact') {
        assert.equal(result.hash, hash, 'hash');
        assert.deepEqual(dih.hashes, expectedDihedral.slice(0, 8), 'dihedral hashes');
      } else if (tier === 'jpeg') {
        // Decoder-dependent per the README (<= 4 bits suggested); sharp's decoder matches in practice.
        assert.ok(distance <= 4, `hash ${distance} bits from the reference`);
        assert.ok(Math.max(...dihedralDistances) <= 4, `dihedral distances ${dihedralDistances}`);
      }
      // tie-prone / degenerate: quality is checked above; hash bits may be rounding noise, so
      // their distance is reported below rather than required.
      if (distance > 0 || dihedralDistances.some((d) => d > 0)) {
        console.log(`# ${path} (${tier}): hash ${distance} bits, dihedral ${dihedralDistances.join('/')}`);
      }
    });
  }
});

describe('conformance: transforms/', () => {
  const hashes = new Map(
    readCsv('reference-transforms-hash-quality.csv', false).map(([h, q, p]) => [p as string, { h, q }]),
  );
  const dihedrals = new Map(
    readCsv('reference-transforms-dihedral.txt', false).map((row) => [row[9] as string, row]),
  );
  const ours = new Map<string, { hash: string; dihedral: string[] }>();
  const hashOf = async (path: string) => {
    let entry = ours.get(path);
    if (!entry) {
      const image = await decodeForReference(path);
      const dih = pdqHashDihedral(image.pixels, image.width, image.height, image.channels);
      entry = {
        hash: pdqHash(image.pixels, image.width, image.height, image.channels).hash,
        dihedral: dih.hashes,
      };
      ours.set(path, entry);
    }
    return entry;
  };
  test('hashes, qualities and dihedral sets match the reference exactly', async () => {
    assert.equal(hashes.size, 45);
    for (const [path, expected] of hashes) {
      const image = await decodeForReference(path);
      const result = pdqHash(image.pixels, image.width, image.height, image.channels);
      assert.equal(result.quality, Number(expected.q), `${path} quality`);
      assert.equal(result.hash, expected.h, `${path} hash`);
      assert.deepEqual((await hashOf(path)).dihedral, dihedrals.get(path)?.slice(0, 8), `${path} dihedral`);
    }
  });
  test('pairwise distances as reference-transform-distances.csv records', async () => {
    const rows = readCsv('reference-transform-distances.csv', true);
    assert.ok(rows.length > 0);
    for (const [a, b, relation, , distance, closest, closestDistance] of rows) {
      const ha = await hashOf(a as string);
      const hb = await hashOf(b as string);
      // Every input here hashes bit-identically (above and in images/), so distances are exact.
      const d = hammingDistance(ha.hash, hb.hash);
      assert.equal(d, Number(distance), `${relation} ${a}~${b}`);
      const k = ['orig', 'rot90', 'rot180', 'rot270', 'flipx', 'flipy', 'flipp', 'flipm'].indexOf(
        closest as string,
      );
      assert.ok(k >= 0, `unknown dihedral name ${closest}`);
      const dd = hammingDistance(ha.dihedral[k] as string, hb.hash);
      assert.equal(dd, Number(closestDistance), `${a} ${closest} ~ ${b}`);
    }
  });
});

describe('size rules and inputs', () => {
  const noise = (w: number, h: number, c: number) => {
    const pixels = new Uint8Array(w * h * c);
    let s = 12345;
    for (let i = 0; i < pixels.length; i++) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      pixels[i] = s >>> 24;
    }
    return pixels;
  };
  test(`a side under ${MIN_HASHABLE_DIM} px gives the zero hash and quality 0`, () => {
    assert.deepEqual(pdqHash(noise(4, 100, 3), 4, 100, 3), { hash: '0'.repeat(64), quality: 0 });
    const dih = pdqHashDihedral(noise(100, 4, 1), 100, 4, 1);
    assert.equal(dih.quality, 0);
    assert.ok(dih.hashes.every((h) => h === '0'.repeat(64)));
  });
  test('alpha is ignored, not composited', () => {
    const rgb = noise(40, 30, 3);
    const rgba = new Uint8Array(40 * 30 * 4);
    for (let p = 0; p < 40 * 30; p++) {
      rgba.set(rgb.subarray(p * 3, p * 3 + 3), p * 4);
      rgba[p * 4 + 3] = p % 256;
    }
    assert.deepEqual(pdqHash(rgba, 40, 30, 4), pdqHash(rgb, 40, 30, 3));
  });
  test('toReferenceChannels turns R=G=B into one channel and leaves colour alone', () => {
    const grey = new Uint8Array([1, 1, 1, 200, 200, 200]);
    assert.deepEqual(toReferenceChannels(grey, 3), { pixels: new Uint8Array([1, 200]), channels: 1 });
    const colour = new Uint8Array([1, 1, 2, 200, 200, 200]);
    assert.equal(toReferenceChannels(colour, 3).pixels, colour);
  });
  test('rejects a short buffer or bad channel count', () => {
    assert.throws(() => pdqHash(new Uint8Array(10), 10, 10, 3), RangeError);
    assert.throws(() => pdqHash(new Uint8Array(300), 10, 10, 5 as 3), RangeError);
  });
  test('one side over 512 px and the other under (640×480…) hashes like the textbook algorithm', () => {
    // In a fresh process: the hasher reuses its buffers, and the tests above have already grown them.
    const script = `
      import { hammingDistance, pdqHash } from ${JSON.stringify(new URL('./index.ts', import.meta.url).href)};
      import { naivePdqHash } from ${JSON.stringify(new URL('../../../bench/naive-pdq.ts', import.meta.url).href)};
      const results = [[640, 480], [480, 640], [600, 400], [513, 200]].map(([w, h]) => {
        // A smooth colour pattern: unlike noise, its bits do not flip on float rounding differences.
        const px = new Uint8Array(w * h * 3);
        for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
          const i = (y * w + x) * 3;
          px[i] = 128 + 100 * Math.sin(x / 37);
          px[i + 1] = 128 + 100 * Math.cos(y / 23);
          px[i + 2] = (x * y) % 256 > 128 ? 200 : 40;
        }
        const { hash, quality } = pdqHash(px, w, h, 3);
        return { size: w + '×' + h, quality, distance: hammingDistance(hash, naivePdqHash(px, w, h)) };
      });
      console.log(JSON.stringify(results));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    for (const { size, quality, distance } of JSON.parse(run.stdout)) {
      assert.ok(quality > 50, `${size}: quality ${quality}`);
      assert.ok(distance <= 8, `${size}: ${distance} bits from the textbook hash`);
    }
  });
  test('Uint8ClampedArray (canvas ImageData) works like Uint8Array', () => {
    const px = noise(70, 50, 4);
    assert.deepEqual(pdqHash(new Uint8ClampedArray(px), 70, 50, 4), pdqHash(px, 70, 50, 4));
  });
});
