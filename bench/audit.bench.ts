// bench:audit — what the audit log's one advisory lock costs. N concurrent writers on a fresh
// database of a real PostgreSQL server each run the shape of a staff action in a loop (update the
// writer's own row, then record it), once with `appendAuditEvent` (lock, read the head, HMAC, insert)
// and once with a plain insert of the same row into an unchained table (no lock): the baseline
// measured in the same run. Prints actions/s, p50 and p99 per writer count, then checks the chain.
//
//   npm run bench:audit [-- --seconds 5 --writers 1,4,16]
//   VIGIE_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server.
import crypto from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { appendAuditEvent, verifyAuditChain } from '../server/src/platform/audit/audit.service.ts';
import { configureAuditChain } from '../server/src/platform/audit/audit-keys.ts';
import { type Database, openDatabase, rowsOf, type Tx } from '../server/src/platform/db/database.ts';
import { createScratchDatabase } from './support/postgres.ts';

const { values: args } = parseArgs({
  options: { seconds: { type: 'string', default: '5' }, writers: { type: 'string', default: '1,4,16' } },
});
const seconds = Number(args.seconds);
const writerCounts = String(args.writers).split(',').map(Number);
const pgServer = process.env.VIGIE_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Recorder = (tx: Tx, staffId: string, n: number) => Promise<unknown>;
const recorders: [string, Recorder][] = [
  [
    'plain insert, no lock',
    (tx, staffId, n) =>
      tx.execute(sql`insert into bench_unchained (actor_staff_id, action, target_id, details)
                     values (${staffId}, 'item.claimed', ${String(n)}, '{}'::jsonb)`),
  ],
  [
    'appendAuditEvent (lock)',
    (tx, staffId, n) =>
      appendAuditEvent(tx, {
        actorStaffId: staffId,
        actorLabel: 'bench',
        action: 'item.claimed',
        targetType: 'item',
        targetId: String(n),
      }),
  ],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(database: Database, staffIds: string[], writers: number, record: Recorder) {
  const samples: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    staffIds.slice(0, writers).map(async (staffId) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const start = performance.now();
        await database.db.transaction(async (tx) => {
          await tx.execute(sql`update staff set display_name = display_name where id = ${staffId}`);
          await record(tx, staffId, n);
        });
        samples.push(performance.now() - start);
      }
    }),
  );
  samples.sort((a, b) => a - b);
  return { perSecond: samples.length / seconds, p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

const scratch = await createScratchDatabase(pgServer, 'vigie_bench');
if (!scratch) process.exit(1);
const maxWriters = Math.max(...writerCounts);
const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: maxWriters });
configureAuditChain(crypto.randomBytes(32));
try {
  await database.migrate();
  await database.db.execute(sql`
    insert into staff (email, display_name, role)
    select 'writer' || g || '@bench.test', 'Writer ' || g, 'analyst' from generate_series(1, ${maxWriters}) g`);
  await database.db.execute(sql`
    create table bench_unchained (id bigserial primary key, at timestamptz not null default now(),
      actor_staff_id uuid, action text not null, target_id text, details jsonb not null)`);
  const staffIds = rowsOf<{ id: string }>(await database.db.execute(sql`select id from staff`)).map(
    (r) => r.id,
  );

  const rows: { writers: number; name: string; perSecond: number; p50: number; p99: number }[] = [];
  for (const writers of writerCounts) {
    for (const [name, record] of recorders) {
      process.stderr.write(`${writers} writers, ${name}… `);
      rows.push({ writers, name, ...(await measure(database, staffIds, writers, record)) });
    }
  }
  process.stderr.write('\n');
  const chain = await verifyAuditChain(database.db);

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(
    `bench:audit — PostgreSQL, ${seconds} s per run, Node ${process.version}, ${os.cpus().length} × ${cpu}, ` +
      `load average ${os.loadavg()[0]?.toFixed(1)} at the end`,
  );
  console.log('writers  recorder                   actions/s   p50 ms   p99 ms   ×baseline (actions/s)');
  for (const r of rows) {
    const baseline = rows.find((b) => b.writers === r.writers && b.name === recorders[0]?.[0]);
    console.log(
      [
        String(r.writers).padStart(7),
        r.name.padEnd(25),
        r.perSecond.toFixed(0).padStart(10),
        r.p50.toFixed(2).padStart(8),
        r.p99.toFixed(2).padStart(8),
        (baseline ? r.perSecond / baseline.perSecond : Number.NaN).toFixed(2).padStart(11),
      ].join('  '),
    );
  }
  console.log(
    chain.ok ? `audit chain intact: ${chain.events} events` : `audit chain BROKEN at #${chain.brokenSeq}`,
  );
  process.exitCode = chain.ok ? 0 : 1;
} finally {
  await database.close();
  // pg's pool.end() resolves once it has asked its connections to close, not once they have: give
  // them a moment, or the forced drop below kills one and its pool reports an unhandled error.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await scratch.drop();
}
