// Owns the multi-index tables behind MatchIndex: their layout (chosen from the list size), the
// build (one counting sort per chunk) and the exact search over them.
//
// Method: multi-index hashing (Norouzi, Punjani, Fleet, "Fast search in Hamming space with
// multi-index hashing", CVPR 2012) with the generalised pigeonhole split: cut the 256 bits into
// m chunks and write d = m*r + a (0 <= a < m); give the first a+1 chunks the threshold t = r and
// the others t = r-1. The thresholds plus one sum to d+1, so a hash within d has a chunk within
// its threshold. Taking the chunk where the cyclic prefix sums of (distance - t - 1) stay
// negative (the "gas station" lemma) also bounds the next chunk:
// dist(c) + dist(c+1) <= t(c) + t(c+1) + 1, a filter checked inline before any random access.
// On large lists chunks are ~log2(n) bits wide (m = 11 of 23-24 bits at 10M), so a chunk value
// is shared by about one hash and a query at d=31 probes ~2,100 buckets and verifies ~2,300
// candidates instead of scanning ~41,000 entries and verifying ~6,500 (16 chunks of 16 bits).
//
// Memory, per hash: 32 bytes of hash (HashStore) + 4 per chunk for one entry in that chunk's
// posting list; per chunk, a directory of 2^D + 1 offsets, D = log2(n) - 3 (4 MiB per chunk at
// 10M). An entry packs (slot, the chunk's low k = width - D bits, the next chunk's low f bits)
// in 32 bits: the directory only resolves the top D bits, the k bits finish the chunk match and
// the f bits carry the next-chunk filter. At 10M: 32 + 44 + 4.6 = ~81 bytes per hash.
//
// A query runs in passes whose loads are independent, so the CPU overlaps their cache misses
// (memory latency, not arithmetic, is the cost on large lists): directory lookups, first entry
// of each bucket touched, buckets scanned, candidates' hashes touched, candidates verified.

import { HASH_WORDS, type HashWords } from './hash-format.ts';
import { flipMasks, masksWithin } from './match-index-masks.ts';

export interface Tables {
  /** Hashes covered (slots 0..count-1). */
  count: number;
  chunks: number;
  /** Per chunk: first bit and width. */
  starts: Int32Array;
  widths: Int32Array;
  /** Directory bits (the top D bits of every chunk). */
  dirBits: number;
  /** Entry bits below the slot (32 - slot bits). */
  lowBits: number;
  /** Per chunk: low chunk bits kept in the entry (k) and next-chunk filter bits (f). */
  keyBits: Int32Array;
  filterBits: Int32Array;
  /** Chunk c's bucket for directory key k is entries[dir[c*(2^D+1)+k] .. dir[c*(2^D+1)+k+1]). */
  dir: Uint32Array;
  entries: Uint32Array;
}

/** Reusable per-index buffers for queries. */
export interface Scratch {
  ranges: Int32Array;
  candidates: Uint32Array;
  sink: number;
}

export function newScratch(): Scratch {
  return { ranges: new Int32Array(3 * 4096), candidates: new Uint32Array(4096), sink: 0 };
}

/** Largest radius a chunk is probed at (beyond it, a linear scan is always cheaper). */
const MAX_RADIUS = 6;
/** Buckets or candidates whose loads are issued together (enough to fill the miss buffers). */
const BATCH = 32;
/** Query cost of one bucket probe (two cache misses) in units of one hash scanned linearly. */
const PROBE_COST = 40;

/** Bits set in 16-bit values. */
const POP16 = Uint8Array.from({ length: 65536 }, (_, x) => {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
});

/** Value of the `width`-bit chunk starting at bit `start` of the hash at word offset o. */
function chunkValue(words: ArrayLike<number>, o: number, start: number, width: number): number {
  const w = start >>> 5;
  const shift = start & 31;
  let v = (words[o + w] as number) >>> shift;
  if (shift + width > 32) v |= (words[o + w + 1] as number) << (32 - shift);
  return (v & ((1 << width) - 1)) >>> 0;
}

/**
 * Builds the tables over slots 0..count-1 of `words`. `chunks` overrides the chunk count
 * (default: the one that makes chunks about log2(count) bits wide, 9..16).
 */
export function buildTables(words: Uint32Array, count: number, chunks?: number): Tables {
  const log2 = Math.log2(Math.max(2, count));
  const slotBits = Math.max(1, Math.ceil(log2));
  if (slotBits > 28) throw new RangeError('MatchIndex holds at most 2^28 hashes; split the list');
  // Up to ~4M hashes, 16 chunks of 16 bits (~15 entries per bucket, scanned sequentially with
  // 10+ filter bits) measured fastest (2.5x 13 chunks at 1M); beyond, chunks ~log2(n) bits
  // wide, as the method prescribes (11 at 10M: 1.4x 16 chunks, 1.2x 12).
  const m = chunks ?? (log2 <= 22 ? 16 : Math.min(16, Math.max(9, Math.round(256 / log2))));
  if (!(Number.isInteger(m) && m >= 9 && m <= 16)) throw new RangeError('chunks must be 9..16');
  if (m * count > 0xffffffff) throw new RangeError('too many hashes for this chunk count');
  const narrow = Math.floor(256 / m);
  const wide = 256 % m; // the first `wide` chunks are one bit wider
  const starts = new Int32Array(m);
  const widths = new Int32Array(m);
  for (let c = 0, bit = 0; c < m; c++) {
    widths[c] = narrow + (c < wide ? 1 : 0);
    starts[c] = bit;
    bit += widths[c] as number;
  }
  const lowBits = 32 - slotBits;
  const widest = narrow + (wide > 0 ? 1 : 0);
  // Buckets of ~8 entries (about one cache line); keep k <= 16 (popcount table) and <= lowBits.
  const dirBits = Math.min(narrow, Math.max(1, widest - Math.min(16, lowBits), Math.round(log2) - 3));
  const keyBits = new Int32Array(m);
  const filterBits = new Int32Array(m);
  for (let c = 0; c < m; c++) {
    keyBits[c] = (widths[c] as number) - dirBits;
    filterBits[c] = Math.min(16, lowBits - (keyBits[c] as number), widths[(c + 1) % m] as number);
  }
  const keys = 2 ** dirBits;
  const dir = new Uint32Array(m * (keys + 1));
  const entries = new Uint32Array(m * count);
  const cursor = new Uint32Array(keys);
  for (let c = 0; c < m; c++) {
    const base = c * (keys + 1);
    const start = starts[c] as number;
    const width = widths[c] as number;
    const k = keyBits[c] as number;
    const f = filterBits[c] as number;
    const nextStart = starts[(c + 1) % m] as number;
    const nextWidth = widths[(c + 1) % m] as number;
    for (let slot = 0, o = 0; slot < count; slot++, o += HASH_WORDS) {
      const key = chunkValue(words, o, start, width) >>> k;
      dir[base + key + 1] = (dir[base + key + 1] as number) + 1;
    }
    dir[base] = c * count;
    for (let key = 0; key < keys; key++)
      dir[base + key + 1] = (dir[base + key + 1] as number) + (dir[base + key] as number);
    cursor.set(dir.subarray(base, base + keys));
    const keyMask = (1 << k) - 1;
    const filterMask = (1 << f) - 1;
    for (let slot = 0, o = 0; slot < count; slot++, o += HASH_WORDS) {
      const value = chunkValue(words, o, start, width);
      const key = value >>> k;
      const at = cursor[key] as number;
      cursor[key] = at + 1;
      const filter = chunkValue(words, o, nextStart, nextWidth) & filterMask;
      entries[at] = ((slot << lowBits) | ((value & keyMask) << f) | filter) >>> 0;
    }
  }
  return { count, chunks: m, starts, widths, dirBits, lowBits, keyBits, filterBits, dir, entries };
}

/** Bytes held by the tables. */
export function tablesBytes(tables: Tables): number {
  return tables.dir.byteLength + tables.entries.byteLength;
}

/**
 * Appends to `out` the slots within d of `query`, increasing. Returns false (doing nothing)
 * when the probes would cost more than a linear scan of the list (unless `force`) or the radius
 * per chunk exceeds MAX_RADIUS.
 */
export function searchTables(
  tables: Tables,
  words: Uint32Array,
  query: HashWords,
  d: number,
  scratch: Scratch,
  out: number[],
  force = false,
): boolean {
  const m = tables.chunks;
  const r = Math.floor(d / m);
  const a = d - m * r;
  const dirBits = tables.dirBits;
  if (r > MAX_RADIUS || (r === MAX_RADIUS && a > 0)) return false;
  // Thresholds: r for the first a+1 chunks, r-1 after (-1: never the chunk that matches).
  const threshold = (c: number) => (c <= a ? r : r - 1);
  let probes = 0;
  for (let c = 0; c < m; c++) probes += masksWithin(dirBits, threshold(c));
  if (!force && probes * PROBE_COST > tables.count) return false;

  // Pass 1: each probed bucket's range (independent directory loads).
  let ranges = scratch.ranges;
  if (ranges.length < 3 * probes) ranges = scratch.ranges = new Int32Array(3 * probes);
  const dir = tables.dir;
  const keys = 2 ** dirBits;
  let count = 0;
  let scanned = 0;
  for (let c = 0; c < m; c++) {
    const t = threshold(c);
    if (t < 0) continue;
    const own = chunkValue(query, 0, tables.starts[c] as number, tables.widths[c] as number);
    const high = own >>> (tables.keyBits[c] as number);
    const base = c * (keys + 1);
    const { masks, ends } = flipMasks(dirBits, t);
    for (let h = 0, at = 0; h <= t; h++) {
      for (const end = ends[h] as number; at < end; at++) {
        const key = base + (high ^ (masks[at] as number));
        const from = dir[key] as number;
        const to = dir[key + 1] as number;
        if (from === to) continue;
        ranges[3 * count] = from;
        ranges[3 * count + 1] = to;
        ranges[3 * count + 2] = c * 16 + h;
        scanned += to - from;
        count++;
      }
    }
  }
  // Skewed (clustered) lists can make buckets much fuller than average.
  if (!force && count * PROBE_COST + scanned > tables.count) return false;

  // Passes 2-3, batch by batch: touch the first entry of each bucket in the batch (independent
  // loads), then scan those buckets, keeping entries whose low chunk bits finish a match within
  // the chunk's threshold and whose next-chunk bits pass the gas-station bound. Batches keep
  // the touched lines and TLB entries hot until they are scanned (measured faster than one
  // touch pass over all buckets).
  const entries = tables.entries;
  const lowBits = tables.lowBits;
  let candidates = scratch.candidates;
  if (candidates.length < scanned) candidates = scratch.candidates = new Uint32Array(scanned);
  let sink = 0;
  let found = 0;
  let chunk = -1;
  let queryLow = 0;
  let filterShift = 0;
  let keyMask = 0;
  let filterMask = 0;
  let pairBase = 0;
  for (let batch = 0; batch < count; batch += BATCH) {
    const batchEnd = Math.min(count, batch + BATCH);
    for (let b = batch; b < batchEnd; b++) sink ^= entries[ranges[3 * b] as number] as number;
    for (let b = batch; b < batchEnd; b++) {
      const meta = ranges[3 * b + 2] as number;
      const c = meta >>> 4;
      if (c !== chunk) {
        chunk = c;
        const next = (c + 1) % m;
        const k = tables.keyBits[c] as number;
        filterShift = tables.filterBits[c] as number;
        keyMask = (1 << k) - 1;
        filterMask = (1 << filterShift) - 1;
        const own = chunkValue(query, 0, tables.starts[c] as number, tables.widths[c] as number);
        const nextBits = chunkValue(query, 0, tables.starts[next] as number, tables.widths[next] as number);
        queryLow = ((own & keyMask) << filterShift) | (nextBits & filterMask);
        pairBase = threshold(c) + threshold(next) + 1;
      }
      const h = meta & 15;
      const keyLimit = threshold(c) - h;
      const pairLimit = pairBase - h;
      const end = ranges[3 * b + 1] as number;
      for (let at = ranges[3 * b] as number; at < end; at++) {
        const entry = entries[at] as number;
        const x = entry ^ queryLow;
        const keyDiff = POP16[(x >>> filterShift) & keyMask] as number;
        if (keyDiff <= keyLimit && keyDiff + (POP16[x & filterMask] as number) <= pairLimit)
          candidates[found++] = entry >>> lowBits;
      }
    }
  }

  // Passes 4-5, batch by batch: touch each candidate's hash (independent loads), then verify,
  // exiting after the first half when it already differs by more than d.
  const q0 = query[0] as number;
  const q1 = query[1] as number;
  const q2 = query[2] as number;
  const q3 = query[3] as number;
  const matched: number[] = [];
  for (let batch = 0; batch < found; batch += BATCH) {
    const batchEnd = Math.min(found, batch + BATCH);
    for (let k = batch; k < batchEnd; k++) sink ^= words[(candidates[k] as number) << 3] as number;
    for (let k = batch; k < batchEnd; k++) {
      const slot = candidates[k] as number;
      const o = slot << 3;
      let dist =
        popcount((words[o] as number) ^ q0) +
        popcount((words[o + 1] as number) ^ q1) +
        popcount((words[o + 2] as number) ^ q2) +
        popcount((words[o + 3] as number) ^ q3);
      if (dist > d) continue;
      for (let w = 4; w < HASH_WORDS; w++) dist += popcount((words[o + w] as number) ^ (query[w] as number));
      if (dist <= d) matched.push(slot);
    }
  }
  scratch.sink = sink;
  // A match can be found through several chunks: sort and drop repeats.
  matched.sort((x, y) => x - y);
  for (let k = 0; k < matched.length; k++)
    if (k === 0 || matched[k] !== matched[k - 1]) out.push(matched[k] as number);
  return true;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
