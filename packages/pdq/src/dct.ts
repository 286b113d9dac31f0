// Owns the 64x64 -> 16x16 DCT, the hash bits from its output, and the eight dihedral variants
// computed in the DCT domain (pdqhashing.cpp: dct64To16, pdqBuffer16x16ToBits, dct16OriginalTo*).

import type { HashWords } from './hash-format.ts';

/**
 * Rows 1..16 of the 64-point DCT-II basis, as float32: sqrt(2/64) (rounded to float first, as a
 * `const float`) times cos(pi/2/64 * (i+1) * (2j+1)) computed in double, then rounded to float.
 */
export const DCT_MATRIX: Float32Array = (() => {
  const matrix = new Float32Array(16 * 64);
  const scale = Math.fround(Math.sqrt(2 / 64));
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++)
      matrix[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
  }
  return matrix;
})();

/**
 * B = D A Dt with D the 16x64 matrix above, A the 64x64 buffer (row-major), B 16x16. Sums run
 * over k in increasing order with every product and partial sum rounded to float32, as the
 * reference's scalar loops do.
 */
export function dct64To16(
  a: Float32Array,
  out: Float32Array,
  scratch = new Float32Array(16 * 64),
): Float32Array {
  const fround = Math.fround;
  const d = DCT_MATRIX;
  // T = D A: T[i][j] = sum_k D[i][k] * A[k][j]; computed a row of A at a time for locality,
  // which keeps the per-(i,j) order of additions over k.
  const t = scratch;
  t.fill(0);
  for (let k = 0; k < 64; k++) {
    const aRow = k * 64;
    for (let i = 0; i < 16; i++) {
      const dik = d[i * 64 + k] as number;
      const tRow = i * 64;
      for (let j = 0; j < 64; j++) {
        t[tRow + j] = (t[tRow + j] as number) + fround(dik * (a[aRow + j] as number));
      }
    }
  }
  // B = T Dt: B[i][j] = sum_k T[i][k] * D[j][k].
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++)
        sum = fround(sum + fround((t[i * 64 + k] as number) * (d[j * 64 + k] as number)));
      out[i * 16 + j] = sum;
    }
  }
  return out;
}

/** The 128th smallest of the 256 coefficients (Torben's median on an even count is the lower one). */
export function lowerMedian(values: Float32Array): number {
  return Float32Array.from(values).sort()[127] as number;
}

/** Bit k (= row*16 + column) is set when coefficient k is strictly greater than the median. */
export function bitsFromDct(dct16: Float32Array, out: HashWords = new Uint32Array(8)): HashWords {
  const median = lowerMedian(dct16);
  out.fill(0);
  for (let k = 0; k < 256; k++) {
    if ((dct16[k] as number) > median) out[k >> 5] = ((out[k >> 5] as number) | (1 << (k & 31))) >>> 0;
  }
  return out;
}

/** Reference order of the dihedral hashes. */
export const DIHEDRAL_NAMES = [
  'orig',
  'rot90',
  'rot180',
  'rot270',
  'flipx',
  'flipy',
  'flipp',
  'flipm',
] as const;
export type DihedralName = (typeof DIHEDRAL_NAMES)[number];

// How each variant maps coefficient (i, j) of the original: whether it lands transposed at (j, i),
// and which coefficients change sign. Index i holds frequency i+1, so even indices are odd
// frequencies, which change sign under a mirror along that axis; a transpose swaps the axes.
interface DihedralRule {
  transpose: boolean;
  negate: (i: number, j: number) => boolean;
}
const DIHEDRAL_RULES: Record<DihedralName, DihedralRule> = {
  orig: { transpose: false, negate: () => false },
  rot90: { transpose: true, negate: (_i, j) => (j & 1) === 0 },
  rot180: { transpose: false, negate: (i, j) => ((i + j) & 1) === 1 },
  rot270: { transpose: true, negate: (i) => (i & 1) === 0 },
  flipx: { transpose: false, negate: (i) => (i & 1) === 0 },
  flipy: { transpose: false, negate: (_i, j) => (j & 1) === 0 },
  flipp: { transpose: true, negate: () => false },
  flipm: { transpose: true, negate: (i, j) => ((i + j) & 1) === 1 },
};

/** The DCT of the named dihedral transform of the image, from the DCT of the original. */
export function dihedralDct(
  name: DihedralName,
  dct16: Float32Array,
  out = new Float32Array(256),
): Float32Array {
  const rule = DIHEDRAL_RULES[name];
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const v = dct16[i * 16 + j] as number;
      out[rule.transpose ? j * 16 + i : i * 16 + j] = rule.negate(i, j) ? -v : v;
    }
  }
  return out;
}
