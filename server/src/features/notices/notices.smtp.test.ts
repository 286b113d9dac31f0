/**
 * Notices through the outbox to a real SMTP server (a local process): what arrives is parsed whole
 * (mailparser) — the text, the XARF attachment checked against the schemas, no media — and a batch
 * approved while SMTP is down arrives once each when it is back, the notices following their mail.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createSmtpSender, deliverDueMail, retryDelayMs } from '../../platform/mail/index.ts';
import { freePort } from '../../testing/server-process.ts';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink-process.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { runNoticeProposals } from './notice-proposals.ts';
import { followNoticeMail } from './notices.service.ts';
import { noticeItems, notices } from './notices.tables.ts';
import { hostContact, proposalContext, qualifiedItem } from './notices.testing.ts';
import { validateXarf } from './xarf/index.ts';

const FROM = 'Point de Contact <notices@hotline.example>';
let t: TestApp;
let analyst: StaffAgent;
before(async () => {
  t = await createTestApp({
    VIGIE_HOTLINE_NAME: 'Point de Contact',
    VIGIE_HOTLINE_EMAIL: 'notices@hotline.example',
    VIGIE_PUBLIC_URL: 'https://hotline.example',
  });
  analyst = await signedInStaff(t, 'analyst');
});
after(() => t.close());

let n = 0;
/** A CSAM item hosted in France, its host notice approved: returns the notice id and address. */
async function approvedHostNotice() {
  const address = `abuse-${++n}@smtp-host.example`;
  const item = await qualifiedItem(t, analyst.id, { country: 'FR', contacts: [hostContact(address)] });
  await runNoticeProposals(proposalContext(t));
  const hostRows = await t.database.db
    .select({ id: notices.id, kind: notices.recipientKind })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(eq(noticeItems.itemId, item.id));
  const id = hostRows.find((r) => r.kind === 'host')?.id ?? '';
  const res = await analyst.inject({ method: 'POST', url: `/api/notices/${id}/approve`, payload: {} });
  assert.equal(res.statusCode, 200, res.body);
  return { id, address, item };
}

const deliver = (smtpUrl: string, now?: Date) =>
  deliverDueMail({
    db: t.database.db,
    secretBox: t.app.deps.secretBox,
    send: createSmtpSender({ smtpUrl, from: FROM }),
    log: { warn: () => {}, error: () => {} },
    settled: followNoticeMail,
    ...(now ? { now: () => now } : {}),
  });

describe('notices sent through the outbox', () => {
  let sink: SmtpSink;
  before(async () => {
    sink = await startSmtpSink();
  });
  after(() => sink.stop());

  test('the message as received: the composed text, one xarf.json that validates, no media', async () => {
    const { id, address, item } = await approvedHostNotice();
    const result = await deliver(sink.url);
    assert.equal(result.sent, 1);
    const received = await sink.waitFor((m) => m.to.includes(address));
    const mail = await simpleParser(Buffer.from(received.raw, 'base64'));
    const [row] = await t.database.db.select().from(notices).where(eq(notices.id, id));
    assert.equal(mail.subject, row?.subject);
    assert.equal(mail.text?.trim(), row?.bodyText.trim());
    assert.ok(mail.text?.includes(item.url));
    assert.equal(mail.headers.get('content-language'), 'fr');

    assert.equal(mail.attachments.length, 1);
    const [xarf] = mail.attachments;
    assert.equal(xarf?.filename, 'xarf.json');
    assert.equal(xarf?.contentType, 'application/json');
    const report = JSON.parse(xarf?.content.toString('utf8') ?? '');
    assert.deepEqual(validateXarf(report), { ok: true });
    assert.equal(report.report_id, id);
    assert.equal(report.url, item.url);
    assert.deepEqual(report.tags, [`item:${item.id}`]);

    const raw = Buffer.from(received.raw, 'base64').toString('latin1');
    assert.doesNotMatch(raw, /content-type:\s*(image|video|audio)\//i, 'no media part');
    assert.ok(raw.length < 64 * 1024, `a notice is text: ${raw.length} bytes`);
    assert.equal(row?.state, 'sent');
    assert.ok(row?.sentAt);
  });

  test('SMTP down during a batch: each notice is sent exactly once after it comes back', async () => {
    const port = await freePort();
    const downUrl = `smtp://127.0.0.1:${port}`;
    const batch = [await approvedHostNotice(), await approvedHostNotice(), await approvedHostNotice()];
    const ids = batch.map((b) => b.id);
    const t0 = new Date();

    const first = await deliver(downUrl, t0);
    assert.equal(first.sent, 0);
    assert.equal(first.retrying, 3);
    const waiting = await t.database.db.select().from(notices).where(inArray(notices.id, ids));
    assert.ok(waiting.every((r) => r.state === 'queued'));
    const views = await Promise.all(
      ids.map(async (id) => (await analyst.inject({ url: `/api/notices/${id}` })).json().notice),
    );
    assert.ok(views.every((v) => v.delivery.attempts === 1 && v.delivery.last_error));

    // Not due yet: nothing is attempted before the retry delay.
    assert.equal((await deliver(downUrl, t0)).retrying, 0);

    const back = await startSmtpSink({ port });
    try {
      const later = new Date(t0.getTime() + retryDelayMs(1) + 1000);
      const second = await deliver(downUrl, later);
      assert.equal(second.sent, 3);
      for (const { address } of batch) await back.waitFor((m) => m.to.includes(address));
      assert.equal((await deliver(downUrl, new Date(later.getTime() + 3_600_000))).sent, 0);
      assert.equal(back.received.length, 3, 'three messages, one per notice');
      for (const { address } of batch) {
        assert.equal(back.received.filter((m) => m.to.includes(address)).length, 1, address);
      }
      const sent = await t.database.db.select().from(notices).where(inArray(notices.id, ids));
      assert.ok(sent.every((r) => r.state === 'sent' && r.sentAt));
    } finally {
      await back.stop();
    }
  });
});
