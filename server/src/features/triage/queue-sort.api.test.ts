import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { QUEUE_SORTS } from './triage.schemas.ts';
import { clearItems, reportItem } from './workspace.testing.ts';

let t: TestApp;
let analyst: StaffAgent;
type Row = {
  id: string;
  category: string;
  report_count: number;
  first_reported_at: string;
  priority: number;
};
const CATEGORIES = ['terrorism', 'pimping', 'hate_racial_religious', 'other'];
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

before(async () => {
  t = await createTestApp();
  analyst = await signedInStaff(t, 'analyst');
  await clearItems(t);
  // Many ties on purpose (same age, same category, same count) so only the id keeps the order strict.
  for (let i = 0; i < 27; i++) {
    const item = await reportItem(t, { category: CATEGORIES[i % 4], receivedAt: hoursAgo(i % 3) });
    if (i % 5 === 0) {
      await t.database.db.execute(sql`update items set report_count = ${1 + (i % 3)} where id = ${item.id}`);
    }
  }
});
after(() => t.close());

const queue = async (query: string) => {
  const res = await analyst.inject({ method: 'GET', url: `/api/queue${query}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { items: Row[]; next_cursor: string | null };
};

async function walk(sort: string, limit: number): Promise<Row[]> {
  const seen: Row[] = [];
  let cursor: string | null = null;
  do {
    const page = await queue(`?sort=${sort}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return seen;
}

describe('GET /api/queue?sort=…', () => {
  for (const sort of QUEUE_SORTS) {
    test(`${sort}: pages of 4 neither repeat nor skip an item, and follow the one-page order`, async () => {
      const whole = (await queue(`?sort=${sort}&limit=100`)).items.map((i) => i.id);
      const paged = (await walk(sort, 4)).map((i) => i.id);
      assert.equal(new Set(paged).size, 27, 'no item twice');
      assert.deepEqual(paged, whole);
    });
  }

  test('each order means what it says', async () => {
    const received = (await queue('?sort=received&limit=100')).items.map((i) =>
      Date.parse(i.first_reported_at),
    );
    assert.deepEqual(
      received,
      [...received].sort((a, b) => b - a),
      'newest first',
    );
    const reports = (await queue('?sort=reports&limit=100')).items.map((i) => i.report_count);
    assert.deepEqual(
      reports,
      [...reports].sort((a, b) => b - a),
      'most reported first',
    );
    assert.ok((reports[0] ?? 0) > 1);
    const categories = (await queue('?sort=category&limit=100')).items.map((i) => i.category);
    assert.deepEqual(categories, [...categories].sort(), 'grouped by category');
    const due = (await queue('?limit=100')).items.map((i) => i.priority);
    assert.deepEqual(
      due,
      [...due].sort((a, b) => a - b),
      'by default, the priority order',
    );
  });

  test('an unknown order, or a cursor given by another order, is a 400', async () => {
    const bad = await analyst.inject({ method: 'GET', url: '/api/queue?sort=random' });
    assert.equal(bad.statusCode, 400);
    const { next_cursor } = await queue('?sort=received&limit=2');
    const mixed = await analyst.inject({ method: 'GET', url: `/api/queue?sort=due&cursor=${next_cursor}` });
    assert.equal(mixed.statusCode, 400);
    assert.equal(mixed.json().error.code, 'queue.bad_cursor');
  });
});
