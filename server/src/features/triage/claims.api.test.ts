import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { itemRow, reportItem } from './workspace.testing.ts';

let t: TestApp;
let ana: StaffAgent;
let bob: StaffAgent;
let sup: StaffAgent;
before(async () => {
  t = await createTestApp();
  ana = await signedInStaff(t, 'analyst', { displayName: 'Ana' });
  bob = await signedInStaff(t, 'analyst', { displayName: 'Bob' });
  sup = await signedInStaff(t, 'supervisor', { displayName: 'Sue' });
});
after(() => t.close());

const claim = (agent: StaffAgent, id: string) =>
  agent.inject({ method: 'POST', url: `/api/items/${id}/claim` });
const actions = async (id: string) =>
  (
    (await t.database.db.execute(
      sql`select action from audit_events where target_id = ${id} order by seq`,
    )) as unknown as {
      rows: { action: string }[];
    }
  ).rows.map((r) => r.action);

describe('claims', () => {
  test('a claim shows in the queue with its holder; others are refused with who holds it', async () => {
    const item = await reportItem(t, { category: 'terrorism' });
    const res = await claim(ana, item.id);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().claim.display_name, 'Ana');
    const expires = Date.parse(res.json().claim.expires_at) - Date.now();
    assert.ok(expires > 29 * 60_000 && expires <= 30 * 60_000 + 5000, 'claim lasts 30 minutes');

    const queued = await bob.inject({ method: 'GET', url: '/api/queue?category=terrorism' });
    assert.equal(queued.json().items.find((i: { id: string }) => i.id === item.id).claim.display_name, 'Ana');
    const mine = await ana.inject({ method: 'GET', url: '/api/queue?claim=mine' });
    assert.deepEqual(
      mine.json().items.map((i: { id: string }) => i.id),
      [item.id],
    );
    const free = await bob.inject({ method: 'GET', url: '/api/queue?claim=free' });
    assert.ok(!free.json().items.some((i: { id: string }) => i.id === item.id));

    const refused = await claim(bob, item.id);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'item.claimed');
    assert.match(refused.json().error.message, /Ana is working on this item/);

    const renewed = await claim(ana, item.id);
    assert.equal(renewed.statusCode, 200);
    assert.deepEqual(await actions(item.id), ['item.claimed'], 'a renewal is not a new claim');
  });

  test('two analysts claiming at once: exactly one gets it', async () => {
    for (let round = 0; round < 5; round++) {
      const item = await reportItem(t);
      const results = await Promise.all([claim(ana, item.id), claim(bob, item.id), claim(sup, item.id)]);
      const codes = results.map((r) => r.statusCode).sort();
      assert.deepEqual(codes, [200, 409, 409], results.map((r) => r.body).join('\n'));
      const winner = results.find((r) => r.statusCode === 200)?.json().claim.staff_id;
      assert.equal((await itemRow(t, item.id)).claimed_by, winner);
    }
  });

  test('a lapsed claim can be taken by someone else', async () => {
    const item = await reportItem(t);
    await claim(ana, item.id);
    await t.database.db.execute(
      sql`update items set claim_expires_at = now() - interval '1 second' where id = ${item.id}`,
    );
    const queued = await bob.inject({ method: 'GET', url: '/api/queue?claim=free' });
    assert.equal(queued.json().items.find((i: { id: string }) => i.id === item.id).claim, null);
    const res = await claim(bob, item.id);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().claim.display_name, 'Bob');
  });

  test('release: only by the holder', async () => {
    const item = await reportItem(t);
    await claim(ana, item.id);
    const notYours = await bob.inject({ method: 'POST', url: `/api/items/${item.id}/release` });
    assert.equal(notYours.statusCode, 409);
    assert.equal(notYours.json().error.code, 'item.not_your_claim');
    const released = await ana.inject({ method: 'POST', url: `/api/items/${item.id}/release` });
    assert.equal(released.statusCode, 200);
    assert.equal((await itemRow(t, item.id)).claimed_by, null);
    assert.deepEqual(await actions(item.id), ['item.claimed', 'item.released']);
  });

  test('claims on unknown, malformed or assessed items get clear errors', async () => {
    assert.equal((await claim(ana, '00000000-0000-4000-8000-000000000000')).statusCode, 404);
    const malformed = await claim(ana, 'nope');
    assert.equal(malformed.statusCode, 400);
    assert.match(malformed.json().error.message, /not a valid id/);
    const item = await reportItem(t);
    await t.database.db.execute(sql`update items set state = 'assessed' where id = ${item.id}`);
    const closed = await claim(ana, item.id);
    assert.equal(closed.statusCode, 409);
    assert.equal(closed.json().error.code, 'item.closed');
  });
});

describe('reassign (supervisors)', () => {
  test('a supervisor hands an item to another analyst, then frees it; both audited', async () => {
    const item = await reportItem(t);
    await claim(ana, item.id);
    const handed = await sup.inject({
      method: 'POST',
      url: `/api/items/${item.id}/reassign`,
      payload: { staff_id: bob.id, note: 'Ana is off today' },
    });
    assert.equal(handed.statusCode, 200, handed.body);
    assert.equal(handed.json().claim.display_name, 'Bob');
    assert.equal((await claim(ana, item.id)).statusCode, 409);
    const freed = await sup.inject({
      method: 'POST',
      url: `/api/items/${item.id}/reassign`,
      payload: { staff_id: null },
    });
    assert.equal(freed.statusCode, 200);
    assert.equal(freed.json().claim, null);
    assert.deepEqual(await actions(item.id), ['item.claimed', 'item.reassigned', 'item.reassigned']);
    assert.equal((await verifyAuditChain(t.database.db)).ok, true);
  });

  test('only to an active analyst or supervisor; bad bodies are 400', async () => {
    const item = await reportItem(t);
    const auditor = await signedInStaff(t, 'auditor');
    const toAuditor = await sup.inject({
      method: 'POST',
      url: `/api/items/${item.id}/reassign`,
      payload: { staff_id: auditor.id },
    });
    assert.equal(toAuditor.statusCode, 400);
    assert.equal(toAuditor.json().error.code, 'reassign.role');
    const nobody = await sup.inject({
      method: 'POST',
      url: `/api/items/${item.id}/reassign`,
      payload: { staff_id: '00000000-0000-4000-8000-000000000000' },
    });
    assert.equal(nobody.statusCode, 404);
    for (const payload of [{}, { staff_id: 'x' }, { staff_id: null, extra: 1 }]) {
      const res = await sup.inject({ method: 'POST', url: `/api/items/${item.id}/reassign`, payload });
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
    }
    assert.equal((await itemRow(t, item.id)).claimed_by, null, 'nothing half-written');
  });
});
