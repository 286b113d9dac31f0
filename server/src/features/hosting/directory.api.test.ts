import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let liaison: StaffAgent;
let analyst: StaffAgent;

before(async () => {
  t = await createTestApp();
  liaison = await signedInStaff(t, 'liaison_officer', { displayName: 'Lina Liaison' });
  analyst = await signedInStaff(t, 'analyst');
});
after(() => t.close());

const videoPlatform = {
  name: 'Example Video',
  kind: 'platform',
  domains: ['Example-Video.com.', 'exemple-vidéo.example'],
  channel: 'web_form',
  address: 'https://example-video.com/legal/report',
  language: 'EN',
  trusted_flagger: 'Trusted flagger since 2025 (DSA art. 22)',
  notes: 'Answers within 24 h on weekdays.',
};

const create = (agent: StaffAgent, payload: object) =>
  agent.inject({ method: 'POST', url: '/api/directory', payload });

async function auditOf(action: string, id: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, id)));
}

describe('the directory API', () => {
  test('a liaison officer adds an entry: normalised, audited, and found by every workspace role', async () => {
    const res = await create(liaison, videoPlatform);
    assert.equal(res.statusCode, 201, res.body);
    const { entry } = res.json();
    assert.deepEqual(entry.domains, ['example-video.com', 'xn--exemple-vido-leb.example']);
    assert.equal(entry.language, 'en');
    assert.equal(entry.updated_by, 'Lina Liaison');
    assert.deepEqual(entry.asns, []);

    const [audit] = await auditOf('directory.entry_created', entry.id);
    assert.ok(audit);
    assert.equal(audit.actorStaffId, liaison.id);
    assert.equal(audit.details.address, 'https://example-video.com/legal/report');

    for (const words of ['video', 'EXAMPLE-VIDEO.COM', '24 h', 'legal/report']) {
      const found = await analyst.inject({ url: `/api/directory?q=${encodeURIComponent(words)}` });
      assert.equal(found.statusCode, 200, found.body);
      assert.deepEqual(
        found.json().entries.map((e: { id: string }) => e.id),
        [entry.id],
        words,
      );
    }
    const none = await analyst.inject({ url: '/api/directory?q=%25' });
    assert.deepEqual(none.json().entries, [], 'a % is searched for literally');
  });

  test('replace and delete are audited with what changed; a missing entry is a 404', async () => {
    const created = (
      await create(liaison, {
        name: 'Example Hosting',
        kind: 'host',
        asns: [64500, 4200000001],
        channel: 'email',
        address: 'Abuse@Hosting.example',
      })
    ).json().entry;
    assert.equal(created.address, 'abuse@hosting.example');
    assert.equal(created.language, 'en');

    const supervisor = await signedInStaff(t, 'supervisor', { displayName: 'Samir Superviseur' });
    const replaced = await supervisor.inject({
      method: 'PUT',
      url: `/api/directory/${created.id}`,
      payload: {
        name: 'Example Hosting SAS',
        kind: 'host',
        asns: [64500],
        domains: ['hosting.example'],
        channel: 'email',
        address: 'abuse@hosting.example',
        language: 'fr',
      },
    });
    assert.equal(replaced.statusCode, 200, replaced.body);
    assert.equal(replaced.json().entry.updated_by, 'Samir Superviseur');
    const [updated] = await auditOf('directory.entry_updated', created.id);
    assert.deepEqual(updated?.details, {
      name: 'Example Hosting SAS',
      changes: {
        name: { from: 'Example Hosting', to: 'Example Hosting SAS' },
        domains: { from: [], to: ['hosting.example'] },
        asns: { from: [64500, 4200000001], to: [64500] },
        language: { from: 'en', to: 'fr' },
      },
    });

    const deleted = await supervisor.inject({ method: 'DELETE', url: `/api/directory/${created.id}` });
    assert.equal(deleted.statusCode, 204);
    assert.equal((await auditOf('directory.entry_deleted', created.id)).length, 1);
    const again = await supervisor.inject({ method: 'DELETE', url: `/api/directory/${created.id}` });
    assert.equal(again.statusCode, 404);
    assert.match(again.body, /directory.not_found/);
  });

  test('a domain or an AS number belongs to one entry only', async () => {
    const first = await create(liaison, {
      name: 'Example Forum',
      kind: 'platform',
      domains: ['forum.example'],
      asns: [64501],
      channel: 'email',
      address: 'abuse@forum.example',
    });
    assert.equal(first.statusCode, 201, first.body);
    for (const claim of [{ domains: ['FORUM.example'] }, { asns: [64501] }]) {
      const res = await create(liaison, {
        name: 'Copycat',
        kind: 'host',
        channel: 'email',
        address: 'abuse@copycat.example',
        ...claim,
      });
      assert.equal(res.statusCode, 409, res.body);
      assert.match(res.json().error.message, /already in the directory entry “Example Forum”/);
    }
  });

  test('bad input gets a clear 400 naming the field, and writes nothing', async () => {
    const base = {
      name: 'Bad',
      kind: 'platform',
      domains: ['bad.example'],
      channel: 'email',
      address: 'a@b.example',
    };
    const cases: [string, object, RegExp][] = [
      ['no match at all', { ...base, domains: [] }, /at least one domain or AS number/],
      ['e-mail channel with a URL', { ...base, address: 'https://bad.example/form' }, /valid e-mail/],
      ['web form with an e-mail', { ...base, channel: 'web_form', address: 'a@b.example' }, /https/],
      ['web form over http', { ...base, channel: 'web_form', address: 'http://bad.example/form' }, /https/],
      ['not a domain', { ...base, domains: ['not a domain'] }, /domain names/],
      ['a URL as domain', { ...base, domains: ['https://bad.example/'] }, /domain names/],
      ['ASN out of range', { ...base, asns: [4294967296] }, /asns/],
      ['unknown kind', { ...base, kind: 'isp' }, /kind/],
      ['unknown channel', { ...base, channel: 'fax' }, /channel/],
      ['language', { ...base, language: 'french' }, /ISO 639-1/],
      ['unknown field', { ...base, priority: 1 }, /Unrecognized key/],
      ['empty name', { ...base, name: '  ' }, /give a name/],
    ];
    for (const [name, payload, pattern] of cases) {
      const res = await create(liaison, payload);
      assert.equal(res.statusCode, 400, `${name}: ${res.body}`);
      assert.match(res.body, pattern, name);
    }
    const found = await liaison.inject({ url: '/api/directory?q=bad.example' });
    assert.deepEqual(found.json().entries, []);
    const badId = await liaison.inject({ method: 'PUT', url: '/api/directory/nope', payload: base });
    assert.equal(badId.statusCode, 400);
  });

  test('analysts and auditors read but may not change it; nobody without a session', async () => {
    const entry = { name: 'X', kind: 'cdn', asns: [64502], channel: 'email', address: 'abuse@cdn.example' };
    for (const role of ['analyst', 'auditor'] as const) {
      const agent = await signedInStaff(t, role);
      assert.equal((await agent.inject({ url: '/api/directory' })).statusCode, 200, role);
      assert.equal((await create(agent, entry)).statusCode, 403, role);
    }
    assert.equal((await t.app.inject({ url: '/api/directory' })).statusCode, 401);
  });
});
