import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { itemRow, reportItem } from '../triage/workspace.testing.ts';

let t: TestApp;
let ana: StaffAgent;
let bob: StaffAgent;
let sue: StaffAgent;
before(async () => {
  t = await createTestApp();
  ana = await signedInStaff(t, 'analyst', { displayName: 'Ana' });
  bob = await signedInStaff(t, 'analyst', { displayName: 'Bob' });
  sue = await signedInStaff(t, 'supervisor', { displayName: 'Sue' });
});
after(() => t.close());

const assess = (agent: StaffAgent, id: string, payload: object) =>
  agent.inject({ method: 'POST', url: `/api/items/${id}/assessments`, payload });
const csamIllegal = {
  category: 'child_sexual_abuse_material',
  legal_bases: ['FR-CP-227-23'],
  verdict: 'illegal',
  details: { apparent_age_band: 'prepubescent', material_kind: 'generated' },
  notes: 'Série connue',
};
const countAssessments = async (itemId: string) =>
  (
    (await t.database.db.execute(
      sql`select count(*)::int as n from assessments where item_id = ${itemId}`,
    )) as unknown as {
      rows: { n: number }[];
    }
  ).rows[0]?.n;

describe('recording an assessment', () => {
  test('a verdict without four eyes counts at once and closes the item', async () => {
    const item = await reportItem(t, { category: 'other' });
    const res = await assess(ana, item.id, {
      version: item.version,
      category: 'hate_racial_religious',
      legal_bases: ['FR-L1881-24-al-7'],
      verdict: 'illegal',
      details: { protected_ground: 'religion' },
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.assessment.status, 'final');
    assert.equal(body.assessment.counts, true);
    assert.equal(body.assessment.analyst.display_name, 'Ana');
    assert.deepEqual(body.item, {
      id: item.id,
      state: 'assessed',
      category: 'hate_racial_religious',
      version: 2,
    });
    const row = await itemRow(t, item.id);
    assert.equal(row.severity, 3);
    const detail = await bob.inject({ method: 'GET', url: `/api/items/${item.id}` });
    assert.equal(detail.json().assessments[0].verdict, 'illegal');

    // Re-qualifying an assessed item supersedes the verdict that counted.
    const again = await assess(bob, item.id, { version: 2, category: 'other', verdict: 'not_illegal' });
    assert.equal(again.statusCode, 201, again.body);
    const statuses = (await bob.inject({ method: 'GET', url: `/api/items/${item.id}` }))
      .json()
      .assessments.map((a: { status: string }) => a.status);
    assert.deepEqual(statuses, ['superseded', 'final']);
  });

  const invalid: [string, object, string][] = [
    [
      'a legal basis of another category',
      { ...csamIllegal, legal_bases: ['FR-CP-225-5'] },
      'assessment.unknown_legal_basis',
    ],
    [
      'an illegal verdict without legal basis',
      { ...csamIllegal, legal_bases: [] },
      'assessment.legal_basis_required',
    ],
    [
      'a missing required detail',
      { ...csamIllegal, details: { material_kind: 'real' } },
      'assessment.detail_required',
    ],
    [
      'an unknown detail',
      { ...csamIllegal, details: { ...csamIllegal.details, colour: 'red' } },
      'assessment.unknown_detail',
    ],
    [
      'an unknown option',
      { ...csamIllegal, details: { ...csamIllegal.details, material_kind: 'dream' } },
      'assessment.invalid_detail',
    ],
    [
      'an illegal verdict on "other"',
      { category: 'other', verdict: 'illegal' },
      'assessment.category_required',
    ],
    ['an unknown verdict', { ...csamIllegal, verdict: 'naughty' }, 'request.invalid'],
    ['an unknown category', { ...csamIllegal, category: 'spam' }, 'request.invalid'],
    ['an unknown field', { ...csamIllegal, ip: '1.2.3.4' }, 'request.invalid'],
  ];
  for (const [name, payload, code] of invalid) {
    test(`refuses ${name} with a clear 400, writing nothing`, async () => {
      const item = await reportItem(t);
      const res = await assess(ana, item.id, { version: item.version, ...payload });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error.code, code);
      assert.equal(await countAssessments(item.id), 0);
      assert.equal((await itemRow(t, item.id)).version, 1);
    });
  }

  test('a missing version is a 400; a stale one a 409 that saves nothing', async () => {
    const item = await reportItem(t);
    const { version: _, ...noVersion } = { version: 0, ...csamIllegal };
    assert.equal((await assess(ana, item.id, noVersion)).statusCode, 400);
    const stale = await assess(ana, item.id, { ...csamIllegal, version: 7 });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'item.version_conflict');
    assert.match(stale.json().error.message, /you saw version 7, it is now 1/);
    assert.equal(await countAssessments(item.id), 0);
  });

  test('two analysts saving the same item at once: one wins, the other gets a 409 conflict', async () => {
    for (let round = 0; round < 3; round++) {
      const item = await reportItem(t);
      const payload = { version: item.version, category: 'other', verdict: 'out_of_scope' };
      const results = await Promise.all([assess(ana, item.id, payload), assess(bob, item.id, payload)]);
      assert.deepEqual(
        results.map((r) => r.statusCode).sort(),
        [201, 409],
        results.map((r) => r.body).join('\n'),
      );
      const lost = results.find((r) => r.statusCode === 409);
      assert.equal(lost?.json().error.code, 'item.version_conflict');
      assert.equal(await countAssessments(item.id), 1);
      assert.equal((await itemRow(t, item.id)).version, 2);
    }
  });

  test('an item someone else has claimed cannot be assessed by another analyst', async () => {
    const item = await reportItem(t);
    await ana.inject({ method: 'POST', url: `/api/items/${item.id}/claim` });
    const res = await assess(bob, item.id, { version: 1, category: 'other', verdict: 'unreachable' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'item.claimed');
    const mine = await assess(ana, item.id, { version: 1, category: 'other', verdict: 'unreachable' });
    assert.equal(mine.statusCode, 201);
    assert.equal((await itemRow(t, item.id)).claimed_by, null, 'the claim ends with the work');
  });
});

describe('four eyes', () => {
  test('illegal abuse material waits for a second analyst, who is not the author; agreement makes it count', async () => {
    const item = await reportItem(t, { category: 'child_sexual_abuse_material' });
    const first = await assess(ana, item.id, { version: 1, ...csamIllegal });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().assessment.status, 'pending_second');
    assert.equal(first.json().assessment.counts, false);
    assert.equal(first.json().item.state, 'awaiting_second');
    const id = first.json().assessment.id;

    const queued = await bob.inject({ method: 'GET', url: '/api/queue?state=awaiting_second' });
    assert.ok(queued.json().items.some((i: { id: string }) => i.id === item.id));

    const self = await ana.inject({
      method: 'POST',
      url: `/api/assessments/${id}/second-opinion`,
      payload: { version: 2, decision: 'agree' },
    });
    assert.equal(self.statusCode, 409);
    assert.equal(self.json().error.code, 'assessment.same_analyst');
    const overwrite = await assess(bob, item.id, { version: 2, category: 'other', verdict: 'not_illegal' });
    assert.equal(overwrite.json().error.code, 'item.assessment_pending');

    const agreed = await bob.inject({
      method: 'POST',
      url: `/api/assessments/${id}/second-opinion`,
      payload: { version: 2, decision: 'agree' },
    });
    assert.equal(agreed.statusCode, 200, agreed.body);
    assert.equal(agreed.json().assessment.status, 'confirmed');
    assert.equal(agreed.json().assessment.counts, true);
    assert.equal(agreed.json().assessment.second_opinion.analyst.display_name, 'Bob');
    assert.equal(agreed.json().item.state, 'assessed');
    const twice = await bob.inject({
      method: 'POST',
      url: `/api/assessments/${id}/second-opinion`,
      payload: { version: 3, decision: 'agree' },
    });
    assert.equal(twice.json().error.code, 'assessment.not_awaiting_second');
  });

  test('disagreement goes to a supervisor, who upholds or replaces; only an uninvolved supervisor decides', async () => {
    const item = await reportItem(t, { category: 'terrorism' });
    const first = await assess(ana, item.id, {
      version: 1,
      category: 'terrorism',
      legal_bases: ['FR-CP-421-2-5'],
      verdict: 'illegal',
      details: { terrorism_form: 'apology' },
    });
    const id = first.json().assessment.id;
    const noReason = await bob.inject({
      method: 'POST',
      url: `/api/assessments/${id}/second-opinion`,
      payload: { version: 2, decision: 'disagree' },
    });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.json().error.message, /say why you disagree/);
    const disputed = await bob.inject({
      method: 'POST',
      url: `/api/assessments/${id}/second-opinion`,
      payload: { version: 2, decision: 'disagree', notes: 'Reportage journalistique' },
    });
    assert.equal(disputed.statusCode, 200, disputed.body);
    assert.equal(disputed.json().item.state, 'disputed');

    const byAnalyst = await bob.inject({
      method: 'POST',
      url: `/api/assessments/${id}/resolve`,
      payload: { version: 3, decision: 'uphold', notes: 'x' },
    });
    assert.equal(byAnalyst.statusCode, 403);
    const missing = await sue.inject({
      method: 'POST',
      url: `/api/assessments/${id}/resolve`,
      payload: { version: 3, decision: 'replace', notes: 'x' },
    });
    assert.equal(missing.statusCode, 400);
    const replaced = await sue.inject({
      method: 'POST',
      url: `/api/assessments/${id}/resolve`,
      payload: {
        version: 3,
        decision: 'replace',
        notes: 'Contexte informatif',
        assessment: { category: 'terrorism', verdict: 'not_illegal' },
      },
    });
    assert.equal(replaced.statusCode, 200, replaced.body);
    assert.equal(replaced.json().assessment.status, 'final');
    assert.equal(replaced.json().assessment.verdict, 'not_illegal');
    assert.equal(replaced.json().assessment.analyst.display_name, 'Sue');
    assert.equal(replaced.json().item.state, 'assessed');
    const detail = (await ana.inject({ method: 'GET', url: `/api/items/${item.id}` })).json();
    assert.deepEqual(
      detail.assessments.map((a: { status: string }) => a.status),
      ['overruled', 'final'],
    );
    assert.equal(detail.assessments[0].resolution.decision, 'replace');

    // Uphold, and the involved-supervisor rule.
    const item2 = await reportItem(t, { category: 'child_sexual_abuse_material' });
    const byBoss = await assess(sue, item2.id, { version: 1, ...csamIllegal });
    const id2 = byBoss.json().assessment.id;
    await ana.inject({
      method: 'POST',
      url: `/api/assessments/${id2}/second-opinion`,
      payload: { version: 2, decision: 'disagree', notes: 'Âge incertain' },
    });
    const involved = await sue.inject({
      method: 'POST',
      url: `/api/assessments/${id2}/resolve`,
      payload: { version: 3, decision: 'uphold', notes: 'x' },
    });
    assert.equal(involved.json().error.code, 'assessment.resolver_involved');
    const other = await signedInStaff(t, 'supervisor');
    const upheld = await other.inject({
      method: 'POST',
      url: `/api/assessments/${id2}/resolve`,
      payload: { version: 3, decision: 'uphold', notes: 'Âge évident' },
    });
    assert.equal(upheld.statusCode, 200, upheld.body);
    assert.equal(upheld.json().assessment.status, 'upheld');
    assert.equal(upheld.json().assessment.counts, true);

    const { rows } = (await t.database.db.execute(
      sql`select action from audit_events where target_id = ${item.id} order by seq`,
    )) as unknown as { rows: { action: string }[] };
    assert.deepEqual(
      rows.map((r) => r.action),
      ['assessment.recorded', 'assessment.disputed', 'assessment.resolved'],
    );
    assert.equal((await verifyAuditChain(t.database.db)).ok, true);
  });

  test('unknown assessments are 404, malformed ids 400', async () => {
    const res = await bob.inject({
      method: 'POST',
      url: '/api/assessments/00000000-0000-4000-8000-000000000000/second-opinion',
      payload: { version: 1, decision: 'agree' },
    });
    assert.equal(res.statusCode, 404);
    const bad = await bob.inject({
      method: 'POST',
      url: '/api/assessments/xyz/second-opinion',
      payload: { version: 1, decision: 'agree' },
    });
    assert.equal(bad.statusCode, 400);
  });
});
