import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { type StaffAgent, signedInStaff } from '../auth/auth.testing.ts';
import { createJobQueue, JOB_QUEUE_SCHEMA, type JobQueue } from '../jobs/job-queue.ts';
import { mailOutbox } from '../mail/index.ts';
import type { OperationsHealth } from './operations.schemas.ts';

let t: TestApp;
let admin: StaffAgent;
const queues: JobQueue[] = [];
before(async () => {
  t = await createTestApp();
  admin = await signedInStaff(t, 'admin');
});
after(async () => {
  for (const queue of queues) await queue.stop();
  await t.close();
});

const health = async (): Promise<OperationsHealth> => {
  const res = await admin.inject({ method: 'GET', url: '/api/operations/health' });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

test('on a database where no process has run jobs yet, the admin is told so; an empty outbox is fine', async () => {
  const answer = await health();
  assert.deepEqual(answer.problems, [{ code: 'jobs.not_installed' }]);
  assert.equal(answer.jobs.runs_here, false);
  assert.deepEqual(answer.jobs.queues, []);
  assert.equal(answer.outbox.status, 'ok');
  assert.equal(answer.outbox.queued, 0);
  assert.equal(answer.outbox.smtp_configured, false);
});

test('a queue whose work waits with no worker is stalled; a failed job is shown with its error', async () => {
  const quiet = { error: () => {}, warn: () => {} };
  // One process works jobs; the other only stores them (VIGIE_JOBS=off), so its queue waits.
  const worker = createJobQueue(t.database, { enabled: true, pollingIntervalSeconds: 0.5, log: quiet });
  const sender = createJobQueue(t.database, { enabled: false, log: quiet });
  queues.push(worker, sender);
  let failures = 0;
  await worker.register(
    'test.broken',
    async () => {
      failures += 1;
      throw new Error('the directory answered 503\nstack line');
    },
    { retryLimit: 0 },
  );
  await worker.register('test.fine', async () => {});
  await sender.register('test.idle', async () => {});
  await worker.start();
  await sender.start();
  await worker.send('test.broken', {});
  await sender.send('test.idle', {});
  await t.database.db.execute(
    sql`update ${sql.identifier(JOB_QUEUE_SCHEMA)}.job set created_on = ${minutesAgo(20)} where name = 'test.idle'`,
  );
  const deadline = Date.now() + 15_000;
  let answer = await health();
  while (!answer.jobs.queues.some((q) => q.name === 'test.broken' && q.failed_24h === 1)) {
    assert.ok(Date.now() < deadline, `the broken job did not fail in time (${failures} runs)`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    answer = await health();
  }

  const byName = Object.fromEntries(answer.jobs.queues.map((q) => [q.name, q]));
  assert.equal(byName['test.broken']?.status, 'warning');
  assert.equal(byName['test.broken']?.last_error, 'the directory answered 503');
  assert.equal(byName['test.idle']?.status, 'warning');
  assert.equal(byName['test.idle']?.waiting, 1);
  assert.equal(byName['test.fine']?.status, 'ok');
  assert.equal(byName['test.fine']?.waiting, 0);
  assert.ok(
    !answer.jobs.queues.some((q) => q.name.startsWith('__pgboss__')),
    'pg-boss’s own queue is not shown',
  );
  assert.deepEqual(answer.problems, [
    { code: 'jobs.stalled', queues: ['test.idle'] },
    { code: 'jobs.failed', queues: ['test.broken'] },
  ]);
  assert.equal(answer.status, 'warning');
});

test('mail waiting without SMTP, retrying with an error, and given up are each reported', async () => {
  const message = { purpose: 'notice' as const, subject: 's', bodyText: 'b', language: 'fr' as const };
  await t.database.db.insert(mailOutbox).values([
    {
      ...message,
      state: 'queued',
      createdAt: minutesAgo(40),
      nextAttemptAt: minutesAgo(5),
      attempts: 3,
      lastError: 'ECONNREFUSED',
    },
    { ...message, state: 'failed', createdAt: minutesAgo(3 * 24 * 60), nextAttemptAt: minutesAgo(60) },
    { ...message, state: 'sent', createdAt: minutesAgo(90), sentAt: minutesAgo(80) },
  ]);
  const answer = await health();
  assert.equal(answer.outbox.status, 'warning');
  assert.equal(answer.outbox.queued, 1);
  assert.equal(answer.outbox.due, 1);
  assert.equal(answer.outbox.retrying, 1);
  assert.equal(answer.outbox.failed_7d, 1);
  assert.equal(answer.outbox.sent_24h, 1);
  assert.equal(answer.outbox.last_error, 'ECONNREFUSED');
  assert.deepEqual(
    answer.problems.filter((p) => p.code.startsWith('outbox.')),
    [{ code: 'outbox.no_smtp' }, { code: 'outbox.retrying' }, { code: 'outbox.failed' }],
  );
});

test('with SMTP configured, mail due for more than a quarter of an hour is stalled', async () => {
  const withSmtp = await createTestApp({ VIGIE_SMTP_URL: 'smtp://127.0.0.1:2525' });
  try {
    await withSmtp.database.db.insert(mailOutbox).values({
      purpose: 'reporter_feedback',
      subject: 's',
      bodyText: 'b',
      language: 'en',
      createdAt: minutesAgo(30),
      nextAttemptAt: minutesAgo(30),
    });
    const res = await (await signedInStaff(withSmtp, 'admin')).inject({
      method: 'GET',
      url: '/api/operations/health',
    });
    const answer: OperationsHealth = res.json();
    assert.equal(answer.outbox.smtp_configured, true);
    assert.deepEqual(
      answer.problems.filter((p) => p.code.startsWith('outbox.')),
      [{ code: 'outbox.stalled' }],
    );
  } finally {
    await withSmtp.close();
  }
});
