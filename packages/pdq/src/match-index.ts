// Owns MatchIndex: exact "every hash within distance d" search over a large hash list.
//
// Method: multi-index hashing over the 16 16-bit chunks of the hash (chunk c = reference word
// w[c]), made exact by the cyclic "gas station" form of the pigeonhole principle: if the total
// distance is <= d, there is a chunk i such that, reading chunks i, i+1, ... cyclically, every
// prefix of l chunks differs in at most floor(l*d/16) bits. So each chunk gets a table keyed by
// its 16 bits; a query probes keys within floor(d/16) bits of its own chunk i (17 keys at d=31)
// and keeps an entry only if chunk i plus some bits of chunk i+1, packed beside the slot number
// in one uint32 (32 minus the bits the slot needs, at most 16: 12 bits at 1M hashes, 8 at 10M),
// differ in at most floor(2d/16) bits. Survivors are verified against the full hash. The filter
// prunes ~98% (12 bits) or ~85% (8 bits) of random candidates before any random access into the
// hash store, which dominates the cost of a query on large lists.
// Where the probes would touch a large share of the list (small lists, large radii) a linear
// scan is used instead; hashes added after the last build are scanned linearly until the next.

import { HASH_WORDS, type HashWords, toWords } from './hash-format.ts';
import { HashStore } from './hash-store.ts';

export interface Match {
  id: number;
  distance: number;
}

export interface MatchIndexOptions {
  /** Hashes to reserve room for. */
  capacity?: number;
  /** Use the WebAssembly SIMD scan when available (default true). */
  wasm?: boolean;
  /** Lists smaller than this are only ever scanned linearly (default 16384). */
  minIndexedSize?: number;
}

const CHUNKS = 16;
const KEYS = 65536;
const MAX_ID = 0xffffffff;

interface Tables {
  /** Hashes covered (slots 0..count-1). */
  count: number;
  /** Bits of chunk i+1 kept beside each slot. */
  filterBits: number;
  /** Per chunk: entries of key k are entries[offsets[k] .. offsets[k+1]). */
  offsets: Uint32Array[];
  /** Per chunk: (slot << filterBits) | low filterBits of the next chunk, grouped by key. */
  entries: Uint32Array[];
}

/** 16-bit chunk c (0..15) of the hash stored at word offset o. */
function chunkAt(words: ArrayLike<number>, o: number, c: number): number {
  return ((words[o + (c >> 1)] as number) >>> ((c & 1) << 4)) & 0xffff;
}

/** All 16-bit masks with exactly r bits set, for r = 0..3 (computed on first use). */
const flipMasks: number[][] = [];
function masksWithBits(r: number): number[] {
  while (flipMasks.length <= r) {
    const bits = flipMasks.length;
    const masks: number[] = [];
    for (let m = 0; m < KEYS; m++) if (popcount16(m) === bits) masks.push(m);
    flipMasks.push(masks);
  }
  return flipMasks[r] as number[];
}
function popcount16(x: number): number {
  return (POPCOUNT8[x & 255] as number) + (POPCOUNT8[x >>> 8] as number);
}
const POPCOUNT8 = Uint8Array.from({ length: 256 }, (_, x) => {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
});

export class MatchIndex {
  private readonly store: HashStore;
  /** Caller's id per slot; null while every id equals its slot (saves 4 bytes per hash). */
  private ids: Uint32Array | null = null;
  private deleted: Uint8Array | null = null;
  private deletedCount = 0;
  private tables: Tables | null = null;
  private readonly minIndexedSize: number;
  private survivors: Uint32Array = new Uint32Array(4096);
  /** Per probed bucket: start, end, chunk, radius (reused between queries). */
  private ranges: Uint32Array = new Uint32Array(4 * 272);
  /** Sink for the prefetching loads, so they are not optimised away (read by nobody). */
  prefetchSink = 0;

  constructor(options: MatchIndexOptions = {}) {
    this.store = new HashStore({ capacity: options.capacity, wasm: options.wasm });
    this.minIndexedSize = options.minIndexedSize ?? 16384;
  }

  /** Live (not removed) hashes. */
  get size(): number {
    return this.store.size - this.deletedCount;
  }

  /** Whether brute-force scans use the WebAssembly SIMD kernel. */
  get usesWasm(): boolean {
    return this.store.usesWasm;
  }

  /** Adds one hash under a numeric id (an integer 0..2^32-1; ids need not be unique). */
  add(id: number, hash: string | HashWords | Uint8Array): void {
    checkId(id);
    const slot = this.store.add(hash);
    this.recordId(slot, id);
  }

  /**
   * Bulk load: `hashes` as hex strings / words, or packed 8 words per hash. `ids` null means
   * ids 0,1,2... continuing from the current slot count.
   */
  addMany(ids: ArrayLike<number> | null, hashes: Uint32Array | ReadonlyArray<string | HashWords>): void {
    const count = hashes instanceof Uint32Array ? hashes.length / HASH_WORDS : hashes.length;
    if (ids && ids.length !== count) throw new RangeError(`${ids.length} ids for ${count} hashes`);
    let first: number;
    if (hashes instanceof Uint32Array) {
      first = this.store.addPacked(hashes);
    } else {
      first = this.store.size;
      this.store.reserve(first + count);
      for (const hash of hashes) this.store.add(hash);
    }
    if (ids) for (let k = 0; k < count; k++) this.recordId(first + k, checkId(ids[k] as number));
    else if (this.ids) this.recordIds(first, count);
  }

  /** Removes every entry with this id; returns how many were removed. */
  remove(id: number): number {
    let removed = 0;
    const total = this.store.size;
    this.deleted ??= new Uint8Array(Math.max(total, 16));
    if (this.deleted.length < total) this.deleted = grow(this.deleted, total);
    const mark = (slot: number) => {
      const deleted = this.deleted as Uint8Array;
      if (!deleted[slot]) {
        deleted[slot] = 1;
        removed++;
      }
    };
    if (!this.ids) {
      if (Number.isInteger(id) && id >= 0 && id < total) mark(id);
    } else {
      for (let slot = 0; slot < total; slot++) if (this.ids[slot] === id) mark(slot);
    }
    this.deletedCount += removed;
    return removed;
  }

  /** Every live entry within `maxDistance` (inclusive) of `hash`, sorted by id then distance. */
  search(hash: string | HashWords | Uint8Array, maxDistance = 31): Match[] {
    const query = toWords(hash);
    if (!(maxDistance >= 0)) return [];
    const d = Math.min(Math.floor(maxDistance), 256);
    this.buildIfStale();
    const slots: number[] = [];
    const indexed = this.tables?.count ?? 0;
    if (!this.tables || !this.searchTables(this.tables, query, d, slots))
      this.store.scan(query, d, slots, 0, indexed);
    this.store.scan(query, d, slots, indexed, this.store.size);
    const matches: Match[] = [];
    for (const slot of slots) {
      if (this.deleted?.[slot]) continue;
      matches.push({
        id: this.ids ? (this.ids[slot] as number) : slot,
        distance: this.store.distance(slot, query),
      });
    }
    if (this.ids) matches.sort((a, b) => a.id - b.id || a.distance - b.distance);
    return matches;
  }

  /** (Re)builds the chunk tables now rather than on the next search. */
  build(): void {
    this.tables = null;
    const count = this.store.size;
    if (count < this.minIndexedSize) return;
    const slotBits = Math.max(1, Math.ceil(Math.log2(count)));
    if (slotBits > 28) throw new RangeError('MatchIndex holds at most 2^28 hashes; split the list');
    const filterBits = Math.min(16, 32 - slotBits);
    const filterMask = (1 << filterBits) - 1;
    const words = this.store.words;
    const offsets: Uint32Array[] = [];
    const entries: Uint32Array[] = [];
    const cursor = new Uint32Array(KEYS);
    for (let c = 0; c < CHUNKS; c++) {
      const next = (c + 1) % CHUNKS;
      const starts = new Uint32Array(KEYS + 1);
      for (let slot = 0, o = 0; slot < count; slot++, o += HASH_WORDS) {
        const key = chunkAt(words, o, c);
        starts[key + 1] = (starts[key + 1] as number) + 1;
      }
      for (let k = 0; k < KEYS; k++) starts[k + 1] = (starts[k + 1] as number) + (starts[k] as number);
      cursor.set(starts.subarray(0, KEYS));
      const table = new Uint32Array(count);
      for (let slot = 0, o = 0; slot < count; slot++, o += HASH_WORDS) {
        const key = chunkAt(words, o, c);
        const at = cursor[key] as number;
        cursor[key] = at + 1;
        table[at] = ((slot << filterBits) | (chunkAt(words, o, next) & filterMask)) >>> 0;
      }
      offsets.push(starts);
      entries.push(table);
    }
    this.tables = { count, filterBits, offsets, entries };
  }

  /** Approximate bytes held: hashes, ids, tables. */
  get memoryBytes(): number {
    let bytes = this.store.byteLength + (this.ids?.byteLength ?? 0) + (this.deleted?.byteLength ?? 0);
    for (const t of this.tables?.entries ?? []) bytes += t.byteLength;
    for (const t of this.tables?.offsets ?? []) bytes += t.byteLength;
    return bytes;
  }

  /** Live entries as (ids, packed hashes), for serialisation. */
  exportEntries(): { ids: Uint32Array; hashes: Uint32Array } {
    const total = this.store.size;
    const live = total - this.deletedCount;
    const ids = new Uint32Array(live);
    const hashes = new Uint32Array(live * HASH_WORDS);
    const words = this.store.words;
    for (let slot = 0, k = 0; slot < total; slot++) {
      if (this.deleted?.[slot]) continue;
      ids[k] = this.ids ? (this.ids[slot] as number) : slot;
      hashes.set(words.subarray(slot * HASH_WORDS, (slot + 1) * HASH_WORDS), k * HASH_WORDS);
      k++;
    }
    return { ids, hashes };
  }

  private buildIfStale(): void {
    const total = this.store.size;
    const indexed = this.tables?.count ?? 0;
    const pending = total - indexed;
    if (total >= this.minIndexedSize && pending > Math.max(4096, indexed / 8)) this.build();
  }

  /** Multi-index search; returns false (doing nothing) when a linear scan would be cheaper. */
  private searchTables(tables: Tables, query: HashWords, d: number, out: number[]): boolean {
    const radius = Math.floor(d / 16);
    if (radius > 3) return false;
    const pairLimit = Math.floor((2 * d) / 16);
    // Pass 1: every probed bucket's range. These loads (and the first entry of each bucket,
    // touched in pass 2) are independent, so the CPU overlaps their cache misses; on large
    // lists memory latency, not arithmetic, is what a query costs (~2x faster measured).
    let ranges = this.ranges;
    let count = 0;
    let probed = 0;
    for (let c = 0; c < CHUNKS; c++) {
      const offsets = tables.offsets[c] as Uint32Array;
      const own = chunkAt(query, 0, c);
      for (let r = 0; r <= radius; r++) {
        const masks = masksWithBits(r);
        if (ranges.length < (count + masks.length) * 4)
          ranges = this.ranges = grow32(ranges, (count + masks.length) * 4);
        for (const mask of masks) {
          const key = own ^ mask;
          const from = offsets[key] as number;
          const to = offsets[key + 1] as number;
          ranges[count * 4] = from;
          ranges[count * 4 + 1] = to;
          ranges[count * 4 + 2] = c;
          ranges[count * 4 + 3] = r;
          probed += to - from;
          count++;
        }
      }
    }
    // A probed entry costs about as much as scanning ~3 hashes linearly, survivors included.
    if (probed * 3 > tables.count) return false;

    let touched = 0;
    for (let b = 0; b < count; b++) {
      const from = ranges[b * 4] as number;
      if (from < (ranges[b * 4 + 1] as number))
        touched |= (tables.entries[ranges[b * 4 + 2] as number] as Uint32Array)[from] as number;
    }
    this.prefetchSink = touched;

    // Pass 3: scan the buckets, keeping entries that pass the chunk i+1 filter.
    const filterBits = tables.filterBits;
    const filterMask = (1 << filterBits) - 1;
    const pop8 = POPCOUNT8;
    let survivors = this.survivors;
    if (survivors.length < probed) survivors = this.survivors = grow32(survivors, probed);
    let found = 0;
    for (let b = 0; b < count; b++) {
      const c = ranges[b * 4 + 2] as number;
      const entries = tables.entries[c] as Uint32Array;
      const nextBits = chunkAt(query, 0, (c + 1) % CHUNKS) & filterMask;
      const limit = pairLimit - (ranges[b * 4 + 3] as number);
      const end = ranges[b * 4 + 1] as number;
      for (let at = ranges[b * 4] as number; at < end; at++) {
        const entry = entries[at] as number;
        const diff = (entry ^ nextBits) & filterMask;
        if ((pop8[diff & 255] as number) + (pop8[diff >>> 8] as number) <= limit)
          survivors[found++] = entry >>> filterBits;
      }
    }
    // Pass 4: verify (independent loads again); a match can survive from several chunks, so
    // sort and drop repeats.
    const matched: number[] = [];
    for (let k = 0; k < found; k++) {
      const slot = survivors[k] as number;
      if (this.store.distance(slot, query) <= d) matched.push(slot);
    }
    matched.sort((a, b) => a - b);
    for (let k = 0; k < matched.length; k++)
      if (k === 0 || matched[k] !== matched[k - 1]) out.push(matched[k] as number);
    return true;
  }

  private recordId(slot: number, id: number): void {
    if (!this.ids && id === slot) return;
    if (!this.ids) {
      this.ids = new Uint32Array(Math.max(16, slot + 1));
      for (let s = 0; s < slot; s++) this.ids[s] = s;
    }
    if (this.ids.length <= slot) this.ids = grow32(this.ids, slot + 1);
    this.ids[slot] = id;
  }

  private recordIds(first: number, count: number): void {
    for (let k = 0; k < count; k++) this.recordId(first + k, first + k);
  }
}

function checkId(id: number): number {
  if (!Number.isInteger(id) || id < 0 || id > MAX_ID)
    throw new RangeError(`id must be an integer 0..2^32-1, got ${id}`);
  return id;
}

function grow32(array: Uint32Array, atLeast: number): Uint32Array {
  const bigger = new Uint32Array(Math.max(atLeast, Math.ceil(array.length * 1.5)));
  bigger.set(array);
  return bigger;
}

function grow(array: Uint8Array, atLeast: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(atLeast, Math.ceil(array.length * 1.5)));
  bigger.set(array);
  return bigger;
}
