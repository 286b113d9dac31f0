// bench:intake — POST /api/reports over loopback against the real server (a separate `vigie start`
// process), on the embedded PGlite and on a fresh database of a real PostgreSQL server. Prints
// reports/s, p50 and p99 latency, and the same server's GET /api/health rate measured in the same
// run: the HTTP ceiling, so reports/s reads as a fraction of what the machine can serve at all.
// autocannon runs in this process and shares the CPUs with the server.
//
//   npm run bench:intake [-- --seconds 20 --connections 16 --jobs on|off --only embedded|postgres]
//   VIGIE_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server.
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { type ServerProcess, startServerProcess } from '../server/src/testing/server-process.ts';
import { countRows, createScratchDatabase } from './support/postgres.ts';
import { nextReportBody } from './support/report-bodies.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    jobs: { type: 'string', default: 'on' },
    only: { type: 'string' },
  },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const pgServer = process.env.VIGIE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TARGET = { reportsPerSecond: 1500, p99Ms: 50 };

type Row = { target: string; health: Result; reports: Result; stored?: number };

function postReports(url: string, duration: number): Promise<Result> {
  return autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/reports',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: nextReportBody() }),
      },
    ],
  });
}

async function measure(target: string, env: Record<string, string>, storedIn?: string): Promise<Row> {
  const server: ServerProcess = await startServerProcess({
    env: { VIGIE_RATE_LIMIT_REPORTS: '0', LOG_LEVEL: 'warn', VIGIE_JOBS: args.jobs ?? 'on', ...env },
  });
  try {
    process.stderr.write(`${target}: warming up… `);
    const warm = await postReports(server.url, 3);
    process.stderr.write(`health… `);
    const health = await autocannon({
      url: `${server.url}/api/health`,
      connections,
      duration: Math.max(5, seconds / 4),
    });
    process.stderr.write(`reports for ${seconds} s…\n`);
    const reports = await postReports(server.url, seconds);
    const stored = storedIn ? (await countRows(storedIn, 'reports')) - warm['2xx'] : undefined;
    return { target, health, reports, ...(stored === undefined ? {} : { stored }) };
  } finally {
    await server.stop();
  }
}

const rows: Row[] = [];
if (args.only !== 'postgres') rows.push(await measure('embedded PGlite', {}));
if (args.only !== 'embedded') {
  const scratch = await createScratchDatabase(pgServer, 'vigie_bench');
  if (scratch) {
    try {
      rows.push(await measure('PostgreSQL', { DATABASE_URL: scratch.url }, scratch.url));
    } finally {
      await scratch.drop();
    }
  }
}

const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(
  `intake benchmark — ${seconds} s, ${connections} connections, jobs ${args.jobs}, Node ${process.version}, ` +
    `${os.cpus().length} × ${cpu}, load average ${os.loadavg()[0]?.toFixed(1)} before the end`,
);
console.log(
  'target            health req/s  reports/s  of ceiling  p50 ms  p99 ms  max ms  non-2xx  errors  stored',
);
for (const { target, health, reports, stored } of rows) {
  console.log(
    [
      target.padEnd(16),
      health.requests.average.toFixed(0).padStart(13),
      reports.requests.average.toFixed(0).padStart(10),
      `${((100 * reports.requests.average) / health.requests.average).toFixed(0)} %`.padStart(11),
      String(reports.latency.p50).padStart(7),
      String(reports.latency.p99).padStart(7),
      String(reports.latency.max).padStart(7),
      String(reports.non2xx).padStart(8),
      String(reports.errors + reports.timeouts).padStart(7),
      (stored === undefined
        ? '–'
        : stored >= reports['2xx']
          ? 'all'
          : `${stored}/${reports['2xx']}`
      ).padStart(7),
    ].join(' '),
  );
}
const pgRow = rows.find((r) => r.target === 'PostgreSQL');
if (pgRow) {
  const met =
    pgRow.reports.requests.average >= TARGET.reportsPerSecond && pgRow.reports.latency.p99 < TARGET.p99Ms;
  console.log(
    `target on PostgreSQL (≥ ${TARGET.reportsPerSecond} reports/s, p99 < ${TARGET.p99Ms} ms): ${met ? 'met' : 'NOT met'}`,
  );
}
