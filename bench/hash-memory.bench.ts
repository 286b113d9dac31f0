// bench:hash — `vigie hash` memory against the number of files: peak RSS (and time) for 10,000 and
// 100,000 files on one thread (in process) and on a two-thread pool, plus 200 large JPEGs on one
// thread. Each case runs in a fresh child process so its peak RSS is its own; files are hard links
// to conformance images, and every printed line is checked against the reference's hash.
// Run: npm run bench:hash [-- --quick] (quick: 1,000 and 10,000 files).

import { execFileSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conformanceDir, readCsv } from '@vigie/pdq/test-support';
import { type HashRunStats, runHashCommand } from '../server/src/features/hashing/hash.command.ts';

const quick = process.argv.includes('--quick');
const caseArg = process.argv.includes('--case')
  ? process.argv[process.argv.indexOf('--case') + 1]
  : undefined;
const TINY = ['images/tiny-5x5.png', 'images/tiny-6x6.png', 'images/tiny-16x16.png'];
const LARGE = ['images/blurnoise-1600x1004.jpg'];

interface CaseResult {
  files: number;
  threads: number;
  seconds: number;
  peakRssMiB: number;
  stats: HashRunStats;
}

/** Child: hashes `count` hard links to `sources` and reports peak RSS; throws on any wrong line. */
async function runCase(count: number, threads: number, sources: string[]): Promise<CaseResult> {
  const reference = new Map(
    readCsv('reference-hash-quality.csv', false).map(([h, q, p]) => [p, `${h},${q}`]),
  );
  const folder = mkdtempSync(join(tmpdir(), 'vigie-hash-bench-'));
  try {
    const copies = sources.map((source, k) => {
      const copy = join(folder, `source-${k}${source.slice(source.lastIndexOf('.'))}`);
      copyFileSync(join(conformanceDir(), source), copy);
      return copy;
    });
    const files = Array.from({ length: count }, (_, k) => {
      const file = join(folder, `${k}${sources[k % sources.length]?.slice(-4)}`);
      linkSync(copies[k % copies.length] as string, file);
      return file;
    });
    let printed = 0;
    let pending = '';
    const check = (line: string) => {
      const expected = `${reference.get(sources[printed % sources.length] as string)},${files[printed]}`;
      if (line !== expected) throw new Error(`line ${printed}: ${line} instead of ${expected}`);
      printed++;
    };
    const stdout = {
      write: (chunk: string) => {
        const parts = (pending + chunk).split('\n');
        pending = parts.pop() ?? '';
        for (const line of parts) check(line);
        return true;
      },
    } as unknown as NodeJS.WritableStream;
    const stats: HashRunStats = { inFlightLimit: 0, maxInFlight: 0 };
    const start = performance.now();
    const code = await runHashCommand(
      ['--threads', String(threads), ...files],
      { stdout, stderr: process.stderr, isTTY: false },
      stats,
    );
    const seconds = (performance.now() - start) / 1000;
    if (code !== 0 || printed !== count) throw new Error(`exit ${code}, ${printed} of ${count} lines`);
    // maxRSS is in KiB on Linux; it includes the worker threads, which share the process.
    return { files: count, threads, seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024, stats };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (caseArg) {
  const [count, threads, kind] = caseArg.split(':');
  const result = await runCase(Number(count), Number(threads), kind === 'large' ? LARGE : TINY);
  console.log(JSON.stringify(result));
} else {
  const counts = quick ? [1_000, 10_000] : [10_000, 100_000];
  const cases = [...counts.flatMap((n) => [`${n}:1:tiny`, `${n}:2:tiny`]), `${quick ? 50 : 200}:1:large`];
  console.error(`bench:hash (${quick ? 'quick' : 'full'}): ${cases.length} cases, one child process each…`);
  const rows: string[] = [];
  for (const spec of cases) {
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--case', spec],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
    );
    const r = JSON.parse(output.trim().split('\n').pop() as string) as CaseResult;
    const what = spec.endsWith('large') ? 'files (1600x1004 JPEG)' : 'files (tiny PNGs)';
    const row =
      `${r.files.toLocaleString('en')} ${what}, ${r.threads === 1 ? 'in process' : `${r.threads}-thread pool`}: ` +
      `peak RSS ${r.peakRssMiB.toFixed(0)} MiB, ${r.seconds.toFixed(1)} s ` +
      `(${(r.files / r.seconds).toFixed(0)} files/s), at most ${r.stats.maxInFlight} jobs in flight ` +
      `(limit ${r.stats.inFlightLimit}); every line equals the reference's`;
    console.error(`  ${row}`);
    rows.push(row);
  }
  console.log(rows.join('\n'));
}
