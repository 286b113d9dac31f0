import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { count, max, min, sql } from 'drizzle-orm';
import { publicCategoryIds } from '../../jurisdictions/index.ts';
import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import { staff } from '../../platform/auth/index.ts';
import { loadConfig } from '../../platform/config.ts';
import { type Database, rowsOf } from '../../platform/db/database.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { findReportStatus, reports } from '../intake/index.ts';
import { runDemoCommand } from './index.ts';

let database: Database;
const config = loadConfig({
  VIGIE_DATA_DIR: 'unused',
  VIGIE_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
});
// The command closes what it opens: hand it the test database with a no-op close.
const open = async () => ({ config, database, close: async () => {} });

function capture() {
  let out = '';
  let err = '';
  const io = {
    stdout: new Writable({
      write(chunk, _encoding, done) {
        out += chunk;
        done();
      },
    }),
    stderr: new Writable({
      write(chunk, _encoding, done) {
        err += chunk;
        done();
      },
    }),
    isTTY: false,
  };
  return { io, out: () => out, err: () => err };
}

before(async () => {
  database = await openTestDatabase();
});
after(async () => database.close());

test('vigie demo fills an empty database with two years of reports across every category', async () => {
  const run = capture();
  const code = await runDemoCommand(['--reports', '2500', '--seed', '42'], run.io, open);
  assert.equal(code, 0, run.err());

  const [totals] = await database.db
    .select({ n: count(), first: min(reports.receivedAt), last: max(reports.receivedAt) })
    .from(reports);
  assert.ok(totals && totals.n >= 2000, `${totals?.n} reports`);
  const spanDays = ((totals?.last?.getTime() ?? 0) - (totals?.first?.getTime() ?? 0)) / 86_400_000;
  assert.ok(spanDays >= 700, `reports span ${spanDays.toFixed(0)} days`);

  const categories = await database.db.selectDistinct({ c: reports.claimedCategory }).from(reports);
  assert.deepEqual(categories.map((r) => r.c).sort(), [...publicCategoryIds].sort());
  const statuses = await database.db.selectDistinct({ s: reports.publicStatus }).from(reports);
  assert.ok(statuses.length >= 4, 'statuses vary with age');

  const people = await database.db.select({ role: staff.role, email: staff.email }).from(staff);
  assert.deepEqual(people.map((p) => p.role).sort(), [
    'admin',
    'analyst',
    'analyst',
    'auditor',
    'liaison_officer',
    'supervisor',
  ]);
  for (const person of people) {
    assert.match(person.email, /\.example$/);
    assert.match(run.out(), new RegExp(`${person.email}.*password \\S+ +TOTP secret [A-Z2-7]+`));
  }
  assert.match(run.out(), /otpauth:\/\/totp\//);

  const chain = await verifyAuditChain(database.db);
  assert.equal(chain.ok, true);
  assert.equal(
    chain.events,
    12,
    'six staff accounts, five directory entries and the demo itself are audited',
  );
  const directory = rowsOf<{ kind: string }>(
    await database.db.execute(sql`select kind from directory_entries order by kind`),
  );
  assert.deepEqual(
    directory.map((e) => e.kind),
    ['cdn', 'host', 'platform', 'platform', 'registrar'],
  );

  // The sample report printed for the status page really answers with its secret.
  const sample = run.out().match(/tracking code (VG-\S+), secret (\S+)/);
  assert.ok(sample, 'a sample report is printed');
  const status = await findReportStatus(database.db, sample[1] as string, sample[2] as string);
  assert.equal(status?.tracking_code, sample[1]);
});

test('a second vigie demo refuses a database that is not empty', async () => {
  const run = capture();
  const code = await runDemoCommand([], run.io, open);
  assert.equal(code, 1);
  assert.match(
    run.err(),
    /^vigie demo: the database is not empty \(\d+ reports, 6 staff accounts\)[^\n]*\n$/,
  );
  const [totals] = await database.db.select({ n: count() }).from(reports);
  assert.equal(totals?.n, 2500);
});

test('vigie demo --help explains itself; bad options exit 2', async () => {
  const help = capture();
  assert.equal(await runDemoCommand(['--help'], help.io, open), 0);
  assert.match(help.out(), /usage: vigie demo/);
  const bad = capture();
  assert.equal(await runDemoCommand(['--reports', 'many'], bad.io, open), 2);
  assert.match(bad.err(), /^vigie demo: /);
});
