import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { CLI_ACTOR, createStaffAccount } from '../../platform/auth/index.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { reportItem } from '../triage/workspace.testing.ts';
import { updateStaffMember } from './staff.service.ts';

let t: TestApp;
let sue: StaffAgent;
let admin: StaffAgent;
const others: Record<string, StaffAgent> = {};
let notSetUp: string;

before(async () => {
  t = await createTestApp();
  sue = await signedInStaff(t, 'supervisor', { displayName: 'Sue Superviseure' });
  admin = await signedInStaff(t, 'admin', { displayName: 'Alex Admin' });
  // Names chosen so a byte-order sort (capitals first, accents last) would put them in another order.
  others.zoe = await signedInStaff(t, 'analyst', { displayName: 'Zoé Petit' });
  others.anna = await signedInStaff(t, 'analyst', { displayName: 'anna Martin' });
  others.emile = await signedInStaff(t, 'analyst', { displayName: 'Émile Durand' });
  others.bob = await signedInStaff(t, 'supervisor', { displayName: 'Bob Chef' });
  others.gone = await signedInStaff(t, 'analyst', { displayName: 'Gaston Parti' });
  others.auditor = await signedInStaff(t, 'auditor', { displayName: 'Omar Auditeur' });
  others.liaison = await signedInStaff(t, 'liaison_officer', { displayName: 'Lina Liaison' });
  await updateStaffMember(t.database.db, others.gone.id, { disabled: true }, CLI_ACTOR);
  // Created but never set up (no password, no TOTP yet): cannot sign in to do the work.
  const pending = await createStaffAccount(
    { db: t.database.db, publicUrl: t.config.publicUrl },
    { email: 'new.analyst@hotline.test', displayName: 'Nina Nouvelle', role: 'analyst' },
    CLI_ACTOR,
  );
  notSetUp = pending.staff.id;
});
after(() => t.close());

const list = (agent: StaffAgent) => agent.inject({ method: 'GET', url: '/api/staff/assignable' });

describe('GET /api/staff/assignable', () => {
  test('a supervisor gets the active analysts and supervisors, by name, without personal fields', async () => {
    const res = await list(sue);
    assert.equal(res.statusCode, 200, res.body);
    const { staff } = res.json() as { staff: { id: string; display_name: string; role: string }[] };
    assert.deepEqual(
      staff.map((p) => [p.display_name, p.role]),
      [
        ['anna Martin', 'analyst'],
        ['Bob Chef', 'supervisor'],
        ['Émile Durand', 'analyst'],
        ['Sue Superviseure', 'supervisor'],
        ['Zoé Petit', 'analyst'],
      ],
    );
    assert.deepEqual(
      staff.map((p) => p.id),
      [others.anna?.id, others.bob?.id, others.emile?.id, sue.id, others.zoe?.id],
    );
    for (const person of staff) assert.deepEqual(Object.keys(person).sort(), ['display_name', 'id', 'role']);
    assert.ok(!res.body.includes('@'), 'no e-mail address in the response');
    assert.ok(!staff.some((p) => p.id === notSetUp), 'an account not yet set up is not offered');
  });

  test('admins get the same list; analysts, auditors and liaison officers are refused; no session is 401', async () => {
    const byAdmin = await list(admin);
    assert.equal(byAdmin.statusCode, 200);
    assert.deepEqual(byAdmin.json(), (await list(sue)).json());
    for (const agent of [others.zoe, others.auditor, others.liaison]) {
      const refused = await list(agent as StaffAgent);
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal(refused.json().error.code, 'auth.forbidden');
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/staff/assignable' });
    assert.equal(anonymous.statusCode, 401);
    assert.equal(anonymous.json().error.code, 'auth.no_session');
  });

  test('everyone listed can be handed an item; the people left out are refused by reassign', async () => {
    const listed = (await list(sue)).json().staff as { id: string }[];
    for (const person of listed) {
      const item = await reportItem(t);
      const res = await sue.inject({
        method: 'POST',
        url: `/api/items/${item.id}/reassign`,
        payload: { staff_id: person.id },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().claim.staff_id, person.id);
    }
    const item = await reportItem(t);
    for (const left of [others.gone, others.auditor, others.liaison, admin]) {
      const res = await sue.inject({
        method: 'POST',
        url: `/api/items/${item.id}/reassign`,
        payload: { staff_id: left?.id },
      });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json().error.code, /^reassign\.(role|disabled)$/);
    }
  });

  test('documented under the staff tag', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const operation = doc.paths['/api/staff/assignable'].get;
    assert.deepEqual(operation.tags, ['staff']);
    assert.ok(operation.responses['200'] && operation.responses['403']);
  });
});
