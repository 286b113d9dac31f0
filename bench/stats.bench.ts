// bench:stats — the full annual report on a real PostgreSQL server at a large hotline's scale:
// 1,000,000 reports and 1,500,000 items over three growing years (the year measured holds half),
// with assessments, hosting look-ups, notices, reminders, escalations and removal monitoring,
// generated in set-based SQL on a fresh database (bench/support/stats-data.ts). Times the refresh of
// the figures' summary (the job that keeps it): from empty, with nothing changed, after a busy day's
// work, then a full recompute that must find nothing left to write. Then the year's report
// (computeStatistics, as GET /api/stats runs it) after a warm-up: median and min, each section's
// median and the slowest, the JSON's size, next to a baseline measured in the same run on the same
// database (count(*) of reports, then of items). Checks the figures against the data before
// believing the time: a fast report of wrong figures fails.
//
//   npm run bench:stats [-- --reports 1000000 --items 1500000 --year 2026 --runs 5 --keep --reuse NAME]
//   VIGIE_BENCH_PG_URL, else DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names
//   the server. --keep leaves the generated database in place (its name is printed); --reuse NAME
//   measures a kept one again without generating.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { ADVERSE } from '../server/src/features/qualification/index.ts';
import {
  computeStatistics,
  refreshStatistics,
  type SectionTimes,
  yearPeriod,
} from '../server/src/features/statistics/index.ts';
import { statsReport } from '../server/src/features/statistics/stats.schemas.ts';
import { openDatabase, rowsOf } from '../server/src/platform/db/database.ts';
import { isOneOf } from '../server/src/platform/db/value-lists.ts';
import { summariseRuns } from './support/median.ts';
import { createScratchDatabase } from './support/postgres.ts';
import {
  countStatsRows,
  generateStatsData,
  readStatsDataFacts,
  type StatsDataFacts,
  simulateDay,
} from './support/stats-data.ts';

const { values: args } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000000' },
    items: { type: 'string', default: '1500000' },
    year: { type: 'string', default: '2026' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
  },
});
const pgServer =
  process.env.VIGIE_BENCH_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const year = Number(args.year);
const runs = Number(args.runs);
const TARGET_MS = 2000;
/** The hotline's time zone, as the server's default (VIGIE_TIME_ZONE). */
const TIME_ZONE = 'Europe/Paris';
const fmt = (n: number) => n.toLocaleString('en');
const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;

let url: string;
let drop = async () => {};
let name: string;
if (args.reuse) {
  const reused = new URL(pgServer);
  reused.pathname = `/${args.reuse}`;
  url = reused.toString();
  name = args.reuse;
} else {
  const scratch = await createScratchDatabase(pgServer, 'vigie_bench_stats');
  if (!scratch) process.exit(1);
  url = scratch.url;
  drop = scratch.drop;
  name = new URL(url).pathname.slice(1);
}

const client = new pg.Client({ connectionString: url });
await client.connect();
const database = await openDatabase({ kind: 'postgres', url });
const db = database.db;
try {
  const settings = (
    await client.query(
      `select current_setting('server_version') as version, current_setting('shared_buffers') as shared_buffers,
              current_setting('work_mem') as work_mem,
              current_setting('max_parallel_workers_per_gather') as parallel`,
    )
  ).rows[0];
  console.log(
    `bench:stats — PostgreSQL ${settings.version} (shared_buffers ${settings.shared_buffers}, work_mem ${settings.work_mem}, ` +
      `${settings.parallel} parallel workers per query), ${os.cpus().length} × ${os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}, ` +
      `load average ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}, database ${name}`,
  );

  let facts: StatsDataFacts;
  if (args.reuse) {
    facts = await readStatsDataFacts(client);
    console.log(`reusing the data generated up to ${facts.end}`);
  } else {
    await database.migrate();
    // Nothing happens after now, nor after the year measured.
    const end = new Date(Math.min(Date.now() - 3_600_000, Date.UTC(year, 11, 31, 12)));
    console.log(
      `generating ${fmt(Number(args.reports))} reports and ${fmt(Number(args.items))} items over ${year - 2}–${year} ` +
        `(up to ${end.toISOString()})…`,
    );
    facts = await generateStatsData(client, {
      reports: Number(args.reports),
      items: Number(args.items),
      year,
      end,
      log: (line) => console.log(line),
    });
  }
  const rows = await countStatsRows(client);
  console.log(`rows: ${rows.map(([table, n]) => `${table} ${fmt(n)}`).join(' · ')}`);

  // The summary's refresh, as the job runs it: from empty (a new installation), then with nothing
  // changed (a quiet five minutes), then after a busy day's work on the working tables. A refresh
  // that recomputes every item must then find nothing to write: the incremental ones missed nothing.
  const refresh = async () => {
    const started = performance.now();
    const done = await refreshStatistics(db);
    return { ...done, ms: performance.now() - started };
  };
  await client.query('truncate stats_item_facts; delete from stats_refreshes');
  const full = await refresh();
  await client.query('vacuum analyze stats_item_facts'); // what autovacuum does after a bulk write
  const quiet = await refresh();
  const day = await simulateDay(client);
  const busy = await refresh();
  await client.query(`update stats_refreshes set watermark = null`);
  const recheck = await refresh();

  // Baseline: what reading the two big tables once costs on this machine and database.
  const baselineRuns: number[] = [];
  let started = 0;
  for (let i = 0; i <= runs; i++) {
    started = performance.now();
    await db.execute(sql`select count(*) from reports`);
    await db.execute(sql`select count(*) from items`);
    if (i > 0) baselineRuns.push(performance.now() - started);
  }
  const baseline = summariseRuns(baselineRuns);

  const query = { period: yearPeriod(year, TIME_ZONE), categories: [] };
  const totals: number[] = [];
  const sectionRuns: SectionTimes[] = [];
  let report = await computeStatistics(db, query);
  for (let i = 0; i < runs; i++) {
    const times: SectionTimes = {};
    started = performance.now();
    report = await computeStatistics(db, query, times);
    totals.push(performance.now() - started);
    sectionRuns.push(times);
  }
  const total = summariseRuns(totals);
  const sections = Object.keys(sectionRuns[0] ?? {})
    .map((section) => ({ section, ...summariseRuns(sectionRuns.map((t) => t[section] ?? 0)) }))
    .sort((a, b) => b.median - a.median);
  const json = JSON.stringify(report);

  // The figures must be right before the time means anything.
  const { start, end } = {
    start: sql`((${`${year}-01-01`}::date)::timestamp at time zone ${TIME_ZONE})`,
    end: sql`((${`${year + 1}-01-01`}::date)::timestamp at time zone ${TIME_ZONE})`,
  };
  const [truth] = rowsOf<{ items: number; illegal: number }>(
    await db.execute(sql`
      select count(*)::int as items,
        (count(*) filter (where ${isOneOf(sql`a.verdict`, ADVERSE)}))::int as illegal
      from items i
      left join lateral (select verdict from assessments where item_id = i.id and counts
                         order by created_at desc limit 1) a on true
      where i.first_reported_at >= ${start} and i.first_reported_at < ${end}`),
  );
  const sum = (values: number[]) => values.reduce((s, n) => s + n, 0);
  const checks: Array<[string, number, number]> = [
    ['totals.reports = reports generated in the year', report.totals.reports, facts.reportsInYear],
    ['totals.items = items of the year (working tables)', report.totals.items, truth?.items ?? -1],
    [
      'totals.illegal_items = adverse verdicts of the year (working tables)',
      report.totals.illegal_items,
      truth?.illegal ?? -1,
    ],
    [
      'sum of by_category illegal = totals.illegal_items',
      sum(report.by_category.map((c) => c.illegal)),
      report.totals.illegal_items,
    ],
    [
      'sum of by_month reports = totals.reports',
      sum(report.by_month.map((m) => m.reports)),
      report.totals.reports,
    ],
    [
      'sum of by_channel reports = totals.reports',
      sum(report.by_channel.map((c) => c.reports)),
      report.totals.reports,
    ],
    [
      'sum of service_types = totals.illegal_items',
      sum(report.service_types.map((s) => s.items)),
      report.totals.illegal_items,
    ],
    ['summary rows written by the first refresh = items', full.changed, facts.items],
    ['summary rows written again with nothing changed', quiet.changed, 0],
    ['summary rows written after the day = removals recorded', busy.changed, day.removals],
    ['summary rows a full recompute then finds to write', recheck.changed, 0],
  ];
  const shape = statsReport.safeParse(report);
  let failed = !shape.success;

  const line = (label: string, value: string) => console.log(`${label.padEnd(66)} ${value}`);
  const seconds = (n: number) => `${(n / 1000).toFixed(1).padStart(7)} s`;
  console.log('');
  line(`refresh of the summary, from empty (${fmt(full.changed)} rows written)`, seconds(full.ms));
  line('refresh, nothing changed (the five-minute job, a quiet day)', seconds(quiet.ms));
  line(
    `refresh after a day's work (${fmt(day.touched)} rows rewritten, ${fmt(busy.changed)} facts changed)`,
    seconds(busy.ms),
  );
  line(`then a full recompute, as a check (${fmt(recheck.changed)} rows to write)`, seconds(recheck.ms));
  line(
    'baseline: count(*) of reports, then of items',
    `${ms(baseline.median)}  (median of ${runs}; min ${baseline.min.toFixed(0)})`,
  );
  line(
    `annual report ${year}, full JSON (${runs} runs after a warm-up)`,
    `${ms(total.median)}  (median; min ${total.min.toFixed(0)}, max ${total.max.toFixed(0)}) ` +
      `= ${(total.median / baseline.median).toFixed(1)} × the baseline`,
  );
  const slowest = sections[0];
  if (slowest)
    line('slowest section (sections run at once)', `${ms(slowest.median)}  (${slowest.section}, median)`);
  console.log(
    `sections, median ms: ${sections.map((s) => `${s.section} ${s.median.toFixed(0)}`).join(' · ')}`,
  );
  console.log(
    `report JSON: ${fmt(Buffer.byteLength(json))} bytes; ${fmt(report.totals.reports)} reports, ${fmt(report.totals.items)} items, ` +
      `${fmt(report.totals.illegal_items)} illegal, ${fmt(report.removal.notified)} notified, ` +
      `${fmt(report.host_notices.notices)} notices to hosts, ${fmt(report.dsa.notices)} DSA notices`,
  );
  console.log(
    `checks:${shape.success ? '' : `\n  the report does not match its schema: ${shape.error.message}`}`,
  );
  for (const [label, got, expected] of checks) {
    const ok = got === expected;
    failed ||= !ok;
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${label}: ${fmt(got)}${ok ? '' : ` (expected ${fmt(expected)})`}`);
  }
  const met = total.median < TARGET_MS;
  console.log(
    `target (report < ${TARGET_MS / 1000} s): ${met ? 'met' : 'missed'} (${(total.median / 1000).toFixed(2)} s)`,
  );
  process.exitCode = failed || !met ? 1 : 0;
} finally {
  await database.close();
  await client.end();
  if (args.keep || args.reuse)
    console.log(`database kept: ${name} (measure it again with -- --reuse ${name})`);
  else await drop();
}
