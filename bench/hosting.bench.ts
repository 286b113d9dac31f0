// bench:hosting — hosting look-ups of 10,000 distinct names, the way the hosting.lookups job runs
// them: DNS through the configured resolver (a local DNS server in a child process), the offline
// country and network databases, the staff directory and RDAP through the safe fetcher (a local
// registry in the same child process), cached in the database (embedded PGlite), with bounded
// concurrency. Prints look-ups/s and latency percentiles next to the same run's baseline (the
// resolver alone answering A for the same names at the same concurrency), and checks that RDAP was
// asked at most once per network and per domain.
//
//   npm run bench:hosting [-- --names 10000 --concurrency 64]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createHostingLookup } from '../server/src/features/hosting/index.ts';
import { configureAuditChain } from '../server/src/platform/audit/audit-keys.ts';
import { loadConfig } from '../server/src/platform/config.ts';
import { openDatabase, rowsOf } from '../server/src/platform/db/database.ts';
import { createDnsResolver } from '../server/src/platform/dns/resolver.ts';
import { createConfiguredFetcher } from '../server/src/platform/fetch/index.ts';
import { benchName, DOMAINS } from './support/hosting-names.ts';

const { values: args } = parseArgs({
  options: { names: { type: 'string', default: '10000' }, concurrency: { type: 'string', default: '64' } },
});
const names = Array.from({ length: Number(args.names) }, (_, n) => benchName(n));
const concurrency = Number(args.concurrency);
const TARGET = 1000;

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-hosting-'));
const peers = spawn(process.execPath, ['--import', 'tsx', 'bench/support/hosting-peers.ts', scratch], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const peerLines = readline.createInterface({ input: peers.stdout });
const nextLine = () => new Promise<string>((resolve) => peerLines.once('line', resolve));
const { dns } = JSON.parse(await nextLine()) as { dns: string };

const config = loadConfig({
  VIGIE_DATA_DIR: path.join(scratch, 'data'),
  VIGIE_DNS_SERVERS: dns,
  VIGIE_RDAP_BOOTSTRAP_DIR: scratch,
  VIGIE_UNSAFE_FETCH_ALLOW_FOR_TESTS: '127.0.0.1',
  LOG_LEVEL: 'silent',
});
configureAuditChain(Buffer.alloc(32, 7));
const database = await openDatabase({ kind: 'embedded' });
await database.migrate();
const fetcher = createConfiguredFetcher(config);
const lookUp = createHostingLookup({ config, fetcher, db: database.db });
// Opening the offline databases (and building the network index the first time) is start-up work.
await lookUp('http://192.0.2.1/warm-up');

/** Runs `task` over every name, `concurrency` at a time; returns per-call latencies and the rate. */
async function timed(task: (name: string) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let k = next++; k < names.length; k = next++) {
        const t0 = performance.now();
        try {
          await task(names[k] as string);
        } catch {
          failures += 1;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { perSecond: names.length / seconds, p50: at(50), p99: at(99), failures };
}

const resolver = createDnsResolver([dns]);
const baseline = await timed((name) => resolver.resolve4(name));
let withProblems = 0;
const full = await timed(async (name) => {
  const result = await lookUp(`https://${name}/page`);
  if (result.problems.some((p) => p.stage === 'dns')) withProblems += 1;
});
peers.stdin.write('counts\n');
const counts = JSON.parse(await nextLine()) as { total: number; dns: number };
const cached = rowsOf<{ kind: string; n: number }>(
  await database.db.execute(
    sql`select kind, count(*)::int as n from rdap_answers group by kind order by kind`,
  ),
);

const row = (label: string, r: Awaited<ReturnType<typeof timed>>) =>
  `${label.padEnd(34)} ${r.perSecond.toFixed(0).padStart(8)}/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  errors ${r.failures}`;
console.log(
  `bench:hosting — ${names.length} distinct names, concurrency ${concurrency}, Node ${process.version}, ` +
    `${os.cpus().length} × ${os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}, load average ${os.loadavg()[0]?.toFixed(1)}`,
);
console.log(row('baseline: DNS A only', baseline));
console.log(row('hosting look-up (DNS, geo, RDAP)', full));
console.log(`ratio to the baseline: ${(full.perSecond / baseline.perSecond).toFixed(2)}`);
console.log(
  `RDAP: ${counts.total} queries for ${names.length} names (3 networks, ${DOMAINS} domains); cached: ${cached
    .map((c) => `${c.n} ${c.kind}`)
    .join(', ')}; look-ups with a DNS problem: ${withProblems}`,
);
const onceEach = counts.total <= 3 + DOMAINS + 1; // +1: the warm-up's address
console.log(`RDAP at most once per network and per domain: ${onceEach ? 'yes' : 'NO'}`);
console.log(
  `target (≥ ${TARGET} look-ups/s): ${full.perSecond >= TARGET ? 'met' : 'missed'} (${full.perSecond.toFixed(0)}/s)`,
);

peers.stdin.end();
await fetcher.close();
await database.close();
fs.rmSync(scratch, { recursive: true, force: true });
if (!onceEach || withProblems > 0 || full.failures > 0) process.exitCode = 1;
