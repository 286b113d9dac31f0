import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { type StaffAgent, signedInStaff } from './auth.testing.ts';
import { ROLES, type Role, staffRoutes } from './index.ts';

let t: TestApp;
const agents = {} as Record<Role, StaffAgent>;
before(async () => {
  t = await createTestApp();
  for (const role of ROLES) agents[role] = await signedInStaff(t, role);
});
after(() => t.close());

const sessionOf = async (role: Role) => (await agents[role].inject({ url: '/api/auth/session' })).json();

describe('what the staff app is told a person may do', () => {
  test('the session lists the capabilities of the signed-in role', async () => {
    // Written out, not derived from the code: the product's rules for two roles that differ most.
    assert.deepEqual((await sessionOf('auditor')).staff.capabilities, [
      'read_workspace',
      'read_history',
      'supervise',
      'read_audit',
      'read_statistics',
    ]);
    assert.deepEqual((await sessionOf('liaison_officer')).staff.capabilities, [
      'read_workspace',
      'manage_directory',
      'look_up_hosting',
      'send_notices',
      'read_statistics',
    ]);
  });

  test('every route that needs a capability lets a role through exactly when its session lists it', async () => {
    const guarded = staffRoutes(t.app).filter((route) => route.capability);
    assert.ok(guarded.length >= 20, `only ${guarded.length} routes name a capability`);
    for (const role of ROLES) {
      const capabilities: string[] = (await sessionOf(role)).staff.capabilities;
      for (const route of guarded) {
        const url = route.url.replace(/:[a-z_]+/g, crypto.randomUUID());
        const payload = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
        const res = await agents[role].inject({
          method: route.method as 'GET',
          url,
          ...(payload ? { payload } : {}),
        });
        const where = `${route.method} ${route.url} as ${role}: ${res.statusCode}`;
        if (capabilities.includes(route.capability as string)) assert.notEqual(res.statusCode, 403, where);
        else assert.equal(res.statusCode, 403, where);
      }
    }
  });

  test('the OpenAPI document lists the capabilities', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const session = doc.paths['/api/auth/session'].get.responses['200'].content['application/json'].schema;
    const capability = session.properties.staff.properties.capabilities.items;
    assert.ok(capability.enum.includes('qualify'), JSON.stringify(capability));
  });
});
