import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { deliverDueMail, mailOutbox } from '../../platform/mail/index.ts';
import { createSmtpSender } from '../../platform/mail/mail-transport.ts';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink-process.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { clearExpiredContacts, reportItems, reports } from '../intake/index.ts';
import { followNoticeMail, noticeItems, notices, runNoticeProposals } from '../notices/index.ts';
import { hostContact, proposalContext } from '../notices/notices.testing.ts';
import { reportMessages } from './feedback.tables.ts';

let t: TestApp;
let sink: SmtpSink;
let analyst: StaffAgent;

before(async () => {
  // Notices need the hotline's identity (their XARF reports name it).
  t = await createTestApp({
    VIGIE_HOTLINE_NAME: 'Point de Contact',
    VIGIE_HOTLINE_EMAIL: 'notices@hotline.example',
  });
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
    .select({ id: reports.id, itemId: reportItems.itemId })
    .from(reports)
    .innerJoin(reportItems, eq(reportItems.reportId, reports.id))
    .where(eq(reports.trackingCode, tracking_code));
  assert.ok(row);
  return {
    id: row.id,
    itemId: row.itemId,
    trackingCode: tracking_code as string,
    secret: secret as string,
    url,
  };
}

/** The item's assessment, as qualification leaves it ('final' counts; 'pending_second' waits for four eyes). */
async function giveVerdict(
  itemId: string,
  verdict: string,
  options: { status?: string; category?: string; legalBases?: string[] } = {},
) {
  await t.database.db.execute(sql`
    insert into assessments (item_id, staff_id, category, legal_bases, verdict, details, status)
    values (${itemId}, ${analyst.id}, ${options.category ?? 'other'},
      ${JSON.stringify(options.legalBases ?? [])}::jsonb, ${verdict}, '{}'::jsonb, ${options.status ?? 'final'})`);
}

/** An illegal CSAM verdict hosted in France: routing proposes a host notice and a police portal one. */
async function illegalWithNotices(itemId: string, url: string) {
  await giveVerdict(itemId, 'illegal', {
    category: 'child_sexual_abuse_material',
    legalBases: ['FR-CP-227-23'],
  });
  const host = new URL(url).hostname;
  const lookup = {
    url,
    normalized_url: url,
    host,
    registrable_domain: host,
    cnames: [],
    ips: ['192.0.2.10'],
    asn: 64500,
    as_name: 'EXAMPLE-AS',
    country: 'FR',
    cdn: null,
    abuse_contacts: [hostContact(`abuse@${host}`)],
    problems: [],
    looked_up_at: new Date().toISOString(),
    databases: { country: null, asn: null },
  };
  await t.database.db.execute(sql`
    with record as (
      insert into hosting_records (item_id, looked_up_at, reason, country, asn, lookup)
      values (${itemId}, now(), 'new_item', 'FR', 64500, ${JSON.stringify(lookup)}::jsonb) returning id)
    insert into item_hosting (item_id, state, due_at, latest_record_id, country)
    select ${itemId}, 'done', null, id, 'FR' from record
    on conflict (item_id) do update set state = 'done', due_at = null,
      latest_record_id = excluded.latest_record_id, country = excluded.country`);
  await runNoticeProposals(proposalContext(t));
  const rows = await t.database.db
    .select({ id: notices.id, kind: notices.recipientKind })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(eq(noticeItems.itemId, itemId));
  return {
    host: rows.find((r) => r.kind === 'host')?.id ?? assert.fail('no host notice'),
    portal: rows.find((r) => r.kind === 'police_portal')?.id ?? assert.fail('no police portal notice'),
  };
}

const send = (agent: StaffAgent, reportId: string, payload: object) =>
  agent.inject({ method: 'POST', url: `/api/reports/${reportId}/feedback`, payload });

const options = async (itemId: string) => {
  const res = await analyst.inject({ url: `/api/items/${itemId}/feedback` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};
const offered = (body: { templates: { id: string; offered: boolean }[] }) =>
  body.templates.filter((x) => x.offered).map((x) => x.id);

async function trackingPage(report: { trackingCode: string; secret: string }) {
  const res = await t.app.inject({
    url: `/api/reports/${report.trackingCode}`,
    headers: { 'x-report-secret': report.secret },
  });
  assert.equal(res.statusCode, 200);
  return res.json();
}

describe('GET /api/feedback/templates', () => {
  test('lists the pack’s templates in French and English with the outcomes they tell', async () => {
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
    assert.deepEqual(byId.forwarded_authorities.outcomes, ['transmitted_to_police']);
    assert.deepEqual(byId.removal_requested.outcomes, ['removal_requested']);
    assert.deepEqual(byId.not_illegal.outcomes, ['not_illegal']);
    assert.deepEqual(byId.out_of_scope.outcomes, ['out_of_scope']);
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
    await giveVerdict(report.itemId, 'out_of_scope');
    const res = await send(analyst, report.id, { item_id: report.itemId, template_id: 'out_of_scope' });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.email_queued, true);
    assert.equal(body.message.language, 'en');
    assert.equal(body.message.public_status, 'closed');
    assert.equal(body.message.item_id, report.itemId);
    assert.equal(body.message.item_status, 'out_of_scope');
    assert.equal(body.message.email, 'queued');
    assert.equal(body.message.sent_by, 'Camille Analyste');
    assert.match(body.message.message, new RegExp(`your report ${report.trackingCode}`));
    assert.match(body.message.message, /3018: Online harassment/);
    assert.doesNotMatch(body.message.message, /\{/);

    const page = await trackingPage(report);
    assert.equal(page.status, 'closed');
    assert.equal(page.message, null, 'no report-wide message any more');
    assert.deepEqual(page.addresses, [{ number: 1, status: 'out_of_scope', message: body.message.message }]);
    assert.deepEqual([page.handled, page.total], [1, 1]);
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
      item_id: report.itemId,
      item_status: 'out_of_scope',
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

    const itemHistory = (await analyst.inject({ url: `/api/items/${report.itemId}/history` })).json();
    const sent = itemHistory.entries.filter((e: { action?: string }) => e.action === 'feedback.sent');
    assert.equal(sent.length, 1, 'the item’s history shows the feedback sent about it');
    assert.equal(sent[0].actor_label, audit.actorLabel);

    assert.ok(!t.logs().includes('reporter.en@mail.example'), 'the address is never logged');
  });

  test('French by default, an edited message, an explicit language; without an e-mail nothing is queued', async () => {
    const report = await newReport();
    await giveVerdict(report.itemId, 'not_illegal');
    const first = await send(analyst, report.id, { item_id: report.itemId, template_id: 'not_illegal' });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().email_queued, false);
    assert.equal(first.json().message.email, 'none');
    assert.match(
      first.json().message.message,
      new RegExp(`Merci pour votre signalement ${report.trackingCode}`),
    );
    assert.equal((await trackingPage(report)).status, 'closed');

    const edited = 'Après vérification, ce contenu ne tombe pas sous le coup de la loi ({tracking_code}).';
    const second = await send(analyst, report.id, {
      item_id: report.itemId,
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
    assert.equal(page.addresses[0].message, second.json().message.message, 'the latest message shows');

    const history = (await analyst.inject({ url: `/api/reports/${report.id}/feedback` })).json().messages;
    assert.deepEqual(
      history.map((m: { template_id: string }) => m.template_id),
      ['not_illegal', 'not_illegal'],
    );
  });

  test('supervisors and admins may send; liaison officers and auditors may not', async () => {
    const report = await newReport();
    await giveVerdict(report.itemId, 'not_illegal');
    const payload = { item_id: report.itemId, template_id: 'not_illegal' };
    for (const role of ['supervisor', 'admin'] as const) {
      const agent = await signedInStaff(t, role);
      assert.equal((await send(agent, report.id, payload)).statusCode, 201, role);
    }
    for (const role of ['liaison_officer', 'auditor'] as const) {
      const agent = await signedInStaff(t, role);
      assert.equal((await send(agent, report.id, payload)).statusCode, 403, role);
      assert.equal((await agent.inject({ url: `/api/reports/${report.id}/feedback` })).statusCode, 403, role);
    }
  });

  test('bad input gets a clear 4xx and writes nothing', async () => {
    const report = await newReport({ email: 'quiet@mail.example' });
    await giveVerdict(report.itemId, 'not_illegal');
    const item_id = report.itemId;
    const other = await newReport();
    const cases: [string, string, object, number, RegExp][] = [
      ['unknown template', report.id, { item_id, template_id: 'nope' }, 400, /feedback.unknown_template/],
      [
        'unknown report',
        crypto.randomUUID(),
        { item_id, template_id: 'not_illegal' },
        404,
        /report.not_found/,
      ],
      ['malformed report id', 'not-a-uuid', { item_id, template_id: 'not_illegal' }, 400, /report_id/],
      ['no item', report.id, { template_id: 'not_illegal' }, 400, /item_id/],
      [
        'another report’s item',
        report.id,
        { item_id: other.itemId, template_id: 'not_illegal' },
        400,
        /feedback.item_not_reported/,
      ],
      [
        'a template for another outcome',
        report.id,
        { item_id, template_id: 'removal_requested' },
        409,
        /feedback.template_does_not_fit/,
      ],
      ['empty message', report.id, { item_id, template_id: 'not_illegal', message: '   ' }, 400, /empty/],
      [
        'over-long message',
        report.id,
        { item_id, template_id: 'not_illegal', message: 'x'.repeat(4001) },
        400,
        /4000/,
      ],
      [
        'unknown language',
        report.id,
        { item_id, template_id: 'not_illegal', language: 'de' },
        400,
        /language/,
      ],
      [
        'unknown field',
        report.id,
        { item_id, template_id: 'not_illegal', email: 'x@y.z' },
        400,
        /Unrecognized key/,
      ],
      [
        'a message quoting the reported URL',
        report.id,
        {
          item_id,
          template_id: 'not_illegal',
          message: `We looked at ${report.url.replace('https://', '')} and…`,
        },
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
    assert.equal((await trackingPage(report)).addresses[0].message, null);
    assert.equal(
      (await analyst.inject({ url: `/api/reports/${crypto.randomUUID()}/feedback` })).statusCode,
      404,
    );
    assert.equal(
      (await analyst.inject({ url: `/api/items/${crypto.randomUUID()}/feedback` })).statusCode,
      404,
    );
  });

  test('needs the CSRF header', async () => {
    const report = await newReport();
    const res = await analyst.inject({
      method: 'POST',
      url: `/api/reports/${report.id}/feedback`,
      payload: { item_id: report.itemId, template_id: 'not_illegal' },
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
      await giveVerdict(report.itemId, 'not_illegal');
      const res = await send(analyst, report.id, { item_id: report.itemId, template_id: 'not_illegal' });
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

describe('feedback follows the facts', () => {
  test('nothing before the verdict is final (409); then only the templates of the item’s outcome', async () => {
    const report = await newReport();
    const before = await options(report.itemId);
    assert.equal(before.status, 'received');
    assert.equal(before.verdict_final, false);
    assert.deepEqual(offered(before), []);
    assert.ok(before.templates.every((x: { unfit: string }) => x.unfit === 'verdict_not_final'));
    const early = await send(analyst, report.id, { item_id: report.itemId, template_id: 'not_illegal' });
    assert.equal(early.statusCode, 409, early.body);
    assert.equal(early.json().error.code, 'feedback.verdict_not_final');

    // Four eyes pending: still not final.
    await giveVerdict(report.itemId, 'not_illegal', { status: 'pending_second' });
    assert.equal((await options(report.itemId)).status, 'under_review');
    const pending = await send(analyst, report.id, { item_id: report.itemId, template_id: 'not_illegal' });
    assert.equal(pending.json().error.code, 'feedback.verdict_not_final');
    assert.equal((await trackingPage(report)).status, 'under_analysis');

    await t.database.db.execute(sql`
      update assessments set status = 'confirmed' where item_id = ${report.itemId}`);
    const after = await options(report.itemId);
    assert.equal(after.status, 'not_illegal');
    assert.deepEqual(offered(after), ['not_illegal']);
    const why = Object.fromEntries(
      after.templates.map((x: { id: string; unfit: string }) => [x.id, x.unfit]),
    );
    assert.equal(why.removal_requested, 'other_outcome');
  });

  test('an illegal verdict waits for a notice to leave; then the police, then the host, per address', async () => {
    const report = await newReport({ language: 'en' });
    const { host, portal } = await illegalWithNotices(report.itemId, report.url);
    const waiting = await options(report.itemId);
    assert.equal(waiting.status, 'under_review');
    assert.deepEqual(offered(waiting), []);
    const why = Object.fromEntries(
      waiting.templates.map((x: { id: string; unfit: string }) => [x.id, x.unfit]),
    );
    assert.equal(why.forwarded_authorities, 'no_notice_sent');
    assert.equal(why.removal_requested, 'no_notice_sent');
    assert.equal(why.content_removed, 'not_removed_yet');
    assert.equal(
      (
        await send(analyst, report.id, { item_id: report.itemId, template_id: 'forwarded_authorities' })
      ).json().error.code,
      'feedback.template_does_not_fit',
    );

    const liaison = await signedInStaff(t, 'liaison_officer');
    const state = async (id: string) =>
      (await liaison.inject({ url: `/api/notices/${id}` })).json().notice.state;
    if ((await state(portal)) === 'proposed') {
      const approved = await analyst.inject({
        method: 'POST',
        url: `/api/notices/${portal}/approve`,
        payload: {},
      });
      assert.equal(approved.statusCode, 200, approved.body);
    }
    const marked = await liaison.inject({
      method: 'POST',
      url: `/api/notices/${portal}/mark-sent`,
      payload: {},
    });
    assert.equal(marked.statusCode, 200, marked.body);
    const police = await options(report.itemId);
    assert.equal(police.status, 'transmitted_to_police');
    assert.deepEqual(offered(police), ['forwarded_authorities']);
    const told = await send(analyst, report.id, {
      item_id: report.itemId,
      template_id: 'forwarded_authorities',
    });
    assert.equal(told.statusCode, 201, told.body);
    assert.equal(told.json().message.public_status, 'forwarded');
    assert.equal(told.json().message.item_status, 'transmitted_to_police');

    const englishPage = await statusPage(report, 'en');
    assert.match(englishPage, /Address 1:/);
    assert.match(englishPage, /Transmitted to the police/);
    assert.match(englishPage, /1 of 1|Your address has been handled/);

    assert.equal(
      (await analyst.inject({ method: 'POST', url: `/api/notices/${host}/approve`, payload: {} })).statusCode,
      200,
    );
    await deliverDueMail({
      db: t.database.db,
      secretBox: t.app.deps.secretBox,
      send: async () => {},
      log: t.app.log,
      settled: followNoticeMail,
    });
    const both = await options(report.itemId);
    assert.equal(both.status, 'removal_requested');
    assert.deepEqual(offered(both).sort(), ['forwarded_authorities', 'removal_requested']);
    const page = await trackingPage(report);
    assert.equal(page.status, 'forwarded');
    assert.equal(page.addresses[0].status, 'removal_requested');

    const frenchPage = await statusPage(report, 'fr');
    assert.match(frenchPage, /Adresse 1\u00a0:/);
    assert.match(frenchPage, /Retrait demandé/);
    assert.ok(
      !frenchPage.includes(report.url) && !frenchPage.includes(new URL(report.url).hostname),
      'never the address',
    );
    assert.ok(!frenchPage.includes('abuse@'), 'never the recipient');
  });

  test('items analysts derived from a report are not its reporter’s', async () => {
    const report = await newReport();
    const derivedUrl = `https://derived-${n}.example/x`;
    const res = await analyst.inject({
      method: 'POST',
      url: `/api/items/${report.itemId}/derived`,
      payload: { urls: [derivedUrl] },
    });
    assert.ok(res.statusCode < 300, res.body);
    const derivedId = res.json().items[0].id;
    await giveVerdict(derivedId, 'not_illegal');
    const page = await trackingPage(report);
    assert.equal(page.total, 1, 'the derived item is not listed');
    const refused = await send(analyst, report.id, { item_id: derivedId, template_id: 'not_illegal' });
    assert.equal(refused.json().error.code, 'feedback.item_not_reported');
  });
});

async function statusPage(report: { trackingCode: string; secret: string }, lang: 'fr' | 'en') {
  const form = await t.app.inject({ url: `/status?lang=${lang}` });
  const res = await t.app.inject({
    method: 'POST',
    url: `/status?lang=${lang}`,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: form.headers['set-cookie'] ?? '',
    },
    payload: new URLSearchParams({ code: report.trackingCode, secret: report.secret }).toString(),
  });
  assert.equal(res.statusCode, 200, res.body.slice(0, 500));
  return res.body;
}
