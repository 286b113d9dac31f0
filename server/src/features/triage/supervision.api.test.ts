import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { reportItem } from './workspace.testing.ts';

let t: TestApp;
let sup: StaffAgent;
before(async () => {
  t = await createTestApp();
  sup = await signedInStaff(t, 'supervisor', { displayName: 'Sue' });
});
after(() => t.close());

describe('GET /api/supervision/overview', () => {
  test('backlog by category and age band, breaches, throughput, disagreements and claims', async () => {
    const ana = await signedInStaff(t, 'analyst', { displayName: 'Ana' });
    const bob = await signedInStaff(t, 'analyst', { displayName: 'Bob' });
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    await reportItem(t, { category: 'terrorism', receivedAt: hoursAgo(1) });
    await reportItem(t, { category: 'terrorism', receivedAt: hoursAgo(30) });
    const old = await reportItem(t, { category: 'pimping', receivedAt: hoursAgo(24 * 10) });
    await ana.inject({ method: 'POST', url: `/api/items/${old.id}/claim` });
    const assessed = await reportItem(t, { category: 'other' });
    await ana.inject({
      method: 'POST',
      url: `/api/items/${assessed.id}/assessments`,
      payload: { version: 1, category: 'other', verdict: 'not_illegal' },
    });
    const disputed = await reportItem(t, { category: 'terrorism' });
    const first = await ana.inject({
      method: 'POST',
      url: `/api/items/${disputed.id}/assessments`,
      payload: {
        version: 1,
        category: 'terrorism',
        legal_bases: ['FR-CP-421-2-5'],
        verdict: 'illegal',
        details: { terrorism_form: 'provocation' },
      },
    });
    await bob.inject({
      method: 'POST',
      url: `/api/assessments/${first.json().assessment.id}/second-opinion`,
      payload: { version: 2, decision: 'disagree', notes: 'Satire' },
    });

    const res = await sup.inject({ method: 'GET', url: '/api/supervision/overview' });
    assert.equal(res.statusCode, 200, res.body);
    const o = res.json();
    assert.deepEqual(o.backlog, [
      { category: 'pimping', age_band: 'over_7_days', items: 1 },
      { category: 'terrorism', age_band: '1_to_3_days', items: 1 },
      { category: 'terrorism', age_band: 'under_24h', items: 2 },
    ]);
    assert.deepEqual(o.breaches.by_category, [
      { category: 'pimping', items: 1 },
      { category: 'terrorism', items: 1 },
    ]);
    assert.equal(o.breaches.oldest[0].id, old.id);
    assert.equal(o.breaches.oldest[0].claim.display_name, 'Ana');
    assert.equal(o.throughput.length, 30);
    assert.deepEqual(o.throughput.at(-1), {
      day: new Date().toISOString().slice(0, 10),
      assessments: 2,
      final_verdicts: 1,
    });
    assert.equal(o.disagreements.last_30_days, 1);
    assert.equal(o.disagreements.waiting[0].analyst, 'Ana');
    assert.equal(o.disagreements.waiting[0].second_analyst, 'Bob');
    assert.equal(o.disagreements.waiting[0].second_notes, 'Satire');
    assert.deepEqual(
      o.claims.map((c: { display_name: string; items: number }) => [c.display_name, c.items]),
      [['Ana', 1]],
    );
  });
});
