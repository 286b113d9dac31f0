import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { clearItems, reportItem } from './workspace.testing.ts';

let t: TestApp;
let analyst: StaffAgent;
before(async () => {
  t = await createTestApp();
  analyst = await signedInStaff(t, 'analyst', { displayName: 'Ana Lyste' });
});
after(() => t.close());
beforeEach(() => clearItems(t));

const queue = async (query = '') => {
  const res = await analyst.inject({ method: 'GET', url: `/api/queue${query}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as {
    items: { id: string; url: string; priority: number; [k: string]: unknown }[];
    next_cursor: string | null;
    total: number | null;
  };
};
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

describe('GET /api/queue: priority order', () => {
  test('severity first, then hash hits, trusted reporters and repeats; due date breaks ties', async () => {
    const hate = await reportItem(t, { category: 'hate_racial_religious', receivedAt: hoursAgo(100) });
    const csam = await reportItem(t, { category: 'child_sexual_abuse_material' });
    const pimping = await reportItem(t, { category: 'pimping' });
    const trusted = await reportItem(t, { category: 'pimping', reporterKind: 'trusted_flagger' });
    const hashHit = await reportItem(t, { category: 'pimping' });
    await t.database.db.execute(sql`update items set hash_hits = 2 where id = ${hashHit.id}`);
    const repeated = await reportItem(t, { category: 'hate_racial_religious' });
    for (let i = 0; i < 6; i++) await reportItem(t, { category: 'hate_racial_religious', url: repeated.url });
    const olderHate = await reportItem(t, { category: 'hate_racial_religious', receivedAt: hoursAgo(200) });

    const body = await queue();
    assert.deepEqual(
      body.items.map((i) => i.id),
      [hashHit.id, csam.id, trusted.id, pimping.id, repeated.id, olderHate.id, hate.id],
    );
    const byId = Object.fromEntries(body.items.map((i) => [i.id, i]));
    assert.equal(byId[hashHit.id]?.priority, 50);
    assert.equal(byId[csam.id]?.priority, 100);
    assert.equal(byId[trusted.id]?.priority, 150);
    assert.equal(byId[repeated.id]?.priority, 260);
    assert.equal(byId[repeated.id]?.report_count, 7);
    assert.equal(byId[trusted.id]?.trusted, true);
    assert.equal(byId[olderHate.id]?.overdue, true, '72 h target passed');
    assert.equal(byId[csam.id]?.overdue, false);
    assert.equal(byId[csam.id]?.claim, null);
    const dueIn =
      Date.parse(byId[csam.id]?.due_at as string) - Date.parse(byId[csam.id]?.first_reported_at as string);
    assert.equal(dueIn, 24 * 3_600_000, 'due 24 h after the first report');
  });

  test('a more severe later claim raises an unassessed item; the first channel and language stay', async () => {
    const item = await reportItem(t, { category: 'other', channel: 'api', language: 'en' });
    await reportItem(t, { category: 'terrorism', url: item.url, channel: 'web_form', language: 'fr' });
    const [row] = (await queue()).items;
    assert.equal(row?.category, 'terrorism');
    assert.equal(row?.severity, 1);
    assert.equal(row?.channel, 'api');
    assert.equal(row?.language, 'en');
  });

  test('assessed items leave the queue', async () => {
    const item = await reportItem(t);
    await t.database.db.execute(sql`update items set state = 'assessed' where id = ${item.id}`);
    assert.deepEqual((await queue()).items, []);
  });
});

describe('GET /api/queue: filters and pages', () => {
  test('filters by category, channel, language, state, origin and age', async () => {
    const a = await reportItem(t, {
      category: 'terrorism',
      channel: 'api',
      language: 'en',
      receivedAt: hoursAgo(2),
    });
    const b = await reportItem(t, {
      category: 'pimping',
      channel: 'web_form',
      language: 'fr',
      receivedAt: hoursAgo(50),
    });
    const c = await reportItem(t, {
      category: 'pimping',
      channel: 'partner_hotline',
      reporterKind: 'partner_hotline',
      receivedAt: hoursAgo(10),
    });
    await t.database.db.execute(sql`update items set state = 'awaiting_second' where id = ${c.id}`);
    const ids = async (q: string) => (await queue(q)).items.map((i) => i.id).sort();
    assert.deepEqual(await ids('?category=pimping'), [b.id, c.id].sort());
    assert.deepEqual(await ids('?channel=api'), [a.id]);
    assert.deepEqual(await ids('?language=en'), [a.id]);
    assert.deepEqual(await ids('?state=awaiting_second'), [c.id]);
    assert.deepEqual(await ids('?state=new&category=pimping'), [b.id]);
    assert.deepEqual(await ids('?min_age_hours=5'), [b.id, c.id].sort());
    assert.deepEqual(await ids('?max_age_hours=24'), [a.id, c.id].sort());
    assert.deepEqual(await ids('?min_age_hours=5&max_age_hours=24'), [c.id]);
    assert.deepEqual(await ids('?origin=derived'), []);
  });

  test('keyset pages walk the whole queue once, in order', async () => {
    const made = [];
    for (let i = 0; i < 23; i++) {
      made.push(
        await reportItem(t, { category: i % 2 ? 'pimping' : 'terrorism', receivedAt: hoursAgo(i % 5) }),
      );
    }
    const all = (await queue('?limit=100')).items.map((i) => i.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await queue(`?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      assert.ok(page.items.length <= 5);
      assert.equal(page.total, cursor ? null : 23, 'the first page says how many there are in all');
      seen.push(...page.items.map((i) => i.id));
      cursor = page.next_cursor;
    } while (cursor);
    assert.equal(seen.length, 23);
    assert.deepEqual(seen, all);
    assert.equal((await queue('?limit=5&category=pimping')).total, 11, 'counted with the filters');
  });

  const bad: [string, RegExp][] = [
    ['?category=spam', /category/],
    ['?channel=pigeon', /channel/],
    ['?state=assessed', /state/],
    ['?limit=0', /limit/],
    ['?limit=1000', /limit/],
    ['?min_age_hours=-1', /min_age_hours/],
    ['?min_age_hours=10&max_age_hours=2', /min_age_hours must not exceed/],
    ['?cursor=not-a-cursor', /cursor/],
    [`?cursor=${Buffer.from('[1,"x","y"]').toString('base64url')}`, /cursor/],
    ['?view=123', /view/],
    ['?colour=red', /colour|Unrecognized/],
  ];
  for (const [query, message] of bad) {
    test(`rejects ${query} with a clear 400`, async () => {
      const res = await analyst.inject({ method: 'GET', url: `/api/queue${query}` });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error.message, message);
    });
  }
});

describe('saved views', () => {
  test('an analyst saves, applies, overrides and deletes their own views', async () => {
    const terror = await reportItem(t, { category: 'terrorism', language: 'en' });
    const terrorFr = await reportItem(t, { category: 'terrorism', language: 'fr' });
    await reportItem(t, { category: 'pimping' });
    const saved = await analyst.inject({
      method: 'POST',
      url: '/api/queue/views',
      payload: { name: 'Terrorisme', filters: { category: 'terrorism' } },
    });
    assert.equal(saved.statusCode, 201, saved.body);
    const view = saved.json().view;
    assert.deepEqual(view.filters, { category: 'terrorism' });

    const viewed = await queue(`?view=${view.id}`);
    assert.deepEqual(viewed.items.map((i) => i.id).sort(), [terror.id, terrorFr.id].sort());
    assert.deepEqual(
      (await queue(`?view=${view.id}&language=en`)).items.map((i) => i.id),
      [terror.id],
    );
    assert.deepEqual((await queue(`?view=${view.id}&category=pimping`)).items.length, 1);

    const again = await analyst.inject({
      method: 'POST',
      url: '/api/queue/views',
      payload: { name: 'Terrorisme', filters: {} },
    });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'queue_view.name_taken');

    const other = await signedInStaff(t, 'analyst');
    const theirs = await other.inject({ method: 'GET', url: '/api/queue/views' });
    assert.deepEqual(theirs.json().views, []);
    const steal = await other.inject({ method: 'GET', url: `/api/queue?view=${view.id}` });
    assert.equal(steal.statusCode, 404);
    const del = await other.inject({ method: 'DELETE', url: `/api/queue/views/${view.id}` });
    assert.equal(del.statusCode, 404);

    const list = await analyst.inject({ method: 'GET', url: '/api/queue/views' });
    assert.deepEqual(
      list.json().views.map((v: { name: string }) => v.name),
      ['Terrorisme'],
    );
    const gone = await analyst.inject({ method: 'DELETE', url: `/api/queue/views/${view.id}` });
    assert.equal(gone.statusCode, 204);
    const { rows } = (await t.database.db.execute(
      sql`select action from audit_events where target_id = ${view.id} order by seq`,
    )) as unknown as { rows: { action: string }[] };
    assert.deepEqual(
      rows.map((r) => r.action),
      ['queue_view.saved', 'queue_view.deleted'],
    );
  });

  test('bad view bodies get a clear 400', async () => {
    for (const payload of [
      { name: '', filters: {} },
      { name: 'x', filters: { category: 'spam' } },
      { name: 'x', filters: { nope: 1 } },
      { name: 'x' },
    ]) {
      const res = await analyst.inject({ method: 'POST', url: '/api/queue/views', payload });
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
      assert.equal(res.json().error.code, 'request.invalid');
    }
  });
});
