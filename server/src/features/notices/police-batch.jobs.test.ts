import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { OpenConfigured } from '../../platform/auth/admin-create.command.ts';
import type { StaffAgent } from '../../platform/auth/auth.testing.ts';
import { signedInStaff } from '../../platform/auth/auth.testing.ts';
import { parseCsv } from '../../platform/csv.testing.ts';
import type { JobQueue } from '../../platform/jobs/index.ts';
import { captureCli } from '../../testing/cli-capture.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { localDate, localIsoTime } from './local-time.ts';
import { runNoticeProposals } from './notice-proposals.ts';
import { hostContact, proposalContext, qualifiedItem } from './notices.testing.ts';
import { runNoticesBatchCommand } from './police-batch.command.ts';
import { POLICE_BATCH_JOB, registerPoliceBatchJobs } from './police-batch.jobs.ts';
import { prepareDailyPoliceBatch } from './police-batch.service.ts';
import { policeBatches, policeBatchNotices } from './police-batch.tables.ts';

let t: TestApp;
let analyst: StaffAgent;
before(async () => {
  t = await createTestApp({
    VIGIE_HOTLINE_EMAIL: 'notices@hotline.example',
    VIGIE_TIME_ZONE: 'Europe/Paris',
    VIGIE_POLICE_BATCH_HOUR: '7',
  });
  analyst = await signedInStaff(t, 'analyst');
});
after(() => t.close());

/** A queued police portal notice (CSAM, hosted in France): approved by the system. */
async function queuedPortalNotice() {
  await qualifiedItem(t, analyst.id, {
    country: 'FR',
    contacts: [hostContact(`abuse-${crypto.randomUUID()}@host.example`)],
  });
  await runNoticeProposals(proposalContext(t));
}

const at = (iso: string) => ({
  db: t.database.db,
  timeZone: 'Europe/Paris',
  notifier: t.config.notifier,
  now: () => new Date(iso),
});

const batchCount = async () => (await t.database.db.select().from(policeBatches)).length;

test('the daily run: from 07:00 Paris time, once a day, a new batch the next day, none for an empty day', async () => {
  await queuedPortalNotice();
  await queuedPortalNotice();
  // 06:30 in Paris (summer time, UTC+2): not yet.
  assert.equal(await prepareDailyPoliceBatch(at('2030-06-10T04:30:00Z'), 7), null);
  assert.equal(await batchCount(), 0);

  const day1 = await prepareDailyPoliceBatch(at('2030-06-10T05:00:30Z'), 7);
  assert.ok(day1);
  assert.equal(day1.date, '2030-06-10');
  assert.equal(day1.number, 1);
  assert.equal(day1.notice_count, 2);
  assert.equal(day1.item_count, 2);
  assert.equal(day1.prepared.by, null, 'prepared by the job');

  // Later that day (a restart): the day's batch exists; what came since waits for tomorrow.
  await queuedPortalNotice();
  assert.equal(await prepareDailyPoliceBatch(at('2030-06-10T07:00:00Z'), 7), null);
  assert.equal(await batchCount(), 1);

  const day2 = await prepareDailyPoliceBatch(at('2030-06-11T05:01:00Z'), 7);
  assert.ok(day2);
  assert.equal(day2.date, '2030-06-11');
  assert.equal(day2.number, 1);
  assert.equal(day2.item_count, 1, 'only the new one');
  const links = await t.database.db
    .select()
    .from(policeBatchNotices)
    .where(eq(policeBatchNotices.batchId, day2.id));
  assert.equal(links.length, 1);

  // An empty day makes no batch.
  assert.equal(await prepareDailyPoliceBatch(at('2030-06-12T05:01:00Z'), 7), null);
  assert.equal(await batchCount(), 2);
});

test('two processes running the day’s job at once make one batch', async () => {
  await queuedPortalNotice();
  const results = await Promise.all([
    prepareDailyPoliceBatch(at('2030-06-13T05:00:00Z'), 7),
    prepareDailyPoliceBatch(at('2030-06-13T05:00:01Z'), 7),
  ]);
  assert.equal(results.filter(Boolean).length, 1);
});

test('registered daily at the configured hour in the configured time zone, and at start', async () => {
  const scheduled: { name: string; cron: string; options: object | undefined }[] = [];
  const registered: string[] = [];
  const queue = {
    enabled: true,
    start: async () => {},
    stop: async () => {},
    send: async () => null,
    register: async (name: string) => void registered.push(name),
    schedule: async (name: string, cron: string, options?: object) =>
      void scheduled.push({ name, cron, options }),
  } as unknown as JobQueue;
  await registerPoliceBatchJobs(queue, { config: t.config, database: t.database });
  assert.deepEqual(registered, [POLICE_BATCH_JOB]);
  assert.deepEqual(scheduled, [
    { name: POLICE_BATCH_JOB, cron: '0 7 * * *', options: { alsoAtStart: true, timeZone: 'Europe/Paris' } },
  ]);
});

test('local dates and times follow the time zone and its summer time', () => {
  assert.equal(localDate(new Date('2030-06-10T22:30:00Z'), 'Europe/Paris'), '2030-06-11');
  assert.equal(localIsoTime(new Date('2030-06-10T22:30:00Z'), 'Europe/Paris'), '2030-06-11T00:30:00+02:00');
  assert.equal(localIsoTime(new Date('2030-01-10T22:30:00Z'), 'Europe/Paris'), '2030-01-10T23:30:00+01:00');
  assert.equal(localIsoTime(new Date('2030-01-10T22:30:00Z'), 'UTC'), '2030-01-10T22:30:00+00:00');
});

test('vigie notices batch prints a date’s batch as CSV or JSON; bad arguments exit 2', async () => {
  const open: OpenConfigured = async () => ({
    config: t.config,
    database: t.database,
    close: async () => {},
  });
  const run = (argv: string[]) => captureCli((io) => runNoticesBatchCommand(argv, io, open));
  const json = await run(['--date', '2030-06-10', '--format', 'json']);
  assert.equal(json.code, 0, json.stderr);
  const data = JSON.parse(json.stdout);
  assert.equal(data.batch.date, '2030-06-10');
  assert.equal(data.rows.length, 2);
  const csv = await run(['--date', '2030-06-10', '--format', 'csv']);
  assert.equal(csv.code, 0, csv.stderr);
  assert.equal(parseCsv(csv.stdout.slice(1)).length, 3, 'header and two rows');
  assert.equal((await run(['--date', '2030-06-10'])).code, 2);
  assert.equal((await run(['--date', '10/06/2030', '--format', 'csv'])).code, 2);
  const none = await run(['--date', '2031-01-01', '--format', 'csv']);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no police batch on 2031-01-01/);
});
