// Owns the binary form of a MatchIndex: live ids and hashes only; the chunk tables are rebuilt
// on load (a counting sort, about a second per 10 million hashes), which keeps files at 32-36
// bytes per hash instead of ~100. Plain Uint8Array in and out: the caller reads and writes files.
//
// Layout (little-endian): "VPDQIDX1" | u32 count | u32 flags (bit 0: ids present) |
// ids: count x u32 (when flagged) | hashes: count x 8 x u32 (packed words, see hash-format.ts).

import { HASH_WORDS } from './hash-format.ts';
import { MatchIndex, type MatchIndexOptions } from './match-index.ts';

const MAGIC = 'VPDQIDX1';
const HEADER_BYTES = 16;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function matchIndexToBytes(index: MatchIndex): Uint8Array {
  const { ids, hashes } = index.exportEntries();
  const count = ids.length;
  let identity = true;
  for (let k = 0; k < count && identity; k++) identity = ids[k] === k;
  const bytes = new Uint8Array(HEADER_BYTES + (identity ? 0 : count * 4) + hashes.byteLength);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < MAGIC.length; k++) bytes[k] = MAGIC.charCodeAt(k);
  view.setUint32(8, count, true);
  view.setUint32(12, identity ? 0 : 1, true);
  let at = HEADER_BYTES;
  if (!identity) at = writeWords(bytes, at, ids);
  writeWords(bytes, at, hashes);
  return bytes;
}

export function matchIndexFromBytes(bytes: Uint8Array, options: MatchIndexOptions = {}): MatchIndex {
  if (bytes.length < HEADER_BYTES || String.fromCharCode(...bytes.subarray(0, 8)) !== MAGIC) {
    throw new TypeError('not a serialised MatchIndex (bad magic)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(8, true);
  const hasIds = (view.getUint32(12, true) & 1) === 1;
  const expected = HEADER_BYTES + (hasIds ? count * 4 : 0) + count * HASH_WORDS * 4;
  if (bytes.length !== expected)
    throw new TypeError(`serialised MatchIndex is ${bytes.length} bytes, expected ${expected}`);
  let at = HEADER_BYTES;
  const ids = hasIds ? readWords(bytes, at, count) : null;
  if (hasIds) at += count * 4;
  const hashes = readWords(bytes, at, count * HASH_WORDS);
  const index = new MatchIndex({ ...options, capacity: Math.max(count, options.capacity ?? 0) });
  index.addMany(ids, hashes);
  index.build();
  return index;
}

function writeWords(bytes: Uint8Array, at: number, words: Uint32Array): number {
  if (LITTLE_ENDIAN) {
    bytes.set(new Uint8Array(words.buffer, words.byteOffset, words.byteLength), at);
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    for (let k = 0; k < words.length; k++) view.setUint32(at + 4 * k, words[k] as number, true);
  }
  return at + words.byteLength;
}

function readWords(bytes: Uint8Array, at: number, count: number): Uint32Array {
  if (LITTLE_ENDIAN) return new Uint32Array(bytes.slice(at, at + count * 4).buffer);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const words = new Uint32Array(count);
  for (let k = 0; k < count; k++) words[k] = view.getUint32(at + 4 * k, true);
  return words;
}
