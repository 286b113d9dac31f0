// Hash text/words/bytes conversions, Hamming distance, and the distances the reference project
// publishes between its own example hashes (facebook/ThreatExchange; images not available here).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  bytesToHex,
  bytesToWords,
  hammingDistance,
  hexToBytes,
  hexToWords,
  isHashHex,
  wordsToBytes,
  wordsToHex,
} from './index.ts';

const hexHash = fc.stringMatching(/^[0-9a-f]{64}$/);

test('hex <-> words <-> bytes round-trip', () => {
  fc.assert(
    fc.property(hexHash, (hex) => {
      assert.equal(wordsToHex(hexToWords(hex)), hex);
      assert.equal(bytesToHex(hexToBytes(hex)), hex);
      assert.deepEqual(bytesToWords(wordsToBytes(hexToWords(hex))), hexToWords(hex));
    }),
  );
});

test('bit order: bit k of the hex-as-big-endian integer is bit k of the packed words', () => {
  for (const k of [0, 1, 15, 16, 31, 32, 200, 255]) {
    const hex = (1n << BigInt(k)).toString(16).padStart(64, '0');
    const words = hexToWords(hex);
    assert.equal((words[k >> 5] as number) >>> (k & 31), 1, `bit ${k}`);
    assert.equal(hexToBytes(hex)[31 - (k >> 3)], 1 << (k & 7));
  }
});

test('hamming distance equals popcount of the XOR (BigInt oracle), across forms', () => {
  fc.assert(
    fc.property(hexHash, hexHash, (a, b) => {
      const expected = [...(BigInt(`0x${a}`) ^ BigInt(`0x${b}`)).toString(2)].filter((c) => c === '1').length;
      assert.equal(hammingDistance(a, b), expected);
      assert.equal(hammingDistance(hexToWords(a), hexToBytes(b)), expected);
    }),
  );
});

test('accepts upper case, rejects anything that is not 64 hex digits', () => {
  assert.equal(wordsToHex(hexToWords('F'.repeat(64))), 'f'.repeat(64));
  for (const bad of ['', 'f'.repeat(63), 'f'.repeat(65), `${'f'.repeat(63)}g`, ` ${'f'.repeat(63)}`]) {
    assert.equal(isHashHex(bad), false);
    assert.throws(() => hexToWords(bad), TypeError);
  }
});

test('published reference examples (ThreatExchange pdq/java PDQHasherTest, python PdqSignal examples)', () => {
  // bridge-1-original.jpg and bridge-2-rotate-90.jpg: the Java test asserts distance 120.
  const original = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
  const rotated = '30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af';
  assert.equal(hammingDistance(original, rotated), 120);
  assert.equal(hammingDistance(original, original), 0);
  // bridge-mods variants listed as examples of one image (no distances published): all inside
  // the usual match threshold of 31.
  const mods = [
    'f8f8f0cee0f4a84f06370a2a038f63f0b36e26d596621e1d33e6b39c4e9c9b22',
    'd0f8f1ccc0f4a84d0a370a3a228f67f0b36e2ed5b6623e1d33e6339c4e9c9b22',
    'd8f8f0cec0f4a84f8e370a22038f67f0b36a2ed597231e1d72e6b39c4a9c9b22',
  ];
  for (const m of mods) assert.ok(hammingDistance(original, m) <= 31, m);
});
