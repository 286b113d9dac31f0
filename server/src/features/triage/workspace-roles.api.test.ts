import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { ROLES, type Role, staffRoutes } from '../../platform/auth/index.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { reportItem } from './workspace.testing.ts';

let t: TestApp;
const agents = {} as Record<Role, StaffAgent>;
before(async () => {
  t = await createTestApp();
  for (const role of ROLES) agents[role] = await signedInStaff(t, role);
});
after(() => t.close());

// The workspace matrix as the product defines it (see platform/auth/capabilities.ts). Written out here, not
// derived from the code, so a guard that drifts makes this test fail.
const A = 'admin';
const S = 'supervisor';
const N = 'analyst';
const L = 'liaison_officer';
const U = 'auditor';
const expected: Record<string, readonly Role[]> = {
  'GET /api/queue': [A, S, N, L, U],
  'GET /api/queue/views': [A, S, N, L, U],
  'POST /api/queue/views': [A, S, N, L, U],
  'DELETE /api/queue/views/:id': [A, S, N, L, U],
  'POST /api/queue/bulk/claim': [S, N],
  'POST /api/queue/bulk/assign': [A, S],
  'POST /api/queue/bulk/close': [S, N],
  'POST /api/queue/bulk/duplicate': [S, N],
  'GET /api/qualification/catalogue': [A, S, N, L, U],
  'GET /api/items/:id': [A, S, N, L, U],
  'GET /api/items/:id/history': [A, S, N, U],
  'POST /api/items/:id/claim': [S, N],
  'POST /api/items/:id/release': [S, N],
  'POST /api/items/:id/assessments': [S, N],
  'POST /api/assessments/:id/second-opinion': [S, N],
  'POST /api/items/:id/derived': [S, N],
  'POST /api/assessments/:id/resolve': [S],
  'GET /api/supervision/overview': [A, S, U],
  'POST /api/items/:id/reassign': [A, S],
  'GET /api/staff/assignable': [A, S],
  'GET /api/items/:id/media': [A, S, N, L, U],
  'POST /api/items/:id/media': [S, N],
  'GET /api/media/:id/preview': [S, N],
  'GET /api/media/:id/content': [S, N],
  'DELETE /api/media/:id': [S],
  'GET /api/items/:id/hosting': [A, S, N, L, U],
  'POST /api/items/:id/hosting/lookups': [S, N, L],
  'GET /api/items/:id/captures': [A, S, N, L, U],
  'POST /api/items/:id/captures': [S, N],
  'GET /api/captures/:id': [A, S, N, L, U],
  'GET /api/items/:id/notices': [A, S, N, L, U],
  'GET /api/items/:item_id/feedback': [A, S, N],
  'GET /api/notices': [A, S, N, L, U],
  'GET /api/notices/:id': [A, S, N, L, U],
  'POST /api/notices/:id/approve': [S, N, L],
  'POST /api/notices/:id/withhold': [S, N, L],
  'POST /api/notices/:id/withdraw': [S, N, L],
  'POST /api/notices/:id/replies': [S, N, L],
  'POST /api/notices/:id/acknowledge': [S, N, L],
  'POST /api/notices/:id/mark-sent': [S, N, L],
  'GET /api/police-batches': [S, N, L],
  'POST /api/police-batches': [S, N, L],
  'GET /api/police-batches/:id': [S, N, L],
  'GET /api/police-batches/:id/export.csv': [S, N, L],
  'GET /api/police-batches/:id/export.json': [S, N, L],
  'POST /api/police-batches/:id/transmitted': [S, N, L],
  'GET /api/partners': [A, S, N, L, U],
  'POST /api/partners': [A, S, L],
  'PUT /api/partners/:id': [A, S, L],
  'DELETE /api/partners/:id': [A, S, L],
  'GET /api/items/:id/monitoring': [A, S, N, L, U],
  'POST /api/items/:id/monitoring/check': [S, N, L],
  'POST /api/items/:id/monitoring/pause': [S, N, L],
  'POST /api/items/:id/monitoring/resume': [S, N, L],
  'POST /api/items/:id/monitoring/removed': [S, N, L],
  'GET /api/monitoring': [A, S, N, L, U],
};
const workspaceRoute = (url: string) =>
  /^\/api\/(queue|items|assessments|supervision|qualification|media|captures|notices|police-batches|partners|monitoring)(\/|$)/.test(
    url,
  ) || url === '/api/staff/assignable';

describe('workspace routes × roles', () => {
  test('every workspace route in the route table has an expected rule, and the table agrees', () => {
    const table = staffRoutes(t.app).filter((r) => workspaceRoute(r.url));
    const keys = table.map((r) => `${r.method} ${r.url}`).sort();
    assert.deepEqual(keys, Object.keys(expected).sort(), 'a new workspace route needs a line in `expected`');
  });

  test('each route lets exactly its roles through, and nobody without a session', async () => {
    const item = await reportItem(t);
    for (const route of staffRoutes(t.app).filter((r) => workspaceRoute(r.url))) {
      const key = `${route.method} ${route.url}`;
      const allowed = expected[key] ?? [];
      const url = route.url.replace(':id', item.id);
      const payload = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
      const anonymous = await t.app.inject({
        method: route.method as 'GET',
        url,
        ...(payload ? { payload } : {}),
      });
      assert.equal(anonymous.statusCode, 401, `${key} without a session`);
      for (const role of ROLES) {
        const res = await agents[role].inject({
          method: route.method as 'GET',
          url,
          ...(payload ? { payload } : {}),
        });
        const where = `${key} as ${role}: ${res.statusCode} ${res.body.slice(0, 160)}`;
        if (allowed.includes(role)) {
          assert.ok(![401, 403].includes(res.statusCode), where);
          assert.ok(res.statusCode < 500, where);
        } else {
          assert.equal(res.statusCode, 403, where);
          assert.equal(res.json().error.code, 'auth.forbidden', where);
        }
      }
    }
  });
});
