// Owns the 256-bit hash representations and the Hamming distance between them.
//
// Text form (the reference's): 64 lowercase hex digits, read as one big-endian 256-bit integer;
// bit k is `(value >> k) & 1` and is DCT coefficient (row k >> 4, column k & 15).
// Packed form: a Uint32Array of 8 words, word w holding bits 32w..32w+31 (bit k is
// `(words[k >> 5] >>> (k & 31)) & 1`). Byte form: 32 bytes, big-endian like the text.

/** A hash in packed form: 8 unsigned 32-bit words, least significant word first. */
export type HashWords = Uint32Array;

export const HASH_WORDS = 8;
export const HASH_BYTES = 32;
export const HASH_HEX_LENGTH = 64;

/**
 * The usual PDQ match threshold: two hashes at most this Hamming distance apart are taken for the
 * same picture (Meta's recommendation for PDQ, about 12% of the 256 bits).
 */
export const PDQ_MATCH_DISTANCE = 31;

const HEX_PATTERN = /^[0-9a-fA-F]{64}$/;
const HEX_DIGITS = '0123456789abcdef';

export function isHashHex(text: string): boolean {
  return HEX_PATTERN.test(text);
}

/** Parses 64 hex digits (either case) into packed words; throws on anything else. */
export function hexToWords(hex: string, out: HashWords = new Uint32Array(HASH_WORDS)): HashWords {
  if (!HEX_PATTERN.test(hex)) {
    throw new TypeError(`not a 64-hex-digit PDQ hash: ${JSON.stringify(hex.slice(0, 80))}`);
  }
  // Text position 0 holds bits 255..252; each 8-digit group from the right is one word.
  for (let w = 0; w < HASH_WORDS; w++) {
    const end = HASH_HEX_LENGTH - 8 * w;
    out[w] = Number.parseInt(hex.slice(end - 8, end), 16) >>> 0;
  }
  return out;
}

export function wordsToHex(words: ArrayLike<number>, offset = 0): string {
  let hex = '';
  for (let w = HASH_WORDS - 1; w >= 0; w--) {
    const word = (words[offset + w] ?? 0) >>> 0;
    for (let shift = 28; shift >= 0; shift -= 4) hex += HEX_DIGITS[(word >>> shift) & 15];
  }
  return hex;
}

export function hexToBytes(hex: string): Uint8Array {
  return wordsToBytes(hexToWords(hex));
}

export function bytesToHex(bytes: Uint8Array): string {
  return wordsToHex(bytesToWords(bytes));
}

export function wordsToBytes(words: ArrayLike<number>, out = new Uint8Array(HASH_BYTES)): Uint8Array {
  for (let b = 0; b < HASH_BYTES; b++) {
    const bit = (HASH_BYTES - 1 - b) * 8;
    out[b] = ((words[bit >> 5] ?? 0) >>> (bit & 31)) & 255;
  }
  return out;
}

export function bytesToWords(bytes: Uint8Array, out: HashWords = new Uint32Array(HASH_WORDS)): HashWords {
  if (bytes.length !== HASH_BYTES) throw new TypeError(`a PDQ hash is 32 bytes, got ${bytes.length}`);
  out.fill(0);
  for (let b = 0; b < HASH_BYTES; b++) {
    const bit = (HASH_BYTES - 1 - b) * 8;
    out[bit >> 5] = ((out[bit >> 5] ?? 0) | ((bytes[b] ?? 0) << (bit & 31))) >>> 0;
  }
  return out;
}

/** Bits set in a 32-bit integer. */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Hamming distance between two packed hashes stored at word offsets `ao` and `bo`. */
export function wordsDistance(a: ArrayLike<number>, b: ArrayLike<number>, ao = 0, bo = 0): number {
  let d = 0;
  for (let w = 0; w < HASH_WORDS; w++) d += popcount32(((a[ao + w] ?? 0) ^ (b[bo + w] ?? 0)) >>> 0);
  return d;
}

/** Hamming distance between two hashes given as hex text, packed words or bytes (mixable). */
export function hammingDistance(
  a: string | HashWords | Uint8Array,
  b: string | HashWords | Uint8Array,
): number {
  return wordsDistance(toWords(a), toWords(b));
}

/** Normalises any hash form to packed words (hex text, 8 words, or 32 bytes). */
export function toWords(hash: string | HashWords | Uint8Array): HashWords {
  if (typeof hash === 'string') return hexToWords(hash);
  if (hash instanceof Uint32Array) {
    if (hash.length !== HASH_WORDS) throw new TypeError(`packed PDQ hash is 8 words, got ${hash.length}`);
    return hash;
  }
  return bytesToWords(hash);
}
