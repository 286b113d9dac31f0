import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type StaffAgent, signedInStaff, signIn } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let ana: StaffAgent;
let sue: StaffAgent;
before(async () => {
  t = await createTestApp();
  ana = await signedInStaff(t, 'analyst');
  sue = await signedInStaff(t, 'supervisor');
});
after(() => t.close());

const read = async (agent: StaffAgent) => {
  const res = await agent.inject({ method: 'GET', url: '/api/me/preferences' });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};

describe('/api/me/preferences', () => {
  test('comfortable until changed; a change is the person’s own and survives a new session', async () => {
    assert.deepEqual(await read(ana), { queue_density: 'comfortable' });
    const put = await ana.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      payload: { queue_density: 'compact' },
    });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json(), { queue_density: 'compact' });
    assert.deepEqual(await read(ana), { queue_density: 'compact' });
    assert.deepEqual(await read(sue), { queue_density: 'comfortable' }, 'not someone else’s');
    const again = await signIn(t, ana);
    assert.deepEqual(await read(again), { queue_density: 'compact' }, 'another browser, same person');
    const back = await ana.inject({ method: 'PUT', url: '/api/me/preferences', payload: {} });
    assert.deepEqual(back.json(), { queue_density: 'compact' }, 'nothing named, nothing changed');
  });

  test('bad values are a 400 and change nothing', async () => {
    for (const payload of [{ queue_density: 'tiny' }, { queue_density: 3 }, { colour: 'red' }]) {
      const res = await sue.inject({ method: 'PUT', url: '/api/me/preferences', payload });
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
      assert.ok(res.json().error.code, 'an error code');
    }
    assert.deepEqual(await read(sue), { queue_density: 'comfortable' });
  });
});
