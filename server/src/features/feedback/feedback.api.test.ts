import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { deliverDueMail, mailOutbox } from '../../platform/mail/index.ts';
import { createSmtpSender } from '../../platform/mail/mail-transport.ts';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink-process.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { clearExpiredContacts, reports } from '../intake/index.ts';
import { reportMessages } from './feedback.tables.ts';

let t: TestApp;
let sink: SmtpSink;
let analyst: StaffAgent;

before(async () => {
  t = await createTestApp();
  sink = await startSmtpSink();
  analyst = await signedInStaff(t, 'analyst', { displayName: 'Camille Analyste' });
});
after(async () => {
  await sink.stop();
  await t.close();
});

let n = 0;
async function newReport(options: { language?: 'fr' | 'en'; email?: string } = {}) {
  const url = `https://reported-${++n}.example/page/${n}`;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/reports',
    payload: {
      category: 'other',
      urls: [url],
      language: options.language ?? 'fr',
      description: 'private words of the reporter',
      ...(options.email ? { contact_email: options.email } : {}),
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  const { tracking_code, secret } = res.json();
  const [row] = await t.database.db
    .select({ id: reports.id })
    .from(reports)
    .where(eq(reports.trackingCode, tracking_code));
  assert.ok(row);
  return { id: row.id, trackingCode: tracking_code as string, secret: secret as string, url };
}

const send = (agent: StaffAgent, reportId: string, payload: object) =>
  agent.inject({ method: 'POST', url: `/api/reports/${reportId}/feedback`, payload });

async function trackingPage(report: { trackingCode: string; secret: string }) {
  const res = await t.app.inject({
    url: `/api/reports/${report.trackingCode}`,
    headers: { 'x-report-secret': report.secret },
  });
  assert.equal(res.statusCode, 200);
  return res.json();
}

describe('GET /api/feedback/templates', () => {
  test('lists the pack’s templates in French and English with their resulting status', async () => {
    const res = await analyst.inject({ url: '/api/feedback/templates' });
    assert.equal(res.statusCode, 200);
    const { templates, placeholders } = res.json();
    const ids = templates.map((x: { id: string }) => x.id);
    for (const id of ['forwarded_authorities', 'removal_requested', 'not_illegal', 'out_of_scope']) {
      assert.ok(ids.includes(id), id);
    }
    for (const x of templates) {
      assert.ok(x.label.fr && x.label.en && x.body.fr && x.body.en);
    }
    const byId = Object.fromEntries(templates.map((x: { id: string }) => [x.id, x]));
    assert.equal(byId.forwarded_authorities.public_status, 'forwarded');
    assert.equal(byId.not_illegal.public_status, 'closed');
    assert.equal(byId.out_of_scope.public_status, 'closed');
    assert.match(byId.out_of_scope.body.fr, /\{helplines\}/);
    assert.deepEqual(placeholders, ['{tracking_code}', '{helplines}']);
  });

  test('is for analysts, supervisors and admins only', async () => {
    for (const role of ['liaison_officer', 'auditor'] as const) {
      const other = await signedInStaff(t, role);
      assert.equal((await other.inject({ url: '/api/feedback/templates' })).statusCode, 403, role);
    }
    assert.equal((await t.app.inject({ url: '/api/feedback/templates' })).statusCode, 401);
  });
});

describe('POST /api/reports/:report_id/feedback', () => {
  test('publishes on the tracking page in the report’s language, queues the e-mail, audits, and the mail arrives', async () => {
    const report = await newReport({ language: 'en', email: 'reporter.en@mail.example' });
    const res = await send(analyst, report.id, { template_id: 'out_of_scope' });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.email_queued, true);
    assert.equal(body.message.language, 'en');
    assert.equal(body.message.public_status, 'closed');
    assert.equal(body.message.email, 'queued');
    assert.equal(body.message.sent_by, 'Camille Analyste');
    assert.match(body.message.message, new RegExp(`your report ${report.trackingCode}`));
    assert.match(body.message.message, /3018: Online harassment/);
    assert.doesNotMatch(body.message.message, /\{/);

    const page = await trackingPage(report);
    assert.equal(page.status, 'closed');
    assert.equal(page.message, body.message.message);
    assert.ok(Date.parse(page.updated_at) >= Date.parse(page.received_at));

    const [mail] = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.state, 'queued'));
    assert.ok(mail?.recipientEnc);
    assert.doesNotMatch(mail.recipientEnc, /reporter/, 'the outbox stores the address sealed');

    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'feedback.sent'), eq(auditEvents.targetId, report.id)));
    assert.ok(audit);
    assert.equal(audit.actorStaffId, analyst.id);
    assert.deepEqual(audit.details, {
      template_id: 'out_of_scope',
      language: 'en',
      public_status: 'closed',
      edited: false,
      email_queued: true,
    });

    const delivered = await deliverDueMail({
      db: t.database.db,
      secretBox: t.app.deps.secretBox,
      send: createSmtpSender({ smtpUrl: sink.url, from: 'Vigie <no-reply@vigie.test>' }),
      log: t.app.log,
    });
    assert.equal(delivered.sent, 1);
    const received = await sink.waitFor((m) => m.to.includes('reporter.en@mail.example'));
    assert.equal(received.subject, `Your report ${report.trackingCode}: an update`);
    assert.match(received.text, /^Hello,/);
    assert.ok(received.text.includes(body.message.message), 'the e-mail carries the published message');
    assert.ok(received.text.includes(`Tracking code: ${report.trackingCode}`));
    assert.ok(
      !received.text.includes(report.url) && !received.text.includes('reported-'),
      'never the reported URL',
    );
    assert.ok(!received.text.includes('private words'), 'never the description');
    assert.equal(received.headers['content-language'], 'en');

    const history = await analyst.inject({ url: `/api/reports/${report.id}/feedback` });
    assert.equal(history.statusCode, 200);
    assert.equal(history.json().messages.length, 1);
    assert.equal(history.json().messages[0].email, 'sent');

    assert.ok(!t.logs().includes('reporter.en@mail.example'), 'the address is never logged');
  });

  test('French by default, an edited message, an explicit language; without an e-mail nothing is queued', async () => {
    const report = await newReport();
    const first = await send(analyst, report.id, { template_id: 'forwarded_authorities' });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().email_queued, false);
    assert.equal(first.json().message.email, 'none');
    assert.match(
      first.json().message.message,
      new RegExp(`Merci pour votre signalement ${report.trackingCode}`),
    );
    assert.equal((await trackingPage(report)).status, 'forwarded');

    const edited = 'Après vérification, ce contenu ne tombe pas sous le coup de la loi ({tracking_code}).';
    const second = await send(analyst, report.id, {
      template_id: 'not_illegal',
      message: edited,
      language: 'en',
    });
    assert.equal(second.statusCode, 201, second.body);
    assert.equal(second.json().message.edited, true);
    assert.equal(second.json().message.language, 'en');
    assert.equal(second.json().message.message, edited.replace('{tracking_code}', report.trackingCode));
    const page = await trackingPage(report);
    assert.equal(page.status, 'closed');
    assert.equal(page.message, second.json().message.message);

    const history = (await analyst.inject({ url: `/api/reports/${report.id}/feedback` })).json().messages;
    assert.deepEqual(
      history.map((m: { template_id: string }) => m.template_id),
      ['forwarded_authorities', 'not_illegal'],
    );
  });

  test('supervisors and admins may send; liaison officers and auditors may not', async () => {
    const report = await newReport();
    for (const role of ['supervisor', 'admin'] as const) {
      const agent = await signedInStaff(t, role);
      assert.equal(
        (await send(agent, report.id, { template_id: 'removal_requested' })).statusCode,
        201,
        role,
      );
    }
    for (const role of ['liaison_officer', 'auditor'] as const) {
      const agent = await signedInStaff(t, role);
      assert.equal(
        (await send(agent, report.id, { template_id: 'removal_requested' })).statusCode,
        403,
        role,
      );
      assert.equal((await agent.inject({ url: `/api/reports/${report.id}/feedback` })).statusCode, 403, role);
    }
  });

  test('bad input gets a clear 4xx and writes nothing', async () => {
    const report = await newReport({ email: 'quiet@mail.example' });
    const cases: [string, string, object, number, RegExp][] = [
      ['unknown template', report.id, { template_id: 'nope' }, 400, /feedback.unknown_template/],
      ['unknown report', crypto.randomUUID(), { template_id: 'not_illegal' }, 404, /report.not_found/],
      ['malformed report id', 'not-a-uuid', { template_id: 'not_illegal' }, 400, /report_id/],
      ['empty message', report.id, { template_id: 'not_illegal', message: '   ' }, 400, /empty/],
      [
        'over-long message',
        report.id,
        { template_id: 'not_illegal', message: 'x'.repeat(4001) },
        400,
        /4000/,
      ],
      ['unknown language', report.id, { template_id: 'not_illegal', language: 'de' }, 400, /language/],
      ['unknown field', report.id, { template_id: 'not_illegal', email: 'x@y.z' }, 400, /Unrecognized key/],
      [
        'a message quoting the reported URL',
        report.id,
        { template_id: 'not_illegal', message: `We looked at ${report.url.replace('https://', '')} and…` },
        400,
        /feedback.contains_reported_url/,
      ],
    ];
    for (const [name, id, payload, status, pattern] of cases) {
      const res = await send(analyst, id, payload);
      assert.equal(res.statusCode, status, `${name}: ${res.body}`);
      assert.match(res.body, pattern, name);
    }
    const rows = await t.database.db
      .select()
      .from(reportMessages)
      .where(eq(reportMessages.reportId, report.id));
    assert.equal(rows.length, 0);
    assert.equal((await trackingPage(report)).status, 'received');
    assert.equal(
      (await analyst.inject({ url: `/api/reports/${crypto.randomUUID()}/feedback` })).statusCode,
      404,
    );
  });

  test('needs the CSRF header', async () => {
    const report = await newReport();
    const res = await analyst.inject({
      method: 'POST',
      url: `/api/reports/${report.id}/feedback`,
      payload: { template_id: 'not_illegal' },
      headers: { 'x-csrf-token': 'wrong' },
    });
    assert.equal(res.statusCode, 403);
  });
});

describe('when the reporter’s address reaches the end of its retention', () => {
  test('a feedback e-mail still queued is cancelled with it, and nothing reaches SMTP', async () => {
    const expiring = await newReport({ email: 'expiring.reporter@mail.example' });
    const kept = await newReport({ email: 'kept.reporter@mail.example' });
    for (const report of [expiring, kept]) {
      const res = await send(analyst, report.id, { template_id: 'removal_requested' });
      assert.equal(res.json().message.email, 'queued', res.body);
    }
    await t.database.db
      .update(reports)
      .set({ contactExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(reports.id, expiring.id));

    assert.equal(await clearExpiredContacts(t.database.db), 1);

    const history = (await analyst.inject({ url: `/api/reports/${expiring.id}/feedback` })).json().messages;
    assert.equal(history[0].email, 'cancelled');
    const cancelled = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.state, 'cancelled'));
    assert.equal(cancelled.length, 1);
    assert.equal(cancelled[0]?.recipientEnc, null, 'the outbox copy of the address is erased too');

    const delivered = await deliverDueMail({
      db: t.database.db,
      secretBox: t.app.deps.secretBox,
      send: createSmtpSender({ smtpUrl: sink.url, from: 'Vigie <no-reply@vigie.test>' }),
      log: t.app.log,
    });
    assert.equal(delivered.sent, 1, 'only the other reporter’s mail goes');
    await sink.waitFor((m) => m.to.includes('kept.reporter@mail.example'));
    assert.ok(!sink.received.some((m) => m.to.includes('expiring.reporter@mail.example')));
    const keptHistory = (await analyst.inject({ url: `/api/reports/${kept.id}/feedback` })).json().messages;
    assert.equal(keptHistory[0].email, 'sent');
  });
});
