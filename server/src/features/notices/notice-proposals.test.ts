import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, inArray, sql } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { mailOutbox } from '../../platform/mail/index.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { type HostingLookup, runDueLookups } from '../hosting/index.ts';
import { runNoticeProposals } from './notice-proposals.ts';
import { noticeItems, noticeRoutings, notices } from './notices.tables.ts';
import { hostContact, proposalContext, qualifiedItem } from './notices.testing.ts';

let t: TestApp;
let analyst: StaffAgent;
before(async () => {
  t = await createTestApp({
    VIGIE_HOTLINE_NAME: 'Point de Contact',
    VIGIE_HOTLINE_EMAIL: 'notices@hotline.example',
  });
  analyst = await signedInStaff(t, 'analyst');
});
after(() => t.close());

async function noticesOf(itemIds: string[]) {
  const rows = await t.database.db
    .select({ notice: notices, itemId: noticeItems.itemId, hostingRecordId: noticeItems.hostingRecordId })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(inArray(noticeItems.itemId, itemIds));
  return rows;
}

describe('the notices.proposals job', () => {
  test('a final verdict on an item hosted in France proposes the host and the police portal', async () => {
    const item = await qualifiedItem(t, analyst.id, {
      country: 'FR',
      contacts: [hostContact('abuse@host-fr.example')],
    });
    const run = await runNoticeProposals(proposalContext(t));
    assert.ok(run.routed >= 1);
    const found = await noticesOf([item.id]);
    const byKind = Object.fromEntries(found.map((r) => [r.notice.recipientKind, r]));
    assert.deepEqual(Object.keys(byKind).sort(), ['host', 'police_portal']);

    const host = byKind.host?.notice;
    assert.equal(host?.state, 'proposed', 'a host notice waits for a person');
    assert.equal(host?.channel, 'email');
    assert.equal(host?.address, 'abuse@host-fr.example');
    assert.equal(host?.recipientName, 'Hébergeur Exemple SAS');
    assert.equal(host?.ruleId, 'illegal_host_in_country');
    assert.equal(host?.automatic, false);
    assert.ok(host?.bodyText.includes(item.url), 'the draft names the item');
    assert.equal(byKind.host?.hostingRecordId, item.hostingRecordId);

    // The pack sends child-abuse material to the police portal without waiting: the system approves
    // it at once, and it waits in the portal's batch (no e-mail).
    const portal = byKind.police_portal?.notice;
    assert.equal(portal?.channel, 'portal_batch');
    assert.equal(portal?.state, 'queued');
    assert.equal(portal?.approvedBy, null);
    assert.ok(portal?.approvedAt);
    assert.equal(portal?.mailId, null);
    assert.equal((portal?.xarf as unknown[] | null)?.length, 1, 'the XARF report is built and kept');
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, portal?.id ?? ''));
    assert.equal(audit?.action, 'notice.approved');
    assert.equal(audit?.actorLabel, 'system');
  });

  test('an assessment waiting for four eyes proposes nothing, until it is confirmed', async () => {
    const item = await qualifiedItem(t, analyst.id, {
      status: 'pending_second',
      country: 'FR',
      contacts: [hostContact('abuse@pending.example')],
    });
    await runNoticeProposals(proposalContext(t));
    assert.equal((await noticesOf([item.id])).length, 0);
    const routed = await t.database.db
      .select()
      .from(noticeRoutings)
      .where(eq(noticeRoutings.itemId, item.id));
    assert.equal(routed.length, 0, 'not marked as routed either');

    await t.database.db.execute(
      sql`update assessments set status = 'confirmed', second_at = now() where id = ${item.assessmentId}`,
    );
    await runNoticeProposals(proposalContext(t));
    assert.equal((await noticesOf([item.id])).length, 2);
  });

  test('an item whose hosting look-up has not settled waits for it', async () => {
    const item = await qualifiedItem(t, analyst.id, {
      country: 'FR',
      contacts: [hostContact('abuse@wait.example')],
    });
    await t.database.db.execute(sql`update item_hosting set state = 'pending' where item_id = ${item.id}`);
    await runNoticeProposals(proposalContext(t));
    assert.equal((await noticesOf([item.id])).length, 0);
  });

  test('a hosting record older than a few hours is looked up again, and the notice names the host of now', async () => {
    const item = await qualifiedItem(t, analyst.id, {
      country: 'FR',
      contacts: [hostContact('abuse@old-host.example')],
    });
    await t.database.db.execute(
      sql`update hosting_records set looked_up_at = now() - interval '2 days' where id = ${item.hostingRecordId}`,
    );
    const first = await runNoticeProposals(proposalContext(t));
    assert.equal(first.refreshing, 1);
    assert.equal((await noticesOf([item.id])).length, 0, 'nothing is proposed on the old record');
    const [hosting] = rowsOf<{ state: string; reason: string }>(
      await t.database.db.execute(sql`select state, reason from item_hosting where item_id = ${item.id}`),
    );
    assert.deepEqual(hosting, { state: 'pending', reason: 'before_notice' });

    // The look-up job finds the content has moved to another host since the report.
    const [old] = rowsOf<{ lookup: HostingLookup }>(
      await t.database.db.execute(sql`select lookup from hosting_records where id = ${item.hostingRecordId}`),
    );
    assert.ok(old);
    const moved = { ...old.lookup, abuse_contacts: [hostContact('abuse@new-host.example')] };
    await runDueLookups({ db: t.database.db, lookUp: async () => moved });
    await runNoticeProposals(proposalContext(t));
    const host = (await noticesOf([item.id])).find((r) => r.notice.recipientKind === 'host');
    assert.equal(host?.notice.address, 'abuse@new-host.example');
    assert.notEqual(host?.hostingRecordId, item.hostingRecordId);
    const [latest] = rowsOf<{ reason: string }>(
      await t.database.db.execute(
        sql`select reason from hosting_records where id = ${host?.hostingRecordId}`,
      ),
    );
    assert.equal(latest?.reason, 'before_notice');
  });

  test('two items for one host make one notice; running again (or twice at once) adds nothing', async () => {
    const contacts = [hostContact('Abuse@Batch-Host.example')];
    const first = await qualifiedItem(t, analyst.id, { country: 'FR', contacts });
    const second = await qualifiedItem(t, analyst.id, {
      country: 'FR',
      contacts: [hostContact('abuse@batch-host.example')],
    });
    const ctx = proposalContext(t);
    await Promise.all([runNoticeProposals(ctx), runNoticeProposals(ctx)]);
    const found = await noticesOf([first.id, second.id]);
    const hostNotices = new Set(
      found.filter((r) => r.notice.recipientKind === 'host').map((r) => r.notice.id),
    );
    assert.equal(hostNotices.size, 1, 'one host notice for both items');
    assert.equal(found.filter((r) => r.notice.recipientKind === 'host').length, 2);
    const [hostNotice] = found.filter((r) => r.notice.recipientKind === 'host');
    assert.ok(
      hostNotice?.notice.bodyText.includes(first.url) && hostNotice.notice.bodyText.includes(second.url),
    );

    const before = (await t.database.db.select().from(notices)).length;
    const beforeItems = (await t.database.db.select().from(noticeItems)).length;
    const again = await runNoticeProposals(ctx);
    assert.equal(again.routed, 0);
    assert.equal(again.proposed + again.joined, 0);
    assert.equal((await t.database.db.select().from(notices)).length, before);
    assert.equal((await t.database.db.select().from(noticeItems)).length, beforeItems);
  });

  test('a reassessment routes again but proposes nothing already proposed to the same recipient', async () => {
    const item = await qualifiedItem(t, analyst.id, {
      country: 'FR',
      contacts: [hostContact('abuse@again.example')],
    });
    await runNoticeProposals(proposalContext(t));
    const count = (await noticesOf([item.id])).length;
    await t.database.db.execute(
      sql`update assessments set status = 'superseded' where id = ${item.assessmentId}`,
    );
    await t.database.db.execute(sql`
      insert into assessments (item_id, staff_id, category, legal_bases, verdict, details, status)
      values (${item.id}, ${analyst.id}, 'child_sexual_abuse_material', '["FR-CP-227-23"]'::jsonb, 'illegal', '{}'::jsonb, 'final')`);
    const run = await runNoticeProposals(proposalContext(t));
    assert.equal(run.routed, 1);
    assert.equal((await noticesOf([item.id])).length, count);
  });

  test('not illegal: routed once, nothing proposed, nothing queued', async () => {
    const item = await qualifiedItem(t, analyst.id, {
      category: 'hate_racial_religious',
      legalBases: [],
      verdict: 'not_illegal',
      country: 'FR',
      contacts: [hostContact('abuse@legal.example')],
    });
    const mailBefore = (await t.database.db.select().from(mailOutbox)).length;
    await runNoticeProposals(proposalContext(t));
    assert.equal((await noticesOf([item.id])).length, 0);
    const [routed] = rowsOf<{ proposed: number }>(
      await t.database.db.execute(sql`select proposed from notice_routings where item_id = ${item.id}`),
    );
    assert.equal(routed?.proposed, 0);
    assert.equal((await t.database.db.select().from(mailOutbox)).length, mailBefore);
  });
});
