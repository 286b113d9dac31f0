import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { parseCsv } from '../../platform/csv.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { runNoticeProposals } from './notice-proposals.ts';
import { noticeItems, notices } from './notices.tables.ts';
import { hostContact, proposalContext, qualifiedItem } from './notices.testing.ts';
import { policeBatchNotices } from './police-batch.tables.ts';

const HOTLINE = 'Point de Contact, "hotline"';
let t: TestApp;
let analyst: StaffAgent;
let liaison: StaffAgent;
let auditor: StaffAgent;
before(async () => {
  t = await createTestApp({
    VIGIE_HOTLINE_NAME: HOTLINE,
    VIGIE_HOTLINE_EMAIL: 'notices@hotline.example',
    VIGIE_TIME_ZONE: 'Europe/Paris',
  });
  analyst = await signedInStaff(t, 'analyst', { displayName: 'Camille Analyste' });
  liaison = await signedInStaff(t, 'liaison_officer', { displayName: 'Dominique Liaison' });
  auditor = await signedInStaff(t, 'auditor');
});
after(() => t.close());

/**
 * Items qualified CSAM hosted in France, routed together: their police portal notice (one, batching
 * them) is approved by the system and queued for the batch. Returns the items and that notice.
 */
async function queuedPortalItems(notes: (string | null)[]) {
  const items = [];
  for (const note of notes) {
    const item = await qualifiedItem(t, analyst.id, {
      country: 'FR',
      contacts: [hostContact(`abuse-${crypto.randomUUID()}@host.example`)],
      ip: '192.0.2.44',
    });
    if (note !== null) {
      await t.database.db.execute(
        sql`update assessments set notes = ${note} where id = ${item.assessmentId}`,
      );
    }
    items.push(item);
  }
  await runNoticeProposals(proposalContext(t));
  const rows = await t.database.db
    .select({ id: notices.id, state: notices.state, itemId: noticeItems.itemId })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(
      and(
        inArray(
          noticeItems.itemId,
          items.map((i) => i.id),
        ),
        eq(notices.channel, 'portal_batch'),
      ),
    );
  assert.equal(rows.length, items.length, 'one portal notice row per item');
  assert.ok(rows.every((r) => r.state === 'queued'));
  return { items, noticeIds: [...new Set(rows.map((r) => r.id))] };
}

const prepare = (agent: StaffAgent = liaison) =>
  agent.inject({ method: 'POST', url: '/api/police-batches', payload: {} });

async function batchOf(noticeId: string) {
  const [row] = await t.database.db
    .select()
    .from(policeBatchNotices)
    .where(eq(policeBatchNotices.noticeId, noticeId));
  return row?.batchId ?? null;
}

async function auditOf(batchId: string, action: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, batchId), eq(auditEvents.action, action)));
}

describe('preparing a batch', () => {
  test('gathers the queued portal notices into one batch; a second run adds nothing; audited', async () => {
    const { items, noticeIds } = await queuedPortalItems([null, null]);
    const res = await prepare();
    assert.equal(res.statusCode, 201, res.body);
    const batch = res.json().batch;
    assert.equal(batch.state, 'prepared');
    assert.match(batch.date, /^\d{4}-\d\d-\d\d$/);
    assert.ok(batch.number >= 1);
    assert.equal(batch.prepared.by.display_name, 'Dominique Liaison');
    assert.equal(batch.transmitted, null);
    for (const id of noticeIds) assert.equal(await batchOf(id), batch.id);
    assert.ok(batch.item_count >= items.length);

    const again = await prepare(analyst);
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().batch, null, 'nothing new: no empty batch');

    const [audit] = await auditOf(batch.id, 'police_batch.prepared');
    assert.equal(audit?.actorStaffId, liaison.id);
    assert.equal((audit?.details as { items?: number } | undefined)?.items, batch.item_count);

    const list = (await liaison.inject({ url: '/api/police-batches' })).json().batches;
    assert.equal(list[0].id, batch.id, 'newest first');
    const ofDate = (await liaison.inject({ url: `/api/police-batches?date=${batch.date}` })).json().batches;
    assert.ok(ofDate.every((b: { date: string }) => b.date === batch.date));
    assert.equal((await liaison.inject({ url: '/api/police-batches?date=30-11-2026' })).statusCode, 400);
  });

  test('two preparations at once make one batch', async () => {
    const { noticeIds } = await queuedPortalItems([null]);
    const results = await Promise.all([prepare(liaison), prepare(analyst)]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 201]);
    const made = results.find((r) => r.statusCode === 201)?.json().batch;
    assert.equal(await batchOf(noticeIds[0] ?? ''), made.id);
  });
});

describe('the export', () => {
  test('one row per item in the pack’s order; CSV reads back to the JSON rows, formulas neutralised', async () => {
    const notes = [
      'Contenu "réel", vu le 3/11,\nplusieurs images',
      '=HYPERLINK("http://evil.example","clic")',
      '+33 1 23 45 67 89',
      '-rm -rf',
      '@SUM(A1:A9)',
    ];
    const { items, noticeIds } = await queuedPortalItems(notes);
    assert.equal(noticeIds.length, 1, 'the items share one notice');
    const [withMedia] = items;
    await t.database.db.execute(sql`
      insert into item_media (item_id, kind, content_type, byte_size, sha256, md5, original_erased_at)
      values (${withMedia?.id}, 'image', 'image/png', 10, ${'a'.repeat(64)}, ${'b'.repeat(32)}, now()),
        (${withMedia?.id}, 'image', 'image/png', 11, ${'c'.repeat(64)}, ${'d'.repeat(32)}, now())`);
    const batch = (await prepare()).json().batch;

    const view = await liaison.inject({ url: `/api/police-batches/${batch.id}` });
    assert.equal(view.statusCode, 200, view.body);
    const data = view.json();
    assert.equal(data.portal, 'PHAROS');
    assert.equal(data.time_zone, 'Europe/Paris');
    assert.deepEqual(
      data.fields.map((f: { id: string }) => f.id),
      [
        'notice_id',
        'item_id',
        'found_at',
        'url',
        'category',
        'legal_bases',
        'hosting_country',
        'ip_addresses',
        'network',
        'sha256',
        'md5',
        'analyst_note',
        'contact',
      ],
    );
    assert.equal(data.fields[0].header, 'Référence de la transmission');
    const rows = data.rows.filter((r: { item_id: string }) => items.some((i) => i.id === r.item_id));
    assert.equal(rows.length, items.length, 'one row per item');
    assert.equal(data.rows.length, batch.item_count);
    const first = rows.find((r: { item_id: string }) => r.item_id === withMedia?.id);
    assert.deepEqual(
      Object.keys(first),
      data.fields.map((f: { id: string }) => f.id),
      'keys in the pack’s order',
    );
    assert.equal(first.notice_id, noticeIds[0]);
    assert.equal(first.url, withMedia?.url);
    assert.match(first.found_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/);
    assert.equal(
      first.category,
      pack.categories.find((c) => c.id === 'child_sexual_abuse_material')?.label.fr,
      'the pack’s French label',
    );
    assert.match(first.legal_bases, /227-23/);
    assert.equal(first.hosting_country, 'FR');
    assert.equal(first.ip_addresses, '192.0.2.44');
    assert.equal(first.network, 'AS64500 EXAMPLE-AS');
    assert.equal(first.sha256, `${'a'.repeat(64)}; ${'c'.repeat(64)}`);
    assert.equal(first.md5, `${'b'.repeat(32)}; ${'d'.repeat(32)}`);
    assert.equal(first.analyst_note, notes[0]);
    assert.equal(first.contact, `${HOTLINE} <notices@hotline.example>`);

    const csv = await liaison.inject({ url: `/api/police-batches/${batch.id}/export.csv` });
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(String(csv.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.equal(
      csv.headers['content-disposition'],
      `attachment; filename="pharos-${batch.date}-${batch.number}.csv"`,
    );
    assert.equal(csv.headers['cache-control'], 'no-store');
    assert.ok(csv.body.startsWith('\uFEFF'), 'UTF-8 byte order mark');
    const records = parseCsv(csv.body.slice(1));
    assert.deepEqual(
      records[0],
      data.fields.map((f: { header: string }) => f.header),
    );
    const neutral = (v: string | null) => (v === null ? '' : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
    assert.deepEqual(
      records.slice(1),
      data.rows.map((r: Record<string, string | null>) =>
        data.fields.map((f: { id: string }) => neutral(r[f.id] ?? null)),
      ),
    );
    const noteColumn = data.fields.findIndex((f: { id: string }) => f.id === 'analyst_note');
    const csvNotes = records.slice(1).map((r) => r[noteColumn]);
    for (const formula of notes.slice(1)) assert.ok(csvNotes.includes(`'${formula}`), formula);
    assert.ok(csvNotes.includes(notes[0]), 'quotes, commas and newlines survive');

    const json = await liaison.inject({ url: `/api/police-batches/${batch.id}/export.json` });
    assert.equal(json.statusCode, 200, json.body);
    assert.equal(
      json.headers['content-disposition'],
      `attachment; filename="pharos-${batch.date}-${batch.number}.json"`,
    );
    assert.equal(json.headers['cache-control'], 'no-store');
    assert.deepEqual(JSON.parse(json.body), data);

    const exported = await auditOf(batch.id, 'police_batch.exported');
    assert.deepEqual(exported.map((e) => (e.details as { format: string }).format).sort(), ['csv', 'json']);
    assert.ok(exported.every((e) => e.actorStaffId === liaison.id));
    assert.equal((await auditOf(batch.id, 'police_batch.exported')).length, 2, 'viewing is not an export');
  });

  test('404 for an unknown batch, 400 for a malformed id', async () => {
    for (const path of ['', '/export.csv', '/export.json']) {
      const missing = await liaison.inject({ url: `/api/police-batches/${crypto.randomUUID()}${path}` });
      assert.equal(missing.statusCode, 404, missing.body);
      assert.equal(missing.json().error.code, 'police_batch.not_found');
      assert.equal((await liaison.inject({ url: `/api/police-batches/nope${path}` })).statusCode, 400);
    }
  });
});

describe('marking a batch transmitted', () => {
  test('sets each notice sent with the time; the item’s notices show it; audited once; 409 twice', async () => {
    const { items, noticeIds } = await queuedPortalItems([null, null]);
    const batch = (await prepare()).json().batch;
    const res = await analyst.inject({ method: 'POST', url: `/api/police-batches/${batch.id}/transmitted` });
    assert.equal(res.statusCode, 200, res.body);
    const done = res.json().batch;
    assert.equal(done.state, 'transmitted');
    assert.equal(done.transmitted.by.display_name, 'Camille Analyste');
    for (const item of items) {
      const ofItem = (await liaison.inject({ url: `/api/items/${item.id}/notices` })).json().notices;
      const portal = ofItem.find((n: { id: string }) => noticeIds.includes(n.id));
      assert.equal(portal.state, 'sent');
      assert.equal(portal.sent_at, done.transmitted.at);
    }
    const audits = await auditOf(batch.id, 'police_batch.transmitted');
    assert.equal(audits.length, 1);
    assert.equal(
      (audits[0]?.details as { notices_sent?: number } | undefined)?.notices_sent,
      batch.notice_count,
    );

    const again = await liaison.inject({
      method: 'POST',
      url: `/api/police-batches/${batch.id}/transmitted`,
    });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'police_batch.already_transmitted');
    assert.equal((await auditOf(batch.id, 'police_batch.transmitted')).length, 1);
    const listed = (await liaison.inject({ url: '/api/police-batches' })).json().batches;
    assert.equal(listed.find((b: { id: string }) => b.id === batch.id).state, 'transmitted');
  });
});

describe('roles', () => {
  test('an analyst (send_notices) may; an auditor may not, nor anyone signed out', async () => {
    await queuedPortalItems([null]);
    const made = await prepare(analyst);
    assert.equal(made.statusCode, 201, made.body);
    const id = made.json().batch.id;
    for (const [method, url] of [
      ['GET', '/api/police-batches'],
      ['POST', '/api/police-batches'],
      ['GET', `/api/police-batches/${id}`],
      ['GET', `/api/police-batches/${id}/export.csv`],
      ['GET', `/api/police-batches/${id}/export.json`],
      ['POST', `/api/police-batches/${id}/transmitted`],
    ] as const) {
      const denied = await auditor.inject({ method, url });
      assert.equal(denied.statusCode, 403, `${method} ${url}`);
      assert.equal((await t.app.inject({ method, url })).statusCode, 401, `${method} ${url}`);
    }
    assert.equal((await analyst.inject({ url: `/api/police-batches/${id}/export.csv` })).statusCode, 200);
  });
});
