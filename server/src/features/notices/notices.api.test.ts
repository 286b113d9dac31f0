import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { deliverDueMail, mailOutbox } from '../../platform/mail/index.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { runNoticeProposals } from './notice-proposals.ts';
import { followNoticeMail } from './notices.service.ts';
import { noticeItems, notices } from './notices.tables.ts';
import { hostContact, proposalContext, qualifiedItem } from './notices.testing.ts';
import { validateXarf } from './xarf/index.ts';

let t: TestApp;
let analyst: StaffAgent;
let liaison: StaffAgent;
before(async () => {
  t = await createTestApp({
    VIGIE_HOTLINE_NAME: 'Point de Contact',
    VIGIE_HOTLINE_EMAIL: 'notices@hotline.example',
    VIGIE_PUBLIC_URL: 'https://hotline.example',
  });
  analyst = await signedInStaff(t, 'analyst', { displayName: 'Camille Analyste' });
  liaison = await signedInStaff(t, 'liaison_officer', { displayName: 'Dominique Liaison' });
});
after(() => t.close());

let n = 0;
/** An item qualified CSAM, hosted in France: its host notice (proposed) and police portal notice (queued). */
async function proposed(options: { contacts?: ReturnType<typeof hostContact>[] } = {}) {
  const address = `abuse-${++n}@host.example`;
  const item = await qualifiedItem(t, analyst.id, {
    country: 'FR',
    contacts: options.contacts ?? [hostContact(address)],
  });
  await runNoticeProposals(proposalContext(t));
  const rows = await t.database.db
    .select({ id: notices.id, kind: notices.recipientKind })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(eq(noticeItems.itemId, item.id));
  const host = rows.find((r) => r.kind === 'host')?.id ?? '';
  const portal = rows.find((r) => r.kind === 'police_portal')?.id ?? '';
  return { item, host, portal, address };
}

const post = (agent: StaffAgent, id: string, action: string, payload: object = {}) =>
  agent.inject({ method: 'POST', url: `/api/notices/${id}/${action}`, payload });

async function auditOf(noticeId: string, action: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, noticeId), eq(auditEvents.action, action)));
}

describe('approving a notice', () => {
  test('queues it in the outbox in the same step, sealed, with its XARF report; audited; never twice', async () => {
    const { item, host, address } = await proposed();
    const before = (await analyst.inject({ url: `/api/notices/${host}` })).json().notice;
    assert.equal(before.state, 'proposed');
    assert.ok(before.body_text.includes(item.url), 'the draft lists the item');
    assert.equal(before.rule_id, 'illegal_host_in_country');
    assert.equal(before.rule_label.en, 'Illegal content hosted in France: removal request (LCEN art. 6)');
    assert.equal(before.delivery, null);

    const res = await post(analyst, host, 'approve');
    assert.equal(res.statusCode, 200, res.body);
    const notice = res.json().notice;
    assert.equal(notice.state, 'queued');
    assert.equal(notice.approved.by.display_name, 'Camille Analyste');
    assert.equal(notice.delivery.state, 'queued');
    assert.equal(notice.delivery.attempts, 0);
    assert.equal(notice.xarf.length, 1);
    assert.deepEqual(validateXarf(notice.xarf[0]), { ok: true });
    assert.equal(notice.xarf[0].report_id, host);
    assert.equal(notice.xarf[0].reporter.contact, 'notices@hotline.example');

    const [row] = await t.database.db.select().from(notices).where(eq(notices.id, host));
    const [mail] = await t.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.id, row?.mailId ?? ''));
    assert.equal(mail?.purpose, 'notice');
    assert.equal(mail?.subject, notice.subject);
    assert.equal(mail?.bodyText, notice.body_text);
    assert.ok(mail?.recipientEnc && !mail.recipientEnc.includes(address), 'the outbox seals the recipient');
    assert.equal(t.app.deps.secretBox.open(mail?.recipientEnc ?? ''), address);
    assert.deepEqual(
      mail?.attachments?.map((a) => [a.filename, a.contentType]),
      [['xarf.json', 'application/json']],
    );

    const [audit] = await auditOf(host, 'notice.approved');
    assert.equal(audit?.actorStaffId, analyst.id);
    assert.equal((audit?.details as { channel: string } | undefined)?.channel, 'email');

    const again = await post(liaison, host, 'approve');
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'notice.not_proposed');
    const mails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.purpose, 'notice'));
    assert.equal(mails.filter((m) => m.id === row?.mailId).length, 1);
    assert.equal((await auditOf(host, 'notice.approved')).length, 1);
  });

  test('two approvals at once: one queues, the other gets 409, one message in the outbox', async () => {
    const { host } = await proposed();
    const results = await Promise.all([post(analyst, host, 'approve'), post(liaison, host, 'approve')]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
    const [row] = await t.database.db.select().from(notices).where(eq(notices.id, host));
    const mails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.purpose, 'notice'));
    assert.equal(mails.filter((m) => m.id === row?.mailId).length, 1);
    assert.equal((await auditOf(host, 'notice.approved')).length, 1);
  });

  test('takes an edited subject, text and address; an e-mail notice needs an address', async () => {
    const { host } = await proposed({ contacts: [] });
    const [row] = await t.database.db.select().from(notices).where(eq(notices.id, host));
    assert.equal(row?.address, null, 'routing proposes the host even without a contact');
    const missing = await post(analyst, host, 'approve');
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().error.code, 'notice.no_address');
    const bad = await post(analyst, host, 'approve', { address: 'not an address' });
    assert.equal(bad.json().error.code, 'notice.no_address');

    const res = await post(analyst, host, 'approve', {
      address: 'abuse@found-by-hand.example',
      subject: 'Objet modifié',
      body_text: 'Texte modifié par l’analyste.',
    });
    assert.equal(res.statusCode, 200, res.body);
    const notice = res.json().notice;
    assert.equal(notice.recipient.address, 'abuse@found-by-hand.example');
    assert.equal(notice.subject, 'Objet modifié');
    assert.equal(notice.body_text, 'Texte modifié par l’analyste.');
    const [audit] = await auditOf(host, 'notice.approved');
    assert.deepEqual((audit?.details as { edited: object } | undefined)?.edited, {
      subject: true,
      body_text: true,
      address: true,
    });
  });

  test('bad input is a 4xx and changes nothing', async () => {
    const { host } = await proposed();
    const cases: [string, object, number, RegExp][] = [
      [host, { subject: '  ' }, 400, /empty/],
      [host, { colour: 'red' }, 400, /Unrecognized key/],
      [host, { body_text: 'x'.repeat(20_001) }, 400, /20000/],
      [crypto.randomUUID(), {}, 404, /notice.not_found/],
      ['not-a-uuid', {}, 400, /notice id/],
    ];
    for (const [id, payload, status, pattern] of cases) {
      const res = await post(analyst, id, 'approve', payload);
      assert.equal(res.statusCode, status, res.body);
      assert.match(res.body, pattern);
    }
    const [row] = await t.database.db.select().from(notices).where(eq(notices.id, host));
    assert.equal(row?.state, 'proposed');
  });
});

describe('other actions on a notice', () => {
  test('withhold a proposal with its reason (then it cannot be approved)', async () => {
    const { host } = await proposed();
    const res = await post(liaison, host, 'withhold', { reason: 'Déjà signalé par un partenaire.' });
    assert.equal(res.statusCode, 200, res.body);
    const notice = res.json().notice;
    assert.equal(notice.state, 'withheld');
    assert.equal(notice.withheld.reason, 'Déjà signalé par un partenaire.');
    assert.equal(notice.withheld.by.display_name, 'Dominique Liaison');
    assert.equal((await auditOf(host, 'notice.withheld')).length, 1);
    assert.equal((await post(analyst, host, 'approve')).json().error.code, 'notice.not_proposed');
    assert.equal((await post(liaison, host, 'withhold', { reason: 'again' })).statusCode, 409);
    assert.equal((await post(liaison, host, 'withhold', {})).statusCode, 400);
  });

  test('withdraw an approved notice before it leaves: its message is cancelled', async () => {
    const { host } = await proposed();
    assert.equal((await post(analyst, host, 'withdraw')).json().error.code, 'notice.not_queued');
    await post(analyst, host, 'approve');
    const res = await post(liaison, host, 'withdraw');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().notice.state, 'withdrawn');
    assert.equal(res.json().notice.delivery.state, 'cancelled');
    const [row] = await t.database.db.select().from(notices).where(eq(notices.id, host));
    const [mail] = await t.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.id, row?.mailId ?? ''));
    assert.equal(mail?.recipientEnc, null);
    assert.equal((await auditOf(host, 'notice.withdrawn')).length, 1);
    assert.equal((await post(liaison, host, 'withdraw')).statusCode, 409);
  });

  test('sent by the outbox, then acknowledged; replies recorded; mark-sent is for hand-sent channels', async () => {
    const { host, portal } = await proposed();
    assert.equal(
      (await post(liaison, host, 'replies', { kind: 'reply', text: 'x' })).json().error.code,
      'notice.not_sent',
      'nothing comes back from a proposal',
    );
    await post(analyst, host, 'approve');
    assert.equal((await post(liaison, host, 'acknowledge')).json().error.code, 'notice.not_sent');
    assert.equal((await post(liaison, host, 'mark-sent')).json().error.code, 'notice.sent_by_outbox');

    const sent: string[] = [];
    await deliverDueMail({
      db: t.database.db,
      secretBox: t.app.deps.secretBox,
      send: async (m) => void sent.push(m.to),
      log: t.app.log,
      settled: followNoticeMail,
    });
    const afterDelivery = (await liaison.inject({ url: `/api/notices/${host}` })).json().notice;
    assert.equal(afterDelivery.state, 'sent');
    assert.ok(afterDelivery.sent_at);
    assert.equal(afterDelivery.delivery.state, 'sent');

    const reply = await post(liaison, host, 'replies', {
      kind: 'acknowledgement',
      text: 'Ticket #4411 ouvert.',
    });
    assert.equal(reply.statusCode, 201, reply.body);
    assert.equal(reply.json().notice.replies[0].text, 'Ticket #4411 ouvert.');
    assert.equal(reply.json().notice.replies[0].added_by.display_name, 'Dominique Liaison');
    const ack = await post(liaison, host, 'acknowledge');
    assert.equal(ack.statusCode, 200, ack.body);
    assert.equal(ack.json().notice.state, 'acknowledged');
    assert.ok(ack.json().notice.acknowledged_at);
    assert.equal((await auditOf(host, 'notice.reply_added')).length, 1);
    assert.equal((await auditOf(host, 'notice.acknowledged')).length, 1);

    // The police portal's notice was approved by the system; the liaison officer hands the batch over.
    const marked = await post(liaison, portal, 'mark-sent');
    assert.equal(marked.statusCode, 200, marked.body);
    assert.equal(marked.json().notice.state, 'sent');
    assert.equal(marked.json().notice.delivery, null);
    assert.equal((await auditOf(portal, 'notice.marked_sent')).length, 1);
    assert.equal((await post(liaison, portal, 'mark-sent')).statusCode, 409);
  });

  test('a bounce recorded on a sent notice marks it failed, and the reporter is no longer told of it', async () => {
    const { item, host } = await proposed();
    await post(analyst, host, 'approve');
    await deliverDueMail({
      db: t.database.db,
      secretBox: t.app.deps.secretBox,
      send: async () => {},
      log: t.app.log,
      settled: followNoticeMail,
    });
    const outcomes = async () =>
      (await analyst.inject({ url: `/api/items/${item.id}/feedback` })).json().outcomes as string[];
    assert.ok((await outcomes()).includes('removal_requested'));

    const bounce = await post(liaison, host, 'replies', { kind: 'bounce', text: '550 5.1.1 no such user' });
    assert.equal(bounce.statusCode, 201, bounce.body);
    assert.equal(bounce.json().notice.state, 'failed');
    assert.ok(!(await outcomes()).includes('removal_requested'));
    const [event] = await auditOf(host, 'notice.reply_added');
    assert.deepEqual(event?.details, { kind: 'bounce', state: 'failed' });

    // A second bounce is recorded and changes nothing more.
    const again = await post(liaison, host, 'replies', { kind: 'bounce', text: 'again' });
    assert.equal(again.json().notice.state, 'failed');
    assert.equal(again.json().notice.replies.length, 2);
  });
});

describe('reading notices', () => {
  test('an item’s notices, the list by state and kind (paged), one notice; 404s', async () => {
    const { item, host, portal } = await proposed();
    const ofItem = await analyst.inject({ url: `/api/items/${item.id}/notices` });
    assert.equal(ofItem.statusCode, 200, ofItem.body);
    assert.deepEqual(
      ofItem
        .json()
        .notices.map((x: { id: string }) => x.id)
        .sort(),
      [host, portal].sort(),
    );
    const auditor = await signedInStaff(t, 'auditor');
    assert.equal((await auditor.inject({ url: `/api/items/${item.id}/notices` })).statusCode, 200);
    assert.equal((await post(auditor, host, 'approve')).statusCode, 403);

    const page1 = (await liaison.inject({ url: '/api/notices?state=proposed&kind=host&limit=1' })).json();
    assert.equal(page1.notices.length, 1);
    assert.ok(page1.notices.every((x: { state: string }) => x.state === 'proposed'));
    assert.ok(page1.next_cursor);
    const page2 = (
      await liaison.inject({
        url: `/api/notices?state=proposed&kind=host&limit=1&cursor=${encodeURIComponent(page1.next_cursor)}`,
      })
    ).json();
    assert.notEqual(page2.notices[0]?.id, page1.notices[0]?.id);
    const portals = (await liaison.inject({ url: '/api/notices?kind=police_portal&limit=100' })).json();
    assert.ok(
      portals.notices.every((x: { recipient: { kind: string } }) => x.recipient.kind === 'police_portal'),
    );
    assert.equal(
      (await liaison.inject({ url: '/api/notices?cursor=nope' })).json().error.code,
      'notice.bad_cursor',
    );
    assert.equal((await liaison.inject({ url: '/api/notices?state=lost' })).statusCode, 400);

    assert.equal((await liaison.inject({ url: `/api/notices/${crypto.randomUUID()}` })).statusCode, 404);
    assert.equal(
      (await liaison.inject({ url: `/api/items/${crypto.randomUUID()}/notices` })).statusCode,
      404,
    );
  });
});
