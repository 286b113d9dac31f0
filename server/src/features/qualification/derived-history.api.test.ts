import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { itemRow, reportItem } from '../triage/workspace.testing.ts';

let t: TestApp;
let ana: StaffAgent;
before(async () => {
  t = await createTestApp();
  ana = await signedInStaff(t, 'analyst', { displayName: 'Ana' });
});
after(() => t.close());

const derive = (id: string, payload: object) =>
  ana.inject({ method: 'POST', url: `/api/items/${id}/derived`, payload });

describe('derived items', () => {
  test('inherit the report context, record their parent, enter the queue as derived', async () => {
    const parent = await reportItem(t, {
      category: 'child_sexual_abuse_material',
      reporterKind: 'trusted_flagger',
    });
    await reportItem(t, { category: 'child_sexual_abuse_material', url: parent.url });
    const known = await reportItem(t, { category: 'other' });
    const res = await derive(parent.id, {
      urls: ['https://Mirror.example/gallery/1#top', 'https://mirror.example/gallery/2', known.url],
      note: 'Même galerie',
    });
    assert.equal(res.statusCode, 201, res.body);
    const items = res.json().items as { id: string; url: string; created: boolean }[];
    assert.deepEqual(
      items.map((i) => [i.url, i.created]),
      [
        ['https://mirror.example/gallery/1', true],
        ['https://mirror.example/gallery/2', true],
        [known.url, false],
      ],
    );
    const child = await itemRow(t, items[0]?.id as string);
    assert.equal(child.origin, 'derived');
    assert.equal(child.parent_item_id, parent.id);
    assert.equal(child.category, 'child_sexual_abuse_material');
    assert.equal(child.trusted, true);
    assert.equal(child.report_count, 0);
    assert.equal((await itemRow(t, known.id)).origin, 'reported', 'a known URL keeps its origin');

    const { rows } = (await t.database.db.execute(
      sql`select count(*)::int as n from report_items where item_id = ${items[0]?.id as string}`,
    )) as unknown as { rows: { n: number }[] };
    assert.equal(rows[0]?.n, 2, 'linked to both reports of the parent');

    const queue = await ana.inject({ method: 'GET', url: '/api/queue?origin=derived' });
    assert.deepEqual(
      queue
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort(),
      [items[0]?.id, items[1]?.id].sort(),
    );

    const detail = (await ana.inject({ method: 'GET', url: `/api/items/${parent.id}` })).json();
    assert.equal(detail.derived_items.length, 2);
    const childDetail = (await ana.inject({ method: 'GET', url: `/api/items/${items[0]?.id}` })).json();
    assert.equal(childDetail.parent.id, parent.id);
    assert.equal(childDetail.reports.length, 2);
  });

  test('bad input is a clear 400 and writes nothing', async () => {
    const parent = await reportItem(t);
    const cases: [object, RegExp][] = [
      [{ urls: [] }, /at least one URL/],
      [{ urls: ['javascript:alert(1)'] }, /http/],
      [{ urls: [parent.url] }, /another URL/],
      [{ urls: ['https://a.example/'], extra: true }, /Unrecognized/],
    ];
    for (const [payload, message] of cases) {
      const res = await derive(parent.id, payload);
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error.message, message);
    }
    const none = await derive('00000000-0000-4000-8000-000000000000', { urls: ['https://a.example/'] });
    assert.equal(none.statusCode, 404);
    const { rows } = (await t.database.db.execute(
      sql`select count(*)::int as n from items where url = 'https://a.example/'`,
    )) as unknown as { rows: { n: number }[] };
    assert.equal(rows[0]?.n, 0);
  });
});

describe('item detail and history', () => {
  test('the detail shows what reports say, never who sent them', async () => {
    const item = await reportItem(t, {
      category: 'pimping',
      description: 'Annonce sur un forum',
      contactEmail: 'reporter@private.example',
    });
    const res = await ana.inject({ method: 'GET', url: `/api/items/${item.id}` });
    assert.equal(res.statusCode, 200, res.body);
    const [report] = res.json().reports;
    assert.deepEqual(Object.keys(report).sort(), [
      'channel',
      'claimed_category',
      'description',
      'id',
      'language',
      'public_status',
      'received_at',
      'reporter_kind',
    ]);
    assert.ok(!JSON.stringify(res.json()).includes('VG-'), 'no tracking code in the detail');
    assert.equal(report.description, 'Annonce sur un forum');
    assert.doesNotMatch(res.body, /reporter@private|VG-|contact/);
    const liaison = await signedInStaff(t, 'liaison_officer');
    assert.equal((await liaison.inject({ method: 'GET', url: `/api/items/${item.id}` })).statusCode, 200);
  });

  test('the history lists reports, audited actions and assessments in time order', async () => {
    const item = await reportItem(t, { category: 'pimping' });
    await ana.inject({ method: 'POST', url: `/api/items/${item.id}/claim` });
    await derive(item.id, { urls: ['https://elsewhere.example/post'] });
    await ana.inject({
      method: 'POST',
      url: `/api/items/${item.id}/assessments`,
      payload: { version: 1, category: 'pimping', legal_bases: ['FR-CP-225-5'], verdict: 'illegal' },
    });
    const auditor = await signedInStaff(t, 'auditor');
    const res = await auditor.inject({ method: 'GET', url: `/api/items/${item.id}/history` });
    assert.equal(res.statusCode, 200, res.body);
    const entries = res.json().entries as { kind: string; action?: string; at: string }[];
    assert.deepEqual(
      entries.map((e) => e.action ?? e.kind),
      ['report', 'item.claimed', 'item.derived_added', 'assessment', 'assessment.recorded'].filter(Boolean),
    );
    const times = entries.map((e) => Date.parse(e.at));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
    );
    const liaison = await signedInStaff(t, 'liaison_officer');
    assert.equal(
      (await liaison.inject({ method: 'GET', url: `/api/items/${item.id}/history` })).statusCode,
      403,
    );
  });

  test('the catalogue gives the assessment form its categories, verdicts and four-eyes rules', async () => {
    const res = await ana.inject({ method: 'GET', url: '/api/qualification/catalogue' });
    assert.equal(res.statusCode, 200);
    const csam = res.json().categories.find((c: { id: string }) => c.id === 'child_sexual_abuse_material');
    assert.deepEqual(
      csam.detail_fields.map((f: { id: string }) => f.id),
      ['apparent_age_band', 'material_kind'],
    );
    assert.equal(res.json().verdicts.length, 5);
    // The queue's "hosted in France / abroad" filter names the country the pack's law belongs to.
    assert.equal(res.json().country, 'FR');
    // The form marks fields required exactly when the server will refuse the assessment without them.
    const needs = Object.fromEntries(
      res
        .json()
        .verdicts.map((v: { id: string; needs_legal_basis: boolean; needs_details: boolean }) => [
          v.id,
          [v.needs_legal_basis, v.needs_details],
        ]),
    );
    assert.deepEqual(needs, {
      illegal: [true, true],
      harmful_to_minors: [false, true],
      not_illegal: [false, false],
      out_of_scope: [false, false],
      unreachable: [false, false],
    });
    assert.deepEqual(res.json().four_eyes, [{ verdict: 'illegal', severities: [1] }]);
  });
});
