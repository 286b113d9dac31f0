// Owns MatchIndex: exact "every hash within distance d" search over a large hash list, its
// ids, removals and growth. The tables and the search method are in match-index-tables.ts
// (multi-index hashing with the generalised pigeonhole split, chunks ~log2(n) bits wide).
// Where the probes would cost more than a scan (small lists, large radii) a linear scan is used
// instead; hashes added after the last build are scanned linearly until the next.

import { HASH_WORDS, type HashWords, PDQ_MATCH_DISTANCE, toWords } from './hash-format.ts';
import { HashStore } from './hash-store.ts';
import { buildTables, newScratch, searchTables, type Tables, tablesBytes } from './match-index-tables.ts';

export interface Match {
  id: number;
  distance: number;
}

export interface MatchIndexOptions {
  /** Hashes to reserve room for. */
  capacity?: number;
  /** Use a WebAssembly scan kernel when available (default true). */
  wasm?: boolean;
  /** Lists smaller than this are only ever scanned linearly (default 16384). */
  minIndexedSize?: number;
  /** Chunks per hash, 9..16 (default: chosen from the list size at each build). */
  chunks?: number;
  /** Use the tables even where a linear scan would be cheaper (for tests). */
  forceIndex?: boolean;
}

const MAX_ID = 0xffffffff;

export class MatchIndex {
  private readonly store: HashStore;
  /** Caller's id per slot; null while every id equals its slot (saves 4 bytes per hash). */
  private ids: Uint32Array | null = null;
  private deleted: Uint8Array | null = null;
  private deletedCount = 0;
  private tables: Tables | null = null;
  private readonly minIndexedSize: number;
  private readonly chunks: number | undefined;
  private readonly forceIndex: boolean;
  private readonly scratch = newScratch();

  constructor(options: MatchIndexOptions = {}) {
    this.store = new HashStore({ capacity: options.capacity, wasm: options.wasm });
    this.minIndexedSize = options.minIndexedSize ?? 16384;
    this.chunks = options.chunks;
    this.forceIndex = options.forceIndex ?? false;
  }

  /** Live (not removed) hashes. */
  get size(): number {
    return this.store.size - this.deletedCount;
  }

  /** Whether brute-force scans use a WebAssembly kernel. */
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
  search(hash: string | HashWords | Uint8Array, maxDistance = PDQ_MATCH_DISTANCE): Match[] {
    const query = toWords(hash);
    if (!(maxDistance >= 0)) return [];
    const d = Math.min(Math.floor(maxDistance), 256);
    this.buildIfStale();
    const slots: number[] = [];
    const indexed = this.tables?.count ?? 0;
    const words = this.store.words;
    if (!this.tables || !searchTables(this.tables, words, query, d, this.scratch, slots, this.forceIndex))
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
    this.tables = null; // let the old tables go before allocating the new ones
    const count = this.store.size;
    if (count < this.minIndexedSize) return;
    this.tables = buildTables(this.store.words, count, this.chunks);
  }

  /** Approximate bytes held: hashes, ids, tables. */
  get memoryBytes(): number {
    const bytes = this.store.byteLength + (this.ids?.byteLength ?? 0) + (this.deleted?.byteLength ?? 0);
    return bytes + (this.tables ? tablesBytes(this.tables) : 0);
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
    // The first build as soon as the list is big enough; then only once enough hashes wait in
    // the linear tail, so adding and searching in turn does not rebuild every time.
    if (total >= this.minIndexedSize && (indexed === 0 || pending > Math.max(4096, indexed / 8)))
      this.build();
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
