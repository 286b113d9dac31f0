import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { freePort } from '../../testing/server-process.ts';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink-process.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { loadConfig } from '../config.ts';
import { createSecretBox } from '../crypto/secret-box.ts';
import type { Database } from '../db/database.ts';
import { createJobQueue } from '../jobs/index.ts';
import { announceQueuedMail, mailJobs } from './mail.jobs.ts';
import { mailOutbox } from './mail.tables.ts';
import { deliverDueMail, enqueueMail, retryDelayMs } from './mail-outbox.ts';
import { createSmtpSender } from './mail-transport.ts';

let database: Database;
let sink: SmtpSink;
const key = crypto.randomBytes(32);
const secretBox = createSecretBox(key);
const FROM = 'Hotline <hotline@vigie.test>';

type Logged = { level: 'warn' | 'error'; obj: object; msg?: string };
function memoryLog() {
  const entries: Logged[] = [];
  return {
    entries,
    text: () => JSON.stringify(entries),
    warn: (obj: object, msg?: string) => void entries.push({ level: 'warn', obj, msg }),
    error: (obj: object, msg?: string) => void entries.push({ level: 'error', obj, msg }),
  };
}

before(async () => {
  database = await openTestDatabase();
  sink = await startSmtpSink({ credentials: 'vigie:s3cret' });
});
after(async () => {
  await sink.stop();
  await database.close();
});

async function queue(to: string, subject: string, text = 'Bonjour,\nVotre signalement a été traité.') {
  return database.db.transaction((tx) =>
    enqueueMail(tx, {
      purpose: 'reporter_feedback',
      recipientEnc: secretBox.seal(to),
      subject,
      text,
      language: 'fr',
    }),
  );
}

async function rowOf(id: string) {
  const [row] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  assert.ok(row);
  return row;
}

test('queued mail reaches a real SMTP server (with AUTH from the URL), then the recipient is erased', async () => {
  const id = await queue('personne@exemple.test', 'Votre signalement VG-AAAA-BBBB : du nouveau');
  const log = memoryLog();
  const result = await deliverDueMail({
    db: database.db,
    secretBox,
    send: createSmtpSender({ smtpUrl: sink.url, from: FROM }),
    log,
  });
  assert.equal(result.sent, 1);
  const mail = await sink.waitFor((m) => m.subject.includes('VG-AAAA-BBBB'));
  assert.deepEqual(mail.to, ['personne@exemple.test']);
  assert.equal(mail.from, 'hotline@vigie.test');
  assert.equal(mail.user, 'vigie');
  assert.equal(mail.subject, 'Votre signalement VG-AAAA-BBBB : du nouveau');
  assert.equal(mail.text, 'Bonjour,\nVotre signalement a été traité.');
  assert.equal(mail.headers['content-language'], 'fr');
  const row = await rowOf(id);
  assert.equal(row.state, 'sent');
  assert.equal(row.recipientEnc, null);
  assert.ok(row.sentAt);
  assert.equal(log.entries.length, 0);
});

test('when SMTP is down the message stays queued, is retried later, and is delivered once it is back', async () => {
  const port = await freePort();
  const send = createSmtpSender({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM });
  const id = await queue('patient@exemple.test', 'Retry VG-DOWN-0001');
  const log = memoryLog();
  const t0 = new Date();

  const first = await deliverDueMail({ db: database.db, secretBox, send, log, now: () => t0 });
  assert.equal(first.retrying, 1);
  let row = await rowOf(id);
  assert.equal(row.state, 'queued');
  assert.equal(row.attempts, 1);
  assert.ok(row.recipientEnc, 'the sealed recipient is kept until sent');
  assert.match(row.lastError ?? '', /^E[A-Z]+/);
  assert.equal(row.nextAttemptAt.getTime(), t0.getTime() + retryDelayMs(1));
  assert.match(log.text(), /will be retried/);
  assert.doesNotMatch(log.text(), /patient@/, 'the address is never logged');

  // Not due yet: nothing is attempted before the retry delay.
  const early = await deliverDueMail({ db: database.db, secretBox, send, log, now: () => t0 });
  assert.deepEqual(early, { sent: 0, retrying: 0, givenUp: 0, waiting: 0 });

  const back = await startSmtpSink({ port });
  try {
    const later = new Date(t0.getTime() + retryDelayMs(1) + 1000);
    const second = await deliverDueMail({ db: database.db, secretBox, send, log, now: () => later });
    assert.equal(second.sent, 1);
    const mail = await back.waitFor((m) => m.subject === 'Retry VG-DOWN-0001');
    assert.deepEqual(mail.to, ['patient@exemple.test']);
    row = await rowOf(id);
    assert.equal(row.state, 'sent');
    assert.equal(row.attempts, 2);
    assert.equal(row.recipientEnc, null);
    assert.equal(back.received.length, 1, 'delivered exactly once');
  } finally {
    await back.stop();
  }
});

test('a message failing for a week is given up loudly and its recipient erased', async () => {
  const port = await freePort();
  const send = createSmtpSender({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM });
  const id = await queue('gone@exemple.test', 'Give up');
  const log = memoryLog();
  const weekLater = new Date(Date.now() + 8 * 86_400_000);
  const result = await deliverDueMail({ db: database.db, secretBox, send, log, now: () => weekLater });
  assert.equal(result.givenUp, 1);
  const row = await rowOf(id);
  assert.equal(row.state, 'failed');
  assert.equal(row.recipientEnc, null);
  assert.ok(log.entries.some((e) => e.level === 'error'));
});

test('without SMTP configured, mail stays queued with a clear warning', async () => {
  const id = await queue('waiting@exemple.test', 'No SMTP');
  const log = memoryLog();
  const result = await deliverDueMail({ db: database.db, secretBox, send: null, log });
  assert.ok(result.waiting >= 1);
  assert.match(log.text(), /VIGIE_SMTP_URL/);
  const row = await rowOf(id);
  assert.equal(row.state, 'queued');
  assert.equal(row.attempts, 0);
  assert.ok(row.recipientEnc);
  // Tidy up for the next test: this message is not for the job below.
  await database.db.delete(mailOutbox).where(eq(mailOutbox.id, id));
});

test('the mail.deliver job sends what was queued as soon as it is announced', async () => {
  const config = loadConfig({
    VIGIE_DATA_DIR: 'unused',
    VIGIE_SECRET_KEY: key.toString('base64'),
    VIGIE_SMTP_URL: sink.url,
    VIGIE_MAIL_FROM: FROM,
  });
  const jobs = createJobQueue(database, { enabled: true, pollingIntervalSeconds: 0.5, log: memoryLog() });
  await mailJobs({ log: memoryLog() })(jobs, { config, database });
  await jobs.start();
  try {
    // Let the at-start run go by, so the message below is delivered by the announcement.
    await new Promise((r) => setTimeout(r, 1500));
    const id = await queue('job@exemple.test', 'Via the job');
    announceQueuedMail();
    await sink.waitFor((m) => m.subject === 'Via the job', 20_000);
    const deadline = Date.now() + 5000;
    while ((await rowOf(id)).state !== 'sent') {
      assert.ok(Date.now() < deadline, 'the outbox row was not marked sent');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await jobs.stop();
  }
});
