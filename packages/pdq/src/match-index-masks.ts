// Owns the flip masks a multi-index query enumerates: every `bits`-bit mask with at most `radius`
// bits set, ordered by bit count, computed once per (bits, radius) and shared by all indexes.

export interface FlipMasks {
  masks: Int32Array;
  /** masks[ends[h-1] .. ends[h]) have exactly h bits set (ends[-1] = 0). */
  ends: Int32Array;
}

const cache = new Map<number, FlipMasks>();

/** Masks over `bits` bits (<= 30) with 0..radius bits set. */
export function flipMasks(bits: number, radius: number): FlipMasks {
  const key = bits * 64 + radius;
  let found = cache.get(key);
  if (!found) {
    const masks = new Int32Array(masksWithin(bits, radius));
    const ends = new Int32Array(radius + 1);
    let at = 0;
    // Combinations of h positions out of `bits`, in lexicographic order of the positions.
    for (let h = 0; h <= radius; h++) {
      if (h > bits) {
        ends[h] = at;
        continue;
      }
      const positions = Array.from({ length: h }, (_, k) => k);
      for (;;) {
        let mask = 0;
        for (const p of positions) mask |= 1 << p;
        masks[at++] = mask;
        let k = h - 1;
        while (k >= 0 && (positions[k] as number) === bits - h + k) k--;
        if (k < 0) break;
        positions[k] = (positions[k] as number) + 1;
        for (let j = k + 1; j < h; j++) positions[j] = (positions[j - 1] as number) + 1;
      }
      ends[h] = at;
    }
    found = { masks, ends };
    cache.set(key, found);
  }
  return found;
}

/** Number of `bits`-bit masks with at most `radius` bits set: sum of C(bits, h), h <= radius. */
export function masksWithin(bits: number, radius: number): number {
  let total = 0;
  let binomial = 1;
  for (let h = 0; h <= Math.min(radius, bits); h++) {
    total += binomial;
    binomial = (binomial * (bits - h)) / (h + 1);
  }
  return total;
}
