// bench:monitoring — removal checks at scale: 100,000 checks through the real checker and pool
// (safe fetcher, DNS through the configured resolver, fingerprints, embedded media, PDQ) against
// local sites in a child process, spread over many host names so per-host politeness applies.
// The sites answer a mix: online (same bytes, page or image), 404, slow (200 ms), soft 404 (a page
// with another image), a redirect to a 404, and huge bodies over the size limit (declared, and
// streamed without a length: the checker must stop reading, not read it all). Prints checks/s
// overall and per 10-second window, memory (RSS, heap) per window, outcomes by reason (and any check
// whose outcome is not what its kind must give), and the same run's baseline: plain undici requests
// to the same server at the same concurrency (keep-alive, no DNS, no redirect, no media).
//
//   npm run bench:monitoring [-- --checks 100000 --concurrency 256 --hosts 500 --host-spacing 100 --pdq-memo 1000]
import { spawn } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { imagePdq } from '../server/src/features/monitoring/check-fingerprints.ts';
import { createItemChecker } from '../server/src/features/monitoring/check-item.ts';
import { type CheckTask, runCheckPool } from '../server/src/features/monitoring/check-pool.ts';
import { createDnsResolver } from '../server/src/platform/dns/resolver.ts';
import { createSafeFetcher } from '../server/src/platform/fetch/index.ts';
import { expectedOf, hostOf, kindOf, MAX_BYTES, pathOf } from './support/monitoring-mix.ts';

const { values: args } = parseArgs({
  options: {
    checks: { type: 'string', default: '100000' },
    concurrency: { type: 'string', default: '256' },
    hosts: { type: 'string', default: '500' },
    'per-host': { type: 'string', default: '2' },
    'host-spacing': { type: 'string', default: '100' },
    'pdq-memo': { type: 'string', default: '1000' },
  },
});
const checks = Number(args.checks);
const concurrency = Number(args.concurrency);
const hosts = Number(args.hosts);
const perHost = Number(args['per-host']);
const hostSpacingMs = Number(args['host-spacing']);
const pdqMemoSize = Number(args['pdq-memo']);
const TARGET = 500;
const WINDOW_MS = 10_000;
const MB = 1024 * 1024;

const peers = spawn(process.execPath, ['--import', 'tsx', 'bench/support/monitoring-peers.ts'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const peerLines = readline.createInterface({ input: peers.stdout });
const nextLine = () => new Promise<string>((resolve) => peerLines.once('line', resolve));
const peer = JSON.parse(await nextLine()) as {
  dns: string;
  port: number;
  evidence: { sha256: string[]; image: string };
};
const capturedPdq = await imagePdq(Buffer.from(peer.evidence.image, 'base64'));
const fingerprints = { sha256: peer.evidence.sha256, pdq: capturedPdq ? [capturedPdq.hash] : [] };

console.log(
  `bench:monitoring — ${checks} checks, concurrency ${concurrency}, ${hosts} hosts (≤ ${perHost} at once, ` +
    `starts ≥ ${hostSpacingMs} ms apart per host), PDQ memo ${pdqMemoSize}, size limit ${MAX_BYTES / MB} MB, Node ${process.version}, ` +
    `${os.cpus().length} × ${os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}, load average ${os.loadavg()[0]?.toFixed(1)}`,
);

/** Counts results in 10-second windows and samples memory every second. */
function startMeter(label: string) {
  const started = performance.now();
  const windows: Array<{ checks: number; rss: number; heap: number }> = [];
  let inWindow = 0;
  let rss = 0;
  let heap = 0;
  let total = 0;
  const sample = () => {
    const memory = process.memoryUsage();
    rss = Math.max(rss, memory.rss);
    heap = Math.max(heap, memory.heapUsed);
  };
  const close = () => {
    sample();
    windows.push({ checks: inWindow, rss, heap });
    const w = windows.length;
    console.log(
      `  ${label} ${String((w - 1) * 10).padStart(4)}–${String(w * 10).padEnd(4)} s ` +
        `${(inWindow / (WINDOW_MS / 1000)).toFixed(0).padStart(6)} checks/s  ` +
        `RSS ${(rss / MB).toFixed(0).padStart(4)} MB  heap ${(heap / MB).toFixed(0).padStart(4)} MB`,
    );
    inWindow = 0;
    rss = 0;
    heap = 0;
  };
  const sampler = setInterval(sample, 1_000);
  const windower = setInterval(close, WINDOW_MS);
  return {
    count() {
      inWindow += 1;
      total += 1;
    },
    stop() {
      clearInterval(sampler);
      clearInterval(windower);
      const seconds = (performance.now() - started) / 1000;
      return { perSecond: total / seconds, seconds, windows };
    },
  };
}

/** Baseline: one plain undici request per task, same concurrency, same size limit, keep-alive. */
async function runBaseline() {
  const meter = startMeter('baseline');
  let next = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let n = next++; n < checks; n = next++) {
        try {
          const answer = await request(`http://127.0.0.1:${peer.port}${pathOf(n)}`);
          if (Number(answer.headers['content-length']) > MAX_BYTES) answer.body.destroy();
          else {
            let read = 0;
            for await (const chunk of answer.body) {
              read += (chunk as Buffer).length;
              if (read > MAX_BYTES) {
                answer.body.destroy();
                break;
              }
            }
          }
        } catch {
          failures += 1;
        }
        meter.count();
      }
    }),
  );
  return { ...meter.stop(), failures };
}

function* tasks(): Generator<CheckTask> {
  for (let n = 0; n < checks; n++) {
    const host = hostOf(n, hosts);
    yield { id: String(n), url: `http://${host}:${peer.port}${pathOf(n)}`, host, fingerprints };
  }
}

async function runChecks() {
  const fetcher = createSafeFetcher({
    resolver: createDnsResolver([peer.dns]),
    userAgent: 'Vigie-bench/1',
    timeoutMs: 10_000,
    maxBytes: MAX_BYTES,
    allowForTests: ['127.0.0.1'],
  });
  const byReason = new Map<string, number>();
  const unexpected = new Map<string, number>();
  const errors = new Map<string, number>();
  const meter = startMeter('checks  ');
  await runCheckPool(tasks(), {
    check: createItemChecker({ fetcher, pdqMemoSize }),
    concurrency,
    perHost,
    hostSpacingMs,
    onResult: (id, record) => {
      meter.count();
      const found = `${record.outcome} ${record.reason}`;
      byReason.set(found, (byReason.get(found) ?? 0) + 1);
      const kind = kindOf(Number(id));
      if (found !== expectedOf(kind)) {
        // A check that could not conclude (a DNS or server timeout on a busy machine) is an error to
        // count; one that concluded the wrong way is a bug.
        const tally = record.outcome === 'inconclusive' ? errors : unexpected;
        const key = `${kind} → ${found}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
    },
  });
  await fetcher.close();
  return { ...meter.stop(), byReason, unexpected, errors };
}

const baseline = await runBaseline();
const result = await runChecks();
peers.stdin.write('counts\n');
const huge = JSON.parse(await nextLine()) as { hugeStreamed: number; hugeStreamedBytes: number };

const full = result.windows;
const first = full[0];
const last = full.at(-1);
const slowest = Math.min(...full.map((w) => w.checks)) / (WINDOW_MS / 1000);
console.log(
  `baseline: plain undici, keep-alive  ${baseline.perSecond.toFixed(0).padStart(7)}/s  (${baseline.seconds.toFixed(1)} s, failures ${baseline.failures})`,
);
console.log(
  `removal checks (pool + checker)     ${result.perSecond.toFixed(0).padStart(7)}/s  (${result.seconds.toFixed(1)} s; slowest 10-s window ${slowest.toFixed(0)}/s)`,
);
console.log(`ratio to the baseline: ${(result.perSecond / baseline.perSecond).toFixed(2)}`);
console.log('outcomes by reason:');
for (const [reason, count] of [...result.byReason].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${reason.padEnd(32)} ${String(count).padStart(7)}`);
}
console.log(
  `checks concluding otherwise than their kind must: ${result.unexpected.size === 0 ? 'none' : ''}` +
    [...result.unexpected].map(([k, v]) => `\n  ${k}: ${v}`).join(''),
);
console.log(
  `errors (checks that could not conclude): ${result.errors.size === 0 ? 'none' : ''}` +
    [...result.errors].map(([k, v]) => `\n  ${k}: ${v}`).join(''),
);
console.log(
  `huge streamed answers (baseline and checks): ${huge.hugeStreamed}, ${(huge.hugeStreamedBytes / Math.max(1, huge.hugeStreamed) / MB).toFixed(1)} MB sent each on average ` +
    `(limit ${MAX_BYTES / MB} MB, a full answer ${(16 * MAX_BYTES) / MB} MB)`,
);
const flat = first && last ? last.rss <= first.rss * 1.25 + 32 * MB : false;
if (first && last) {
  console.log(
    `memory, first → last 10-s window: RSS ${(first.rss / MB).toFixed(0)} → ${(last.rss / MB).toFixed(0)} MB, ` +
      `heap ${(first.heap / MB).toFixed(0)} → ${(last.heap / MB).toFixed(0)} MB: ${flat ? 'flat' : 'GROWING'}`,
  );
}
console.log(
  `target (≥ ${TARGET} checks/s sustained, memory flat): ${result.perSecond >= TARGET && flat ? 'met' : 'missed'} (${result.perSecond.toFixed(0)}/s)`,
);

peers.stdin.end();
if (result.unexpected.size > 0) process.exitCode = 1;
