// bench:pdq — PDQ throughput: end to end (sharp decode + hash) on one worker thread and on a
// two-thread pool, and hashing alone from decoded pixels; each next to its target and to a
// baseline measured in the same run (a naive float64 port, and sharp's decode alone).
// Images are synthetic, generated into bench/.cache/. Run: npm run bench:pdq [-- --quick]

import { availableParallelism } from 'node:os';
import { pdqHash } from '@vigie/pdq';
import sharp from 'sharp';
import { decodeImage } from '../server/src/features/hashing/decode-image.ts';
import { HashPool } from '../server/src/features/hashing/hash-pool.ts';
import { benchImages } from './bench-images.ts';
import { naivePdqHash } from './naive-pdq.ts';

const quick = process.argv.includes('--quick');
const seconds = quick ? 1 : 3;
// The one-core figures: libvips gets a single thread and one worker hashes at a time.
sharp.concurrency(1);

/** Runs `once` repeatedly for about `seconds`; returns calls per second. */
async function rate(once: (k: number) => unknown, minSeconds = seconds): Promise<number> {
  for (let k = 0; k < 3; k++) await once(k);
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < minSeconds * 1000) {
    await once(calls);
    calls++;
  }
  return calls / ((performance.now() - start) / 1000);
}

/** End-to-end rate through a pool of `threads` workers, keeping every worker busy. */
async function poolRate(paths: string[], threads: number): Promise<number> {
  const pool = new HashPool(threads);
  const options = { dihedral: false, applyExifOrientation: false };
  try {
    await Promise.all(paths.slice(0, threads * 2).map((p) => pool.hash(p, options))); // warm-up
    const total = Math.max(paths.length, Math.round((quick ? 40 : 150) * threads));
    const start = performance.now();
    const results = await Promise.all(
      Array.from({ length: total }, (_, k) => pool.hash(paths[k % paths.length] as string, options)),
    );
    if (results.some((r) => !r.ok)) throw new Error('a benchmark image failed to hash');
    return total / ((performance.now() - start) / 1000);
  } finally {
    await pool.close();
  }
}

const rows: string[][] = [['measure', 'images/s', 'target', 'vs baseline (same run)']];
const fmt = (n: number) => n.toFixed(1);
const add = (name: string, value: number, target: string, baseline: string) => {
  rows.push([name, fmt(value), target, baseline]);
  console.error(`  ${name}: ${fmt(value)}`);
};

console.error(
  `bench:pdq (${quick ? 'quick' : 'full'}), ${availableParallelism()} cores, generating/using bench/.cache images…`,
);
const jpegs = await benchImages(1600, 1004, 'jpeg', 8);
const pngs = await benchImages(512, 512, 'png', 8);

// Hash only, from decoded pixels.
for (const [label, paths, target, reference] of [
  ['1600x1004', jpegs, 250, 194],
  ['512x512', pngs, 180, 136],
] as const) {
  const decoded = await Promise.all(paths.map((p) => decodeImage(p)));
  const ours = await rate((k) => {
    const d = decoded[k % decoded.length];
    if (d) pdqHash(d.pixels, d.width, d.height, d.channels);
  });
  const naive = await rate((k) => {
    const d = decoded[k % decoded.length];
    if (d) naivePdqHash(d.pixels, d.width, d.height);
  }, seconds / 2);
  add(
    `hash only ${label}, 1 thread`,
    ours,
    `>= ${target}`,
    `${(ours / naive).toFixed(1)}x naive port (${fmt(naive)}); ref C++ ${reference}`,
  );
}

// End to end: decode + hash, one worker, then two.
const decodeOnly = await rate((k) => decodeImage(jpegs[k % jpegs.length] as string));
const e2eJpeg = await poolRate(jpegs, 1);
add(
  'end to end 1600x1004 JPEG, 1 worker',
  e2eJpeg,
  '>= 45',
  `${((100 * e2eJpeg) / decodeOnly).toFixed(0)}% of sharp decode alone (${fmt(decodeOnly)}); ref C++ 8.3`,
);
const decodePng = await rate((k) => decodeImage(pngs[k % pngs.length] as string));
const e2ePng = await poolRate(pngs, 1);
add(
  'end to end 512x512 PNG, 1 worker',
  e2ePng,
  '-',
  `${((100 * e2ePng) / decodePng).toFixed(0)}% of sharp decode alone (${fmt(decodePng)})`,
);
const e2eJpeg2 = await poolRate(jpegs, 2);
add(
  'end to end 1600x1004 JPEG, 2-thread pool',
  e2eJpeg2,
  '>= 85',
  `${(e2eJpeg2 / e2eJpeg).toFixed(2)}x one worker`,
);
const e2ePng2 = await poolRate(pngs, 2);
add('end to end 512x512 PNG, 2-thread pool', e2ePng2, '-', `${(e2ePng2 / e2ePng).toFixed(2)}x one worker`);

const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
