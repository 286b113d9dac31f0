// bench:match — brute-force comparison rate (the scalar i64.popcnt WebAssembly kernel, the SIMD
// one and the plain-TS scan, measured in the same run) and MatchIndex at distance 31 over random
// and clustered lists of 1M and 10M hashes: build time, memory per hash, process RSS, queries/s
// (wall clock, and per CPU-second of this process, which time slices lost to other work on a
// shared machine do not lower) next to the linear scan's, and recall checked against brute force
// on a sample. Rates are medians of repeated runs (min-max beside them). Every list starts with
// the conformance haystack and the queries include its needles, so the timed scans and searches
// are checked against expected-matches-d31.csv as they run: a wrong answer stops the bench.
// Run: npm run bench:match [-- --quick]
// Hashes live in typed arrays and WebAssembly memory, outside the JS heap, so no heap flag needed.
// Children run with --expose-gc so RSS is read after the load blocks are collected.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HashStore, hexToWords, type Match, MatchIndex } from '@vigie/pdq';
import { readCsv, readLines } from '@vigie/pdq/test-support';
import { type RunSummary, summariseRuns } from './support/median.ts';

const quick = process.argv.includes('--quick');
// Each list runs in a fresh child process so its RSS is its own: `--case random:10000000`.
const caseArg = process.argv[process.argv.indexOf('--case') + 1];
const onlyCase = process.argv.includes('--case') ? caseArg : undefined;
const sizes = quick ? [100_000, 1_000_000] : [1_000_000, 10_000_000];
const MAX_DISTANCE = 31;
const RUNS = quick ? 3 : 5;

// The conformance lists: the haystack goes first in every list (ids 0..19,999), so each needle's
// matches are known whatever random hashes follow (a random 256-bit hash is within 31 bits of a
// given one with probability ~1e-30).
const haystack = readLines('matching/haystack.txt');
const needles = readLines('matching/needles.txt').map((hex) => hexToWords(hex));
const expected: Match[][] = needles.map(() => []);
for (const [needle, id, distance] of readCsv('matching/expected-matches-d31.csv', true).map((r) =>
  r.map(Number),
)) {
  expected[needle as number]?.push({ id: id as number, distance: distance as number });
}
const haystackPacked = new Uint32Array(haystack.length * 8);
for (const [k, hex] of haystack.entries()) haystackPacked.set(hexToWords(hex), k * 8);

/** Throws unless `ids` (a scan's slots or a search's matches) are exactly the needle's expected matches. */
function checkNeedle(needle: number, found: readonly number[] | readonly Match[]): void {
  const want = expected[needle] as Match[];
  const ids = found.map((f) => (typeof f === 'number' ? f : f.id));
  const same =
    ids.length === want.length &&
    want.every(
      (m, k) =>
        ids[k] === m.id && (typeof found[k] === 'number' || (found[k] as Match).distance === m.distance),
    );
  if (!same) {
    throw new Error(`needle ${needle}: found ${JSON.stringify(found)}, expected ${JSON.stringify(want)}`);
  }
}

let seed = 0x9e3779b9;
function random32(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return seed >>> 0;
}
function randomHashes(count: number): Uint32Array {
  const words = new Uint32Array(count * 8);
  for (let k = 0; k < words.length; k++) words[k] = random32();
  return words;
}
/** Near-duplicate families: each new hash is, with probability 0.9, a copy of an earlier one with 0..15 bits flipped. */
function clusteredHashes(count: number, previous: Uint32Array | null): Uint32Array {
  const words = new Uint32Array(count * 8);
  for (let k = 0; k < count; k++) {
    const pool = previous ? previous.length / 8 : k;
    if (pool > 0 && random32() % 10 !== 0) {
      const from = (random32() % pool) * 8;
      for (let w = 0; w < 8; w++) words[k * 8 + w] = (previous ?? words)[from + w] as number;
      for (let f = random32() % 16; f > 0; f--) {
        const bit = random32() & 255;
        words[k * 8 + (bit >> 5)] = ((words[k * 8 + (bit >> 5)] as number) ^ (1 << (bit & 31))) >>> 0;
      }
    } else {
      for (let w = 0; w < 8; w++) words[k * 8 + w] = random32();
    }
  }
  return words;
}
/** Queries: half near a stored hash (0..40 bits flipped), half random. */
function queriesFor(store: HashStore, count: number): Uint32Array[] {
  return Array.from({ length: count }, (_, k) => {
    if (k % 2 === 1) return randomHashes(1);
    const q = store.get(random32() % store.size);
    for (let f = random32() % 41; f > 0; f--) {
      const bit = random32() & 255;
      q[bit >> 5] = ((q[bit >> 5] as number) ^ (1 << (bit & 31))) >>> 0;
    }
    return q;
  });
}
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const lines: string[] = [];
const report = (line: string) => {
  lines.push(line);
  console.error(line);
};

// 0. The conformance lists alone: the index and every scan kernel give exactly the expected rows.
if (!onlyCase) {
  const index = new MatchIndex();
  index.addMany(null, haystackPacked);
  index.build();
  const kernels = [{ kernel: 'scalar' }, { kernel: 'simd' }, { wasm: false }] as const;
  const stores = kernels.map((options) => new HashStore({ ...options, capacity: haystack.length }));
  for (const store of stores) store.addPacked(haystackPacked);
  needles.forEach((needle, k) => {
    checkNeedle(k, index.search(needle, MAX_DISTANCE));
    for (const store of stores) checkNeedle(k, store.scan(needle, MAX_DISTANCE));
  });
  const rows = expected.reduce((sum, m) => sum + m.length, 0);
  report(
    `conformance: ${needles.length} needles x ${haystack.length.toLocaleString('en')} haystack at d<=31 give exactly the ` +
      `${rows} rows of expected-matches-d31.csv (MatchIndex, WebAssembly scalar and SIMD scans, plain TS scan)`,
  );
}

// 1. Brute-force comparisons per second, in cache (64k hashes = 2 MiB) and from memory (1M); the
// queries cycle through the needles and every scan's result is checked.
for (const count of onlyCase ? [] : [65_536, 1_000_000]) {
  const kinds = [
    ['scalar', { kernel: 'scalar' }],
    ['simd', { kernel: 'simd' }],
    ['plain', { wasm: false }],
  ] as const;
  const stores = kinds.map(([, options]) => new HashStore({ ...options, capacity: count }));
  const data = randomHashes(count);
  data.set(haystackPacked);
  for (const store of stores) store.addPacked(data);
  const rates: number[][] = [[], [], []];
  // Trials interleaved between the kernels so load from other work hits all of them alike.
  for (let trial = 0; trial < (quick ? 3 : 6); trial++) {
    stores.forEach((store, k) => {
      const reps = Math.max(1, Math.round(2e8 / count / (k === 2 ? 6 : 1)));
      const results: number[][] = [];
      const start = performance.now();
      for (let r = 0; r < reps; r++)
        results.push(store.scan(needles[r % needles.length] as Uint32Array, MAX_DISTANCE));
      rates[k]?.push((reps * count) / ((performance.now() - start) / 1000));
      for (const [r, found] of results.entries()) checkNeedle(r % needles.length, found);
    });
  }
  const [scalar, simd, plain] = rates.map(summariseRuns) as [RunSummary, RunSummary, RunSummary];
  const g = (r: RunSummary, digits: number) =>
    `${(r.median / 1e9).toFixed(digits)} (${(r.min / 1e9).toFixed(digits)}-${(r.max / 1e9).toFixed(digits)})`;
  report(
    `brute force, ${count.toLocaleString('en')} hashes, median of ${rates[0]?.length} runs (min-max): ` +
      `${g(scalar, 2)} G comparisons/s WebAssembly i64.popcnt (default; target >= 0.6), ${g(simd, 2)} G/s WebAssembly SIMD, ` +
      `${g(plain, 3)} G/s plain TS -> ${(scalar.median / simd.median).toFixed(1)}x SIMD, ${(scalar.median / plain.median).toFixed(1)}x plain; ` +
      'every scan matched expected-matches-d31.csv',
  );
}

// 2. MatchIndex over random and clustered lists, one child process each.
if (!onlyCase) {
  for (const kind of ['random', 'clustered']) {
    for (const size of sizes) {
      const output = execFileSync(
        process.execPath,
        [
          ...process.execArgv,
          '--expose-gc',
          fileURLToPath(import.meta.url),
          '--case',
          `${kind}:${size}`,
          ...(quick ? ['--quick'] : []),
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      );
      lines.push(output.trimEnd());
    }
  }
}
for (const [kind, size] of onlyCase
  ? [onlyCase.split(':') as ['random' | 'clustered', string]].map(([k, n]) => [k, Number(n)] as const)
  : []) {
  {
    const index = new MatchIndex({ capacity: size });
    const chunk = 1_000_000;
    const rssBefore = process.memoryUsage().rss;
    let seedBlock: Uint32Array | null = null;
    const startLoad = performance.now();
    index.addMany(null, haystackPacked);
    for (let done = haystack.length; done < size; done += chunk) {
      const n = Math.min(chunk, size - done);
      const block: Uint32Array = kind === 'random' ? randomHashes(n) : clusteredHashes(n, seedBlock);
      if (kind === 'clustered' && !seedBlock) seedBlock = block.slice(0, Math.min(n, 200_000) * 8);
      index.addMany(null, block);
    }
    const loadSeconds = (performance.now() - startLoad) / 1000;
    const startBuild = performance.now();
    index.build();
    const buildSeconds = (performance.now() - startBuild) / 1000;
    seedBlock = null;
    (globalThis as { gc?: () => void }).gc?.();
    const rss = process.memoryUsage().rss; // before the copies made below for queries and checks
    // A store view for queries and brute-force checks, sharing nothing with the index.
    const probe = new HashStore({ capacity: 1 });
    const { hashes } = index.exportEntries();
    probe.addPacked(hashes.subarray(0, Math.min(size, 2_000_000) * 8));
    // The needles first (checked against the expected rows on every pass), then generated queries.
    const queries = [...needles, ...queriesFor(probe, quick ? 400 : 2000)];
    for (const q of queriesFor(probe, 100)) index.search(q, MAX_DISTANCE); // warm-up (JIT tiers)

    let found = 0;
    const wallRates: number[] = [];
    const cpuRates: number[] = [];
    for (let pass = 0; pass < RUNS; pass++) {
      const results: Match[][] = [];
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      for (const q of queries) results.push(index.search(q, MAX_DISTANCE));
      wallRates.push(queries.length / ((performance.now() - start) / 1000));
      const cpu = process.cpuUsage(cpuStart);
      cpuRates.push(queries.length / ((cpu.user + cpu.system) / 1e6));
      for (let k = 0; k < needles.length; k++) checkNeedle(k, results[k] as Match[]);
      found = results.reduce((sum, r) => sum + r.length, 0);
    }
    const qps = summariseRuns(wallRates);
    const cpuQps = summariseRuns(cpuRates);

    // Recall: the index against a brute-force scan of the same hashes, on a sample of queries.
    const full = new HashStore({ capacity: size });
    full.addPacked(hashes);
    let checked = 0;
    let missed = 0;
    let extra = 0;
    const linearStart = performance.now();
    const recallSample = queries.slice(needles.length, needles.length + (quick ? 20 : 40));
    for (const q of recallSample) {
      const truth = full.scan(q, MAX_DISTANCE);
      const got = new Set(index.search(q, MAX_DISTANCE).map((m) => m.id));
      checked += truth.length;
      for (const id of truth) if (!got.has(id)) missed++;
      extra += got.size - truth.filter((id) => got.has(id)).length;
    }
    const linearQps = recallSample.length / ((performance.now() - linearStart) / 1000);
    report(
      `MatchIndex ${kind} ${size.toLocaleString('en')}: ${qps.median.toFixed(0)} queries/s at d<=31, median of ${RUNS} passes ` +
        `(${qps.min.toFixed(0)}-${qps.max.toFixed(0)}; ${cpuQps.median.toFixed(0)} per CPU-second; target >= 5,000 at 10M), ` +
        `linear scan ${linearQps.toFixed(1)} q/s -> ${(qps.median / linearQps).toFixed(0)}x; ` +
        `${(found / queries.length).toFixed(2)} matches/query; needles' matches equal expected-matches-d31.csv on every pass; ` +
        `recall ${checked - missed}/${checked} ` +
        `(${missed === 0 && extra === 0 ? '100%, no extras' : `${missed} missed, ${extra} extra`}) on ${recallSample.length} queries`,
    );
    report(
      `  memory: index ${(index.memoryBytes / size).toFixed(1)} bytes/hash (${mib(index.memoryBytes)}); process RSS ${mib(rss)} ` +
        `with the index built (before loading: ${mib(rssBefore)}; target < 1 GiB at 10M); ` +
        `load ${loadSeconds.toFixed(1)} s, build ${buildSeconds.toFixed(1)} s`,
    );
  }
}
console.log(lines.join('\n'));
