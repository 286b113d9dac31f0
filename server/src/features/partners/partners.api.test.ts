import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { findPartnerHotline } from './index.ts';

let t: TestApp;
let liaison: StaffAgent;
let analyst: StaffAgent;

before(async () => {
  t = await createTestApp();
  liaison = await signedInStaff(t, 'liaison_officer', { displayName: 'Lina Liaison' });
  analyst = await signedInStaff(t, 'analyst');
});
after(() => t.close());

const germany = {
  country: 'de',
  name: 'eco Beschwerdestelle',
  channel: 'web_form',
  address: 'https://hotline.eco.example/report',
  website: 'https://eco.example',
  notes: 'FSM and jugendschutz.net are members too.',
};

const create = (agent: StaffAgent, payload: object) =>
  agent.inject({ method: 'POST', url: '/api/partners', payload });
const list = async (agent: StaffAgent, query = '') => {
  const res = await agent.inject({ url: `/api/partners${query}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().hotlines as { id: string; country: string; name: string; active: boolean }[];
};

async function auditOf(action: string, id: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, id)));
}

describe('the partner hotlines API', () => {
  test('a liaison officer adds a hotline: normalised, audited, listed, found by country and words', async () => {
    const res = await create(liaison, germany);
    assert.equal(res.statusCode, 201, res.body);
    const { hotline } = res.json();
    assert.equal(hotline.country, 'DE');
    assert.equal(hotline.language, 'en', 'English unless said otherwise');
    assert.equal(hotline.active, true);
    assert.equal(hotline.checked_on, null);
    assert.equal(hotline.updated_by, 'Lina Liaison');

    const [audit] = await auditOf('partner.created', hotline.id);
    assert.ok(audit);
    assert.equal(audit.actorStaffId, liaison.id);
    assert.equal(audit.details.country, 'DE');

    await create(liaison, { country: 'BE', name: 'Child Focus', channel: 'web_form', language: 'fr' });
    assert.deepEqual(
      (await list(analyst)).map((h) => h.country),
      ['BE', 'DE'],
      'sorted by country',
    );
    for (const query of ['?country=de', '?country=DE', '?q=jugendschutz', '?q=ECO', '?q=hotline.eco']) {
      assert.deepEqual(
        (await list(analyst, query)).map((h) => h.id),
        [hotline.id],
        query,
      );
    }
    assert.deepEqual(await list(analyst, '?q=%25'), [], 'a % is searched for literally');
    assert.deepEqual(await list(analyst, '?country=IT'), []);

    const facts = await findPartnerHotline(t.database.db, 'de');
    assert.deepEqual(facts, {
      id: hotline.id,
      country: 'DE',
      name: 'eco Beschwerdestelle',
      channel: 'web_form',
      address: 'https://hotline.eco.example/report',
      language: 'en',
    });
    assert.equal(await findPartnerHotline(t.database.db, 'IT'), null);
  });

  test('edit and deactivate are audited with what changed; delete too; an unknown id is a 404', async () => {
    const created = (
      await create(liaison, {
        country: 'NL',
        name: 'Offlimits',
        channel: 'email',
        address: 'Meld@Offlimits.example',
      })
    ).json().hotline;
    assert.equal(created.address, 'meld@offlimits.example');

    const supervisor = await signedInStaff(t, 'supervisor', { displayName: 'Samir Superviseur' });
    const put = (id: string, payload: object) =>
      supervisor.inject({ method: 'PUT', url: `/api/partners/${id}`, payload });
    const edited = await put(created.id, {
      country: 'NL',
      name: 'Offlimits',
      channel: 'email',
      address: 'meld@offlimits.example',
      checked_on: '2026-11-02',
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().hotline.checked_on, '2026-11-02');
    assert.equal(edited.json().hotline.updated_by, 'Samir Superviseur');
    const [updated] = await auditOf('partner.updated', created.id);
    assert.deepEqual(updated?.details, {
      country: 'NL',
      name: 'Offlimits',
      changes: { checked_on: { from: null, to: '2026-11-02' } },
    });

    const deactivated = await put(created.id, {
      country: 'NL',
      name: 'Offlimits',
      channel: 'email',
      address: null,
      active: false,
    });
    assert.equal(deactivated.statusCode, 200, deactivated.body);
    assert.equal(deactivated.json().hotline.active, false);
    assert.equal(await findPartnerHotline(t.database.db, 'NL'), null, 'routing skips an inactive hotline');

    const deleted = await supervisor.inject({ method: 'DELETE', url: `/api/partners/${created.id}` });
    assert.equal(deleted.statusCode, 204);
    assert.equal((await auditOf('partner.deleted', created.id)).length, 1);
    const again = await supervisor.inject({ method: 'DELETE', url: `/api/partners/${created.id}` });
    assert.equal(again.statusCode, 404);
    assert.equal(again.json().error.code, 'partner.not_found');
    const missing = await put(crypto.randomUUID(), { country: 'NL', name: 'X', channel: 'web_form' });
    assert.equal(missing.statusCode, 404);
  });

  test('one active hotline per country: a second is a 409 naming the first; an inactive one is fine', async () => {
    const first = await create(liaison, { country: 'AT', name: 'Stopline', channel: 'web_form' });
    assert.equal(first.statusCode, 201, first.body);
    const second = await create(liaison, { country: 'at', name: 'Other', channel: 'web_form' });
    assert.equal(second.statusCode, 409, second.body);
    assert.equal(second.json().error.code, 'partner.country_taken');
    assert.match(second.json().error.message, /AT already has an active partner hotline: “Stopline”/);

    const inactive = await create(liaison, {
      country: 'AT',
      name: 'Other',
      channel: 'web_form',
      active: false,
    });
    assert.equal(inactive.statusCode, 201, inactive.body);
    const { id } = inactive.json().hotline;
    const activate = await liaison.inject({
      method: 'PUT',
      url: `/api/partners/${id}`,
      payload: { country: 'AT', name: 'Other', channel: 'web_form', active: true },
    });
    assert.equal(activate.statusCode, 409, activate.body);
    assert.deepEqual(
      (await list(analyst, '?country=AT')).map((h) => [h.name, h.active]),
      [
        ['Stopline', true],
        ['Other', false],
      ],
      'the active one first',
    );
    // The database holds the rule too, whatever the service checks.
    await assert.rejects(
      t.database.db.execute(
        sql`insert into partner_hotlines (country, name, channel) values ('AT', 'Racing', 'web_form')`,
      ),
      (error: { cause?: { code?: string } }) => error.cause?.code === '23505',
    );
  });

  test('bad input gets a clear 400 naming the field, and writes nothing', async () => {
    const base = { country: 'PL', name: 'Dyżurnet.pl', channel: 'web_form' };
    const cases: [string, object, RegExp][] = [
      ['lower-case three letters', { ...base, country: 'pol' }, /ISO 3166-1 alpha-2/],
      ['not a country', { ...base, country: 'ZZ' }, /ISO 3166-1 alpha-2/],
      ['UK is GB', { ...base, country: 'UK' }, /ISO 3166-1 alpha-2/],
      ['digits', { ...base, country: '12' }, /ISO 3166-1 alpha-2/],
      ['own country', { ...base, country: 'FR' }, /partner.own_country/],
      [
        'e-mail channel with a URL',
        { ...base, channel: 'email', address: 'https://x.example/' },
        /valid e-mail/,
      ],
      ['web form with an e-mail', { ...base, address: 'a@b.example' }, /https/],
      ['web form over http', { ...base, address: 'http://x.example/form' }, /https/],
      ['website over http', { ...base, website: 'http://x.example' }, /website/],
      ['unknown channel', { ...base, channel: 'fax' }, /channel/],
      ['language', { ...base, language: 'pl' }, /fr or en/],
      ['date', { ...base, checked_on: '31/01/2026' }, /2026-01-31/],
      ['unknown field', { ...base, priority: 1 }, /Unrecognized key/],
      ['empty name', { ...base, name: '  ' }, /give a name/],
    ];
    for (const [name, payload, pattern] of cases) {
      const res = await create(liaison, payload);
      assert.equal(res.statusCode, 400, `${name}: ${res.body}`);
      assert.match(res.body, pattern, name);
    }
    assert.deepEqual(await list(liaison, '?country=PL'), []);
    assert.equal((await liaison.inject({ url: '/api/partners?country=XYZ' })).statusCode, 400);
    const badId = await liaison.inject({ method: 'PUT', url: '/api/partners/nope', payload: base });
    assert.equal(badId.statusCode, 400);
  });

  test('analysts and auditors read but may not change it; liaison officers and admins may', async () => {
    const existing = (
      await create(liaison, { country: 'SE', name: 'ECPAT Sverige', channel: 'web_form' })
    ).json().hotline;
    const payload = { country: 'SE', name: 'ECPAT Sverige', channel: 'web_form', notes: 'changed' };
    for (const role of ['analyst', 'auditor'] as const) {
      const agent = await signedInStaff(t, role);
      assert.equal((await agent.inject({ url: '/api/partners' })).statusCode, 200, role);
      assert.equal((await create(agent, { ...payload, country: 'SI' })).statusCode, 403, role);
      const put = await agent.inject({ method: 'PUT', url: `/api/partners/${existing.id}`, payload });
      assert.equal(put.statusCode, 403, role);
      const del = await agent.inject({ method: 'DELETE', url: `/api/partners/${existing.id}` });
      assert.equal(del.statusCode, 403, role);
    }
    const admin = await signedInStaff(t, 'admin');
    const put = await admin.inject({ method: 'PUT', url: `/api/partners/${existing.id}`, payload });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal((await t.app.inject({ url: '/api/partners' })).statusCode, 401);
  });
});
