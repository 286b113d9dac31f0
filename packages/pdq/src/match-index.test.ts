// MatchIndex and HashStore against brute force: property tests (random lists, clustered lists,
// every radius regime, with and without WebAssembly, removal, serialisation) and the matching
// conformance lists in test-data/conformance/matching.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { readCsv, readLines } from '../test-support/conformance.ts';
import { scanPlain } from './hash-store.ts';
import {
  HashStore,
  hexToWords,
  MatchIndex,
  matchIndexFromBytes,
  matchIndexToBytes,
  wordsDistance,
} from './index.ts';

/** Random packed hashes; `clusters` > 0 makes near-duplicates of that many seeds. */
function makeHashes(count: number, seed: number, clusters = 0): Uint32Array {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  const words = new Uint32Array(count * 8);
  for (let i = 0; i < count; i++) {
    if (clusters > 0 && i >= clusters) {
      const from = (next() % clusters) * 8;
      for (let w = 0; w < 8; w++) words[i * 8 + w] = words[from + w] as number;
      const flips = next() % 40;
      for (let f = 0; f < flips; f++) {
        const bit = next() & 255;
        words[i * 8 + (bit >> 5)] = ((words[i * 8 + (bit >> 5)] as number) ^ (1 << (bit & 31))) >>> 0;
      }
    } else {
      for (let w = 0; w < 8; w++) words[i * 8 + w] = next();
    }
  }
  return words;
}

function bruteForce(words: Uint32Array, query: Uint32Array, d: number, skip = new Set<number>()) {
  const out: { id: number; distance: number }[] = [];
  for (let i = 0; i < words.length / 8; i++) {
    const distance = wordsDistance(words, query, i * 8, 0);
    if (distance <= d && !skip.has(i)) out.push({ id: i, distance });
  }
  return out;
}

/** A query near entry `near` (k bits flipped) or random. */
function queryFrom(words: Uint32Array, near: number | null, flips: number[]): Uint32Array {
  const q = near === null ? makeHashes(1, flips[0] ?? 7) : words.slice(near * 8, near * 8 + 8);
  for (const bit of flips) q[bit >> 5] = ((q[bit >> 5] as number) ^ (1 << (bit & 31))) >>> 0;
  return q;
}

describe('HashStore scan', () => {
  test('WebAssembly (scalar and SIMD) and plain TS scans agree with brute force (all ranges and radii)', () => {
    const words = makeHashes(1003, 99, 20);
    const wasm = new HashStore({ wasm: true, capacity: 1 });
    wasm.addPacked(words);
    const simd = new HashStore({ kernel: 'simd', capacity: 1 });
    simd.addPacked(words);
    const plain = new HashStore({ wasm: false });
    plain.addPacked(words);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1002 }),
        fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 60 }),
        fc.integer({ min: -1, max: 257 }),
        fc.integer({ min: 0, max: 1003 }),
        fc.integer({ min: 0, max: 1003 }),
        (near, flips, d, a, b) => {
          const q = queryFrom(words, near, flips);
          const [from, to] = a <= b ? [a, b] : [b, a];
          const expected = bruteForce(words, q, d)
            .map((m) => m.id)
            .filter((id) => id >= from && id < to);
          assert.deepEqual(wasm.scan(q, d, [], from, to), expected);
          assert.deepEqual(simd.scan(q, d, [], from, to), expected);
          assert.deepEqual(plain.scan(q, d, [], from, to), expected);
        },
      ),
      { numRuns: 300 },
    );
  });
  test('a distance of 256 (all bits differ) is not mistaken for 0', () => {
    const words = new Uint32Array(16).fill(0xffffffff);
    assert.deepEqual(scanPlain(words, new Uint32Array(8), 31, 0, 2, []), []);
    assert.deepEqual(scanPlain(words, new Uint32Array(8), 256, 0, 2, []), [0, 1]);
  });
  test('the WebAssembly kernels are in use on this Node', () => {
    assert.equal(new HashStore().usesWasm, true);
    assert.equal(new HashStore({ kernel: 'simd' }).usesWasm, true);
  });
  test('output overflow resumes correctly (more matches than the kernel buffer)', () => {
    const words = new Uint32Array(20000 * 8); // all zero: every entry matches
    for (const kernel of ['scalar', 'simd'] as const) {
      const store = new HashStore({ kernel });
      store.addPacked(words);
      const got = store.scan(new Uint32Array(8), 0);
      assert.equal(got.length, 20000);
      assert.equal(got[19999], 19999);
    }
  });
});

describe('MatchIndex', () => {
  for (const [label, options] of [
    ['multi-index (wasm)', { minIndexedSize: 1, wasm: true }],
    ['multi-index (plain TS)', { minIndexedSize: 1, wasm: false }],
    ['multi-index forced (default chunks)', { minIndexedSize: 1, forceIndex: true }],
    ['multi-index forced, 9 chunks', { minIndexedSize: 1, forceIndex: true, chunks: 9 }],
    ['multi-index forced, 11 chunks', { minIndexedSize: 1, forceIndex: true, chunks: 11 }],
    ['multi-index forced, 13 chunks', { minIndexedSize: 1, forceIndex: true, chunks: 13 }],
    ['linear only', { minIndexedSize: Number.POSITIVE_INFINITY }],
  ] as const) {
    test(`${label}: 100% recall and no extras against brute force`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 5000 }),
          fc.integer({ min: 0, max: 200 }),
          fc.boolean(),
          fc.option(fc.integer({ min: 0, max: 5000 })),
          fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 70 }),
          fc.oneof(fc.integer({ min: 0, max: 64 }), fc.constant(31)),
          (seed, size, clustered, near, flips, d) => {
            const words = makeHashes(size, seed, clustered ? 5 : 0);
            const index = new MatchIndex(options);
            index.addMany(null, words);
            const q = queryFrom(words, near === null || size === 0 ? null : near % size, flips);
            assert.deepEqual(index.search(q, d), bruteForce(words, q, d));
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  test('boundary matches: entries exactly d bits away, every chunk count (tables forced)', () => {
    // Exactly d flips spread at random leave few chunks within their threshold, so a
    // pigeonhole split, threshold or next-chunk filter that is one bit too strict loses matches.
    const words = makeHashes(3000, 17);
    for (let chunks = 9; chunks <= 16; chunks++) {
      const index = new MatchIndex({ minIndexedSize: 1, forceIndex: true, chunks });
      index.addMany(null, words);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 2999 }),
          fc.constantFrom(0, 5, 10, 17, 23, 31, 40, 47),
          fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          (near, d, seed) => {
            const bits = new Set<number>();
            for (let s = seed; bits.size < d; ) {
              s = (Math.imul(s, 1103515245) + 12345) >>> 0;
              bits.add(s >>> 24);
            }
            const q = queryFrom(words, near, [...bits]);
            assert.deepEqual(index.search(q, d), bruteForce(words, q, d), `chunks ${chunks} d=${d}`);
          },
        ),
        { numRuns: 250 },
      );
    }
  });

  test('large list: multi-index path taken and exact at d=31, 47, 63 (queries near entries)', () => {
    const words = makeHashes(60000, 5, 3000);
    const index = new MatchIndex();
    index.addMany(null, words);
    for (let k = 0; k < 60; k++) {
      const q = queryFrom(
        words,
        (k * 997) % 60000,
        Array.from({ length: k % 45 }, (_, j) => (j * 37 + k) & 255),
      );
      for (const d of [31, 47, 63])
        assert.deepEqual(index.search(q, d), bruteForce(words, q, d), `query ${k} d=${d}`);
    }
  });

  test('custom ids, duplicates, hashes added after a build, removal', () => {
    const words = makeHashes(30000, 11, 100);
    const index = new MatchIndex({ minIndexedSize: 1000 });
    const ids = Array.from({ length: 30000 }, (_, i) => 1_000_000 + i * 3);
    index.addMany(ids.slice(0, 20000), words.subarray(0, 20000 * 8));
    const q = words.slice(5 * 8, 6 * 8);
    index.search(q, 31); // builds tables over the first 20,000
    index.addMany(ids.slice(20000), words.subarray(20000 * 8));
    index.add(7, q);
    const expected = bruteForce(words, q, 31).map((m) => ({
      id: 1_000_000 + m.id * 3,
      distance: m.distance,
    }));
    expected.unshift({ id: 7, distance: 0 });
    assert.deepEqual(index.search(q, 31), expected);
    assert.equal(index.remove(1_000_015), 1);
    assert.equal(index.remove(1_000_015), 0);
    assert.deepEqual(
      index.search(q, 31),
      expected.filter((m) => m.id !== 1_000_015),
    );
    assert.equal(index.size, 30000);
  });

  test('serialise and load: same answers, removed entries gone, bad bytes rejected', () => {
    const words = makeHashes(20000, 3, 500);
    const index = new MatchIndex();
    index.addMany(null, words);
    index.remove(42);
    const bytes = matchIndexToBytes(index);
    assert.equal(bytes.length, 16 + 19999 * 36); // ids kept since removal broke the identity
    const loaded = matchIndexFromBytes(bytes);
    for (const near of [0, 42, 43, 19999]) {
      const q = queryFrom(words, near, [1, 2, 3]);
      assert.deepEqual(loaded.search(q, 31), index.search(q, 31));
    }
    const identity = new MatchIndex();
    identity.addMany(null, words.subarray(0, 800 * 8));
    assert.equal(matchIndexToBytes(identity).length, 16 + 800 * 32);
    assert.throws(() => matchIndexFromBytes(new Uint8Array(40)), /bad magic/);
    assert.throws(() => matchIndexFromBytes(bytes.subarray(0, bytes.length - 1)), /expected/);
  });

  test('rejects bad ids and hashes', () => {
    const index = new MatchIndex();
    assert.throws(() => index.add(-1, '0'.repeat(64)), RangeError);
    assert.throws(() => index.add(1.5, '0'.repeat(64)), RangeError);
    assert.throws(() => index.add(1, 'xyz'), TypeError);
  });
});

test('conformance: haystack x needles at d<=31 gives exactly expected-matches-d31.csv', () => {
  const haystack = readLines('matching/haystack.txt');
  const needles = readLines('matching/needles.txt');
  const expected = readCsv('matching/expected-matches-d31.csv', true).map((row) => row.map(Number));
  assert.equal(haystack.length, 20000);
  assert.equal(expected.length, 78);
  for (const options of [{}, { wasm: false }, { minIndexedSize: Number.POSITIVE_INFINITY }]) {
    const index = new MatchIndex(options);
    index.addMany(null, haystack);
    const rows: number[][] = [];
    needles.forEach((needle, n) => {
      for (const m of index.search(hexToWords(needle), 31)) rows.push([n, m.id, m.distance]);
    });
    assert.deepEqual(rows, expected);
  }
});
