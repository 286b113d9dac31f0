import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { itemRow, reportItem } from '../triage/workspace.testing.ts';

let t: TestApp;
let ana: StaffAgent;
let bob: StaffAgent;
let sue: StaffAgent;
let liaison: StaffAgent;
before(async () => {
  t = await createTestApp();
  ana = await signedInStaff(t, 'analyst', { displayName: 'Ana' });
  bob = await signedInStaff(t, 'analyst', { displayName: 'Bob' });
  sue = await signedInStaff(t, 'supervisor', { displayName: 'Sue' });
  liaison = await signedInStaff(t, 'liaison_officer');
});
after(() => t.close());

type Result = { id: string; outcome: 'done' | 'refused'; reason: { code: string; message: string } | null };
const bulk = async (agent: StaffAgent, action: string, payload: object, status = 200) => {
  const res = await agent.inject({ method: 'POST', url: `/api/queue/bulk/${action}`, payload });
  assert.equal(res.statusCode, status, res.body);
  return res.json() as { results: Result[] };
};
const actions = async (id: string) =>
  rowsOf<{ action: string; actor_staff_id: string }>(
    await t.database.db.execute(
      sql`select action, actor_staff_id from audit_events where target_id = ${id} order by seq`,
    ),
  );
const outcomes = (r: { results: Result[] }) => r.results.map((x) => [x.outcome, x.reason?.code ?? null]);

describe('POST /api/queue/bulk/claim', () => {
  test('claims each free item; an item someone else holds is refused with the holder, the rest go through', async () => {
    const [a, b, c] = [await reportItem(t), await reportItem(t), await reportItem(t)];
    await bulk(bob, 'claim', { item_ids: [b.id] });
    const answer = await bulk(ana, 'claim', { item_ids: [a.id, b.id, c.id] });
    assert.deepEqual(
      answer.results.map((r) => r.id),
      [a.id, b.id, c.id],
      'one result per item, in order',
    );
    assert.deepEqual(outcomes(answer), [
      ['done', null],
      ['refused', 'item.claimed'],
      ['done', null],
    ]);
    assert.match(answer.results[1]?.reason?.message ?? '', /Bob/);
    assert.equal((await itemRow(t, a.id)).claimed_by, ana.id);
    assert.equal((await itemRow(t, b.id)).claimed_by, bob.id, 'Bob keeps his item');
    assert.deepEqual(await actions(a.id), [{ action: 'item.claimed', actor_staff_id: ana.id }]);
    assert.deepEqual(
      (await actions(b.id)).map((e) => e.actor_staff_id),
      [bob.id],
      'no event for the refusal',
    );
    assert.equal((await verifyAuditChain(t.database.db)).ok, true);
  });

  test('an unknown item is refused on its own; bad bodies and other roles are refused as a whole', async () => {
    const a = await reportItem(t);
    const answer = await bulk(sue, 'claim', { item_ids: [crypto.randomUUID(), a.id] });
    assert.deepEqual(outcomes(answer), [
      ['refused', 'item.not_found'],
      ['done', null],
    ]);
    await bulk(ana, 'claim', { item_ids: [] }, 400);
    await bulk(ana, 'claim', { item_ids: [a.id, a.id] }, 400);
    await bulk(ana, 'claim', { item_ids: ['nope'] }, 400);
    const res = await liaison.inject({
      method: 'POST',
      url: '/api/queue/bulk/claim',
      payload: { item_ids: [a.id] },
    });
    assert.equal(res.statusCode, 403);
    assert.equal((await itemRow(t, a.id)).claimed_by, sue.id);
  });
});

describe('POST /api/queue/bulk/assign', () => {
  test('a supervisor hands items to an analyst through the reassign rule; analysts may not', async () => {
    const [a, b] = [await reportItem(t), await reportItem(t)];
    await t.database.db.execute(sql`update items set state = 'assessed' where id = ${b.id}`);
    const answer = await bulk(sue, 'assign', { item_ids: [a.id, b.id], staff_id: bob.id });
    assert.deepEqual(outcomes(answer), [
      ['done', null],
      ['refused', 'item.closed'],
    ]);
    assert.equal((await itemRow(t, a.id)).claimed_by, bob.id);
    assert.deepEqual(
      (await actions(a.id)).map((e) => [e.action, e.actor_staff_id]),
      [['item.reassigned', sue.id]],
    );
    const toLiaison = await bulk(sue, 'assign', { item_ids: [a.id], staff_id: liaison.id });
    assert.deepEqual(outcomes(toLiaison), [['refused', 'reassign.role']]);
    const res = await ana.inject({
      method: 'POST',
      url: '/api/queue/bulk/assign',
      payload: { item_ids: [a.id], staff_id: ana.id },
    });
    assert.equal(res.statusCode, 403);
    assert.equal((await itemRow(t, a.id)).claimed_by, bob.id);
  });
});

describe('POST /api/queue/bulk/close', () => {
  test('records the verdict on each item through the assessment path, audited; changed or held items are refused', async () => {
    const [a, b, c, d] = [await reportItem(t), await reportItem(t), await reportItem(t), await reportItem(t)];
    await bulk(bob, 'claim', { item_ids: [c.id] });
    await t.database.db.execute(sql`update items set state = 'awaiting_second' where id = ${d.id}`);
    const answer = await bulk(ana, 'close', {
      verdict: 'out_of_scope',
      notes: 'Spam campaign',
      items: [
        { id: a.id, version: a.version },
        { id: b.id, version: b.version + 7 },
        { id: c.id, version: c.version },
        { id: d.id, version: d.version },
      ],
    });
    assert.deepEqual(outcomes(answer), [
      ['done', null],
      ['refused', 'item.version_conflict'],
      ['refused', 'item.claimed'],
      ['refused', 'item.assessment_pending'],
    ]);
    assert.equal((await itemRow(t, a.id)).state, 'assessed');
    assert.equal((await itemRow(t, b.id)).state, 'new');
    const [assessment] = rowsOf<{ verdict: string; status: string; notes: string; staff_id: string }>(
      await t.database.db.execute(
        sql`select verdict, status, notes, staff_id from assessments where item_id = ${a.id}`,
      ),
    );
    assert.deepEqual(assessment, {
      verdict: 'out_of_scope',
      status: 'final',
      notes: 'Spam campaign',
      staff_id: ana.id,
    });
    assert.deepEqual(
      (await actions(a.id)).map((e) => e.action),
      ['assessment.recorded'],
    );
    assert.deepEqual(await actions(b.id), []);
  });

  test('an adverse verdict cannot be given in bulk; liaison officers may not close', async () => {
    const a = await reportItem(t);
    const items = [{ id: a.id, version: a.version }];
    await bulk(ana, 'close', { verdict: 'illegal', items }, 400);
    const res = await liaison.inject({
      method: 'POST',
      url: '/api/queue/bulk/close',
      payload: { verdict: 'unreachable', items },
    });
    assert.equal(res.statusCode, 403);
    assert.equal((await itemRow(t, a.id)).state, 'new');
  });
});

describe('POST /api/queue/bulk/duplicate', () => {
  const csamIllegal = {
    category: 'child_sexual_abuse_material',
    legal_bases: ['FR-CP-227-23'],
    verdict: 'illegal',
    details: { apparent_age_band: 'prepubescent', material_kind: 'generated' },
  };

  test('refused while the other item has no final verdict; then each item takes it through four eyes', async () => {
    const original = await reportItem(t);
    const [b, c] = [await reportItem(t), await reportItem(t)];
    const items = [
      { id: b.id, version: b.version },
      { id: c.id, version: c.version },
      { id: original.id, version: original.version },
    ];
    const first = await ana.inject({
      method: 'POST',
      url: `/api/items/${original.id}/assessments`,
      payload: { ...csamIllegal, version: original.version },
    });
    assert.equal(first.statusCode, 201, first.body);
    const early = await ana.inject({
      method: 'POST',
      url: '/api/queue/bulk/duplicate',
      payload: { items, duplicate_of: original.id },
    });
    assert.equal(early.statusCode, 409, 'pending four eyes is not final');
    assert.equal(early.json().error.code, 'duplicate.original_not_final');
    assert.match(early.json().error.message, /no final verdict/);
    assert.equal((await itemRow(t, b.id)).state, 'new', 'nothing changed');

    const { assessment, item } = first.json();
    const agree = await bob.inject({
      method: 'POST',
      url: `/api/assessments/${assessment.id}/second-opinion`,
      payload: { version: item.version, decision: 'agree' },
    });
    assert.equal(agree.statusCode, 200, agree.body);
    await bulk(bob, 'claim', { item_ids: [c.id] });

    const answer = await bulk(ana, 'duplicate', { items, duplicate_of: original.id });
    assert.deepEqual(outcomes(answer), [
      ['done', 'assessment.awaiting_second'],
      ['refused', 'item.claimed'],
      ['refused', 'duplicate.self'],
    ]);
    const row = await itemRow(t, b.id);
    assert.equal(row.duplicate_of_item_id, original.id);
    assert.equal(row.state, 'awaiting_second', 'an illegal verdict on CSAM needs a second analyst again');
    assert.equal(row.category, 'child_sexual_abuse_material');
    const [taken] = rowsOf<{ verdict: string; legal_bases: string[]; details: object; status: string }>(
      await t.database.db.execute(
        sql`select verdict, legal_bases, details, status from assessments where item_id = ${b.id}`,
      ),
    );
    assert.deepEqual(taken, {
      verdict: 'illegal',
      legal_bases: ['FR-CP-227-23'],
      details: csamIllegal.details,
      status: 'pending_second',
    });
    const [event] = rowsOf<{ action: string; details: { duplicate_of?: string } }>(
      await t.database.db.execute(
        sql`select action, details from audit_events where target_id = ${b.id} order by seq`,
      ),
    );
    assert.equal(event?.action, 'assessment.recorded');
    assert.equal(event?.details.duplicate_of, original.id);
    assert.equal((await itemRow(t, c.id)).duplicate_of_item_id, null);

    const detail = await liaison.inject({ method: 'GET', url: `/api/items/${b.id}` });
    assert.equal(detail.json().duplicate_of.id, original.id);
    assert.equal(detail.json().duplicate_of.url, original.url);
  });

  test('an unknown item to duplicate is a 404; liaison officers may not mark duplicates', async () => {
    const a = await reportItem(t);
    const items = [{ id: a.id, version: a.version }];
    const unknown = await ana.inject({
      method: 'POST',
      url: '/api/queue/bulk/duplicate',
      payload: { items, duplicate_of: crypto.randomUUID() },
    });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'duplicate.original_not_found');
    const res = await liaison.inject({
      method: 'POST',
      url: '/api/queue/bulk/duplicate',
      payload: { items, duplicate_of: a.id },
    });
    assert.equal(res.statusCode, 403);
  });
});
