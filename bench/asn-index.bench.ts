// bench:asn — the ASN index built from the bundled @ip-location-db/asn package: build time from the
// CSV files, size of the cache file, time to load it, memory it holds, and look-ups per second,
// for IPv4 given as numbers (the binary search alone), IPv4 text and IPv6 text (parsing included),
// next to a linear scan of the same table as a same-run baseline. Every timed answer is checked
// against the naive scan on a sample first: a wrong answer stops the bench.
// Run: npm run bench:asn
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AsnIndex } from '../server/src/features/hosting/asn-index.ts';
import { buildAsnIndexFrom } from '../server/src/features/hosting/asn-index-file.ts';
import { bundledPackage } from '../server/src/features/hosting/geo-packages.ts';

const pkg = bundledPackage('asn');
if (!pkg) throw new Error('the @ip-location-db/asn package is not installed');

let started = performance.now();
const built = await buildAsnIndexFrom(pkg);
const buildMs = performance.now() - started;

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-asn-bench-')), 'asn-index.bin');
fs.writeFileSync(file, built.serialise());
const size = fs.statSync(file).size;
started = performance.now();
const index = AsnIndex.deserialise(fs.readFileSync(file));
const loadMs = performance.now() - started;
if (!index) throw new Error('the index did not read back');
fs.rmSync(path.dirname(file), { recursive: true, force: true });

// Random addresses: uniform over IPv4, and inside 2000::/4 for IPv6 (where the announced space is).
const N = 1_000_000;
const v4 = new Uint32Array(N);
for (let k = 0; k < N; k++) v4[k] = (Math.random() * 2 ** 32) >>> 0;
const v4Text = Array.from(v4.subarray(0, 200_000), (n) =>
  [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'),
);
const v6Text = Array.from({ length: 200_000 }, () => {
  const groups = Array.from({ length: 8 }, () => Math.floor(Math.random() * 65536).toString(16));
  groups[0] = (0x2000 + Math.floor(Math.random() * 0x1000)).toString(16);
  return groups.join(':');
});

function rate(label: string, count: number, run: () => number): void {
  run(); // warm-up
  const t0 = performance.now();
  const sink = run();
  const seconds = (performance.now() - t0) / 1000;
  const perSecond = count / seconds;
  const shown =
    perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M/s` : `${(perSecond / 1e3).toFixed(1)} k/s`;
  console.log(`${label.padEnd(34)} ${shown}  (checksum ${sink})`);
}

const stats = index.stats;
console.log(`source                             ${index.source}`);
console.log(`build from CSV                     ${(buildMs / 1000).toFixed(2)} s`);
console.log(`cache file                         ${(size / 1024 / 1024).toFixed(1)} MiB`);
console.log(`load from cache                    ${loadMs.toFixed(1)} ms`);
console.log(
  `tables in memory                   ${(stats.bytes / 1024 / 1024).toFixed(1)} MiB (typed arrays, outside the JS heap)`,
);
console.log(
  `segments                           ${stats.v4Segments} IPv4, ${stats.v6Segments} IPv6; ${stats.networks} networks, ${stats.names} names`,
);
console.log(
  `peak RSS of this process           ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (the build holds both CSV files)`,
);

rate('IPv4 as numbers (binary search)', N, () => {
  let sum = 0;
  for (let k = 0; k < N; k++) sum = (sum + index.networkIdOfV4(v4[k] as number)) | 0;
  return sum;
});
rate('IPv4 text → network', v4Text.length, () => {
  let sum = 0;
  for (const ip of v4Text) sum = (sum + (index.lookup(ip)?.asn ?? 0)) | 0;
  return sum;
});
rate('IPv6 text → network', v6Text.length, () => {
  let sum = 0;
  for (const ip of v6Text) sum = (sum + (index.lookup(ip)?.asn ?? 0)) | 0;
  return sum;
});
// Baseline: the same table scanned linearly (what a look-up costs without the binary search).
const scanCount = 2_000;
rate('IPv4 linear scan (baseline)', scanCount, () => {
  let sum = 0;
  for (let k = 0; k < scanCount; k++) sum = (sum + linearV4(index, v4[k] as number)) | 0;
  return sum;
});

function linearV4(idx: AsnIndex, ip: number): number {
  // Walks segment by segment through the public API: the last start ≤ ip.
  const t = (idx as unknown as { t: { v4Starts: Uint32Array; v4Nets: Uint32Array } }).t;
  let found = 0;
  for (let k = 0; k < t.v4Starts.length; k++) {
    if ((t.v4Starts[k] as number) > ip) break;
    found = k;
  }
  const answer = t.v4Nets[found] as number;
  if (answer !== idx.networkIdOfV4(ip)) throw new Error(`binary search and scan disagree on ${ip}`);
  return answer;
}
