// Owns HashStore: many 256-bit hashes packed 8 x uint32 per hash in one growable buffer (no
// strings, no BigInt), and the brute-force scan over them. The buffer lives in WebAssembly memory
// when the SIMD kernel is available, so the kernel scans it in place; otherwise in a plain
// ArrayBuffer with a plain-TS scan. Both scans give the same answers (tested).

import { HASH_WORDS, type HashWords, popcount32, toWords } from './hash-format.ts';
import {
  createScanKernel,
  HASHES_OFFSET,
  MAX_WASM_HASHES,
  OUT_CAPACITY,
  OUT_OFFSET,
  PAGE_BYTES,
  pagesFor,
  QUERY_OFFSET,
  type ScanKernel,
  type ScanKernelKind,
} from './scan-wasm.ts';

/** Hashes per step of the SIMD kernel; the remainder of a range is scanned in TS. */
const GROUP = 4;

export interface HashStoreOptions {
  /** Hashes to reserve room for up front (grows as needed). */
  capacity?: number;
  /** Use a WebAssembly scan kernel when available (default true). */
  wasm?: boolean;
  /** Which WebAssembly kernel (default 'scalar': native popcounts; see scan-wasm.ts). */
  kernel?: ScanKernelKind;
}

export class HashStore {
  /** Packed hashes: hash i occupies words[8i .. 8i+7]. Re-read after adding (growth replaces it). */
  words: Uint32Array;
  private count = 0;
  private capacity: number;
  private kernel: ScanKernel | null;

  constructor(options: HashStoreOptions = {}) {
    this.capacity = Math.max(16, options.capacity ?? 1024);
    this.kernel = options.wasm === false ? null : createScanKernel(this.capacity, options.kernel);
    this.words = this.view();
  }

  get size(): number {
    return this.count;
  }

  /** Whether scans run on a WebAssembly kernel. */
  get usesWasm(): boolean {
    return this.kernel !== null;
  }

  /** Appends one hash (hex, words or bytes); returns its slot. */
  add(hash: string | HashWords | Uint8Array): number {
    const words = toWords(hash);
    this.reserve(this.count + 1);
    this.words.set(words, this.count * HASH_WORDS);
    return this.count++;
  }

  /** Appends hashes already packed 8 words each; returns the first new slot. */
  addPacked(packed: Uint32Array): number {
    if (packed.length % HASH_WORDS !== 0) throw new RangeError('packed hashes must be 8 words each');
    const first = this.count;
    this.reserve(first + packed.length / HASH_WORDS);
    this.words.set(packed, first * HASH_WORDS);
    this.count += packed.length / HASH_WORDS;
    return first;
  }

  /** Grows the buffer to hold at least `n` hashes. */
  reserve(n: number): void {
    if (n <= this.capacity) return;
    let capacity = Math.max(n, Math.ceil(this.capacity * 1.5));
    if (this.kernel) {
      capacity = Math.min(capacity, MAX_WASM_HASHES);
      if (capacity < n) throw new RangeError(`HashStore holds at most ${MAX_WASM_HASHES} hashes`);
      const needed = pagesFor(capacity) - this.kernel.memory.buffer.byteLength / PAGE_BYTES;
      if (needed > 0) this.kernel.memory.grow(needed);
      this.capacity = capacity;
      this.words = this.view();
    } else {
      const words = new Uint32Array(capacity * HASH_WORDS);
      words.set(this.words.subarray(0, this.count * HASH_WORDS));
      this.capacity = capacity;
      this.words = words;
    }
  }

  /** The hash in slot `slot`, as a copy. */
  get(slot: number, out: HashWords = new Uint32Array(HASH_WORDS)): HashWords {
    this.checkSlot(slot);
    out.set(this.words.subarray(slot * HASH_WORDS, slot * HASH_WORDS + HASH_WORDS));
    return out;
  }

  /** Hamming distance from the hash in `slot` to `query`. */
  distance(slot: number, query: HashWords): number {
    const w = this.words;
    const o = slot * HASH_WORDS;
    let d = 0;
    for (let k = 0; k < HASH_WORDS; k++) d += popcount32(((w[o + k] as number) ^ (query[k] as number)) >>> 0);
    return d;
  }

  /**
   * Slots in [from, to) whose hash is within `maxDistance` of `query`, in increasing order,
   * appended to `out`.
   */
  scan(query: HashWords, maxDistance: number, out: number[] = [], from = 0, to = this.count): number[] {
    if (maxDistance < 0 || from >= to) return out;
    if (!this.kernel) return scanPlain(this.words, query, maxDistance, from, to, out);
    const memory = new Uint32Array(this.kernel.memory.buffer);
    memory.set(query, QUERY_OFFSET / 4);
    let start = from;
    const groups = Math.floor((to - from) / GROUP);
    let done = 0;
    while (done < groups) {
      const pointer = HASHES_OFFSET + start * 32;
      const written = this.kernel.scan(
        QUERY_OFFSET,
        pointer,
        groups - done,
        Math.min(maxDistance, 256),
        OUT_OFFSET,
        OUT_CAPACITY,
      );
      let lastGroup = groups - done - 1;
      for (let k = 0; k < written; k++) {
        const group = memory[OUT_OFFSET / 4 + 2 * k] as number;
        const mask = memory[OUT_OFFSET / 4 + 2 * k + 1] as number;
        for (let lane = 0; lane < GROUP; lane++)
          if (mask & (1 << lane)) out.push(start + group * GROUP + lane);
        lastGroup = group;
      }
      if (written < OUT_CAPACITY) break;
      done += lastGroup + 1;
      start += (lastGroup + 1) * GROUP;
    }
    return scanPlain(this.words, query, maxDistance, from + groups * GROUP, to, out);
  }

  /** Packed copy of the first `size` hashes (8 words each). */
  toPacked(): Uint32Array {
    return this.words.slice(0, this.count * HASH_WORDS);
  }

  /** Bytes of memory held for hashes (capacity, not just size). */
  get byteLength(): number {
    return this.kernel ? this.kernel.memory.buffer.byteLength : this.words.byteLength;
  }

  private view(): Uint32Array {
    if (!this.kernel) return new Uint32Array(this.capacity * HASH_WORDS);
    return new Uint32Array(this.kernel.memory.buffer, HASHES_OFFSET, this.capacity * HASH_WORDS);
  }

  private checkSlot(slot: number): void {
    if (!Number.isInteger(slot) || slot < 0 || slot >= this.count)
      throw new RangeError(`no hash in slot ${slot}`);
  }
}

/** Plain-TS scan: popcounts summed per byte lane before the final multiply (one per hash). */
export function scanPlain(
  words: Uint32Array,
  query: HashWords,
  maxDistance: number,
  from: number,
  to: number,
  out: number[],
): number[] {
  const q0 = query[0] as number;
  const q1 = query[1] as number;
  const q2 = query[2] as number;
  const q3 = query[3] as number;
  const q4 = query[4] as number;
  const q5 = query[5] as number;
  const q6 = query[6] as number;
  const q7 = query[7] as number;
  for (let slot = from, o = from * 8; slot < to; slot++, o += 8) {
    const d =
      nibbleCounts((words[o] as number) ^ q0) +
      nibbleCounts((words[o + 1] as number) ^ q1) +
      nibbleCounts((words[o + 2] as number) ^ q2) +
      nibbleCounts((words[o + 3] as number) ^ q3) +
      nibbleCounts((words[o + 4] as number) ^ q4) +
      nibbleCounts((words[o + 5] as number) ^ q5) +
      nibbleCounts((words[o + 6] as number) ^ q6) +
      nibbleCounts((words[o + 7] as number) ^ q7);
    // Each byte of d holds at most 8 * 8 = 64; the top byte of the multiply is their sum mod 256,
    // which wraps to 0 only when all 256 bits differ (every byte 64).
    if (Math.imul(d, 0x01010101) >>> 24 <= maxDistance && (d !== 0x40404040 || maxDistance >= 256))
      out.push(slot);
  }
  return out;
}

/** Per-byte bit counts of x (each byte 0..8). */
function nibbleCounts(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (x + (x >>> 4)) & 0x0f0f0f0f;
}
