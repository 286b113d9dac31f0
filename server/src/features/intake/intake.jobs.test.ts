import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../../platform/config.ts';
import { createSecretBox } from '../../platform/crypto/secret-box.ts';
import type { Database } from '../../platform/db/database.ts';
import { createJobQueue } from '../../platform/jobs/index.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { clearExpiredContacts, registerIntakeJobs } from './intake.jobs.ts';
import { submitReport } from './intake.service.ts';
import { reports } from './intake.tables.ts';

let database: Database;
const secretBox = createSecretBox(crypto.randomBytes(32));
const DAY = 86_400_000;

before(async () => {
  database = await openTestDatabase();
});
after(async () => database.close());

async function reportWithContact(daysAgo: number, retentionDays = 30) {
  const ctx = { db: database.db, secretBox, contactRetentionDays: retentionDays };
  const body = {
    category: 'hate',
    urls: [`https://retention-${crypto.randomUUID()}.example/page`],
    language: 'fr' as const,
    contact_email: 'reporter@mail.example',
  };
  const { trackingCode } = await submitReport(ctx, body as never, {
    channel: 'web_form',
    reporterKind: 'public',
    receivedAt: new Date(Date.now() - daysAgo * DAY),
  });
  return trackingCode;
}

async function contactOf(trackingCode: string) {
  const [row] = await database.db
    .select({ enc: reports.contactEmailEnc, expires: reports.contactExpiresAt })
    .from(reports)
    .where(eq(reports.trackingCode, trackingCode));
  return row;
}

test('expired contact e-mails are erased, fresh ones kept, and a second run changes nothing', async () => {
  const expired = await reportWithContact(31);
  const fresh = await reportWithContact(29);
  assert.ok((await contactOf(expired))?.enc);

  assert.ok((await clearExpiredContacts(database.db)) >= 1);
  assert.deepEqual(await contactOf(expired), { enc: null, expires: null });
  const kept = await contactOf(fresh);
  assert.ok(kept?.enc);
  assert.equal(secretBox.open(kept.enc), 'reporter@mail.example');

  assert.equal(await clearExpiredContacts(database.db), 0);
});

test('the retention job runs when a queue with jobs on starts', async () => {
  const expired = await reportWithContact(400, 365);
  const config = loadConfig({ VIGIE_DATA_DIR: 'unused' });
  const queue = createJobQueue(database, {
    enabled: true,
    pollingIntervalSeconds: 0.5,
    log: { error() {}, warn() {} },
  });
  await registerIntakeJobs(queue, { config, database });
  await queue.start();
  try {
    const deadline = Date.now() + 15_000;
    while ((await contactOf(expired))?.enc) {
      assert.ok(Date.now() < deadline, 'the retention job did not run');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await queue.stop();
  }
});
