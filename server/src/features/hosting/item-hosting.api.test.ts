/**
 * Every item gets its hosting record by itself: new items are enrolled and looked up (DNS through a
 * local DNS server, RDAP through the safe fetcher to a local registry), passing failures are retried
 * later and then given up, answers such as NXDOMAIN are results, staff can ask again (audited), and
 * the queue filters on the hosting country. Nothing here reaches the internet.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { createConfiguredFetcher, type SafeFetcher } from '../../platform/fetch/index.ts';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { startRdapServer, type TestRdapServer } from '../../testing/rdap-server.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { reportItem } from '../triage/workspace.testing.ts';
import type { ItemHostingView } from './hosting.schemas.ts';
import { createHostingLookup } from './hosting-service.ts';
import { type ItemHostingContext, RETRY_DELAYS_MINUTES, runDueLookups } from './item-hosting.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-item-hosting-'));
let t: TestApp;
let dns: TestDnsServer;
let rdap: TestRdapServer;
let fetcher: SafeFetcher;
let analyst: StaffAgent;
let auditor: StaffAgent;
const clock = Date.now();
let ctx: ItemHostingContext;

before(async () => {
  dns = await startDnsServer({
    'fr-host.example': { A: ['212.27.48.10'] },
    'abroad.example': { A: ['193.0.6.139'] },
    'documented.example': { A: ['192.0.2.10'] },
    'gone.example': 'NXDOMAIN',
    'slow.example': 'TIMEOUT',
  });
  rdap = await startRdapServer();
  rdap.writeBootstrap(path.join(scratch, 'rdap'));
  t = await createTestApp({
    VIGIE_DNS_SERVERS: dns.address,
    VIGIE_RDAP_BOOTSTRAP_DIR: path.join(scratch, 'rdap'),
    VIGIE_UNSAFE_FETCH_ALLOW_FOR_TESTS: '127.0.0.1',
    VIGIE_DATA_DIR: path.join(scratch, 'data'),
  });
  fetcher = createConfiguredFetcher(t.config);
  // What the hosting.lookups job runs, with a clock the test moves.
  ctx = {
    db: t.database.db,
    lookUp: createHostingLookup({ config: t.config, fetcher, db: t.database.db, now: () => new Date(clock) }),
    now: () => new Date(clock),
  };
  analyst = await signedInStaff(t, 'analyst');
  auditor = await signedInStaff(t, 'auditor');
});
after(async () => {
  await fetcher.close();
  await t.close();
  await dns.close();
  await rdap.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const hostingOf = async (agent: StaffAgent, itemId: string) => {
  const res = await agent.inject({ url: `/api/items/${itemId}/hosting` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as ItemHostingView;
};
const run = () => runDueLookups(ctx, { batch: 50, concurrency: 4 });
/** Makes every planned look-up due now, as time passing would. */
const timePasses = async () => {
  await t.database.db.execute(sql`update item_hosting set due_at = now() where due_at is not null`);
};

describe('hosting records', () => {
  test('a new item is looked up by itself: addresses, country, network and abuse contacts with their source', async () => {
    const item = await reportItem(t, { url: 'https://documented.example/page' });
    const before = await hostingOf(analyst, item.id);
    assert.equal(before.state, 'pending');
    assert.deepEqual(before.records, []);

    const done = await run();
    assert.ok(done.enrolled >= 1 && done.lookedUp >= 1, JSON.stringify(done));
    const hosting = await hostingOf(auditor, item.id);
    assert.equal(hosting.state, 'done');
    assert.equal(hosting.next_lookup_at, null);
    const [record] = hosting.records;
    assert.equal(record?.reason, 'new_item');
    assert.deepEqual(record?.lookup.ips, ['192.0.2.10']);
    const contact = record?.lookup.abuse_contacts.find((c) => c.source === 'rdap_ip');
    assert.equal(contact?.address, 'abuse@hosting.example');

    const french = await reportItem(t, { url: 'https://fr-host.example/x' });
    await run();
    const fr = (await hostingOf(analyst, french.id)).records[0]?.lookup;
    assert.deepEqual([fr?.country, fr?.asn, fr?.as_name], ['FR', 12322, 'Free SAS']);
  });

  test('an NXDOMAIN is an answer (done); a timeout is retried later with a growing delay, then given up', async () => {
    const gone = await reportItem(t, { url: 'https://gone.example/a' });
    const slow = await reportItem(t, { url: 'https://slow.example/b' });
    await run();
    const goneHosting = await hostingOf(analyst, gone.id);
    assert.equal(goneHosting.state, 'done');
    assert.equal(goneHosting.records[0]?.lookup.problems[0]?.reason, 'nxdomain');

    const first = await hostingOf(analyst, slow.id);
    assert.equal(first.state, 'retrying');
    assert.equal(first.records[0]?.lookup.problems[0]?.reason, 'timeout');
    const wait = Date.parse(first.next_lookup_at ?? '') - clock;
    assert.ok(Math.abs(wait - RETRY_DELAYS_MINUTES[0] * 60_000) < 5_000, `first retry after ${wait} ms`);

    for (let k = 1; k <= RETRY_DELAYS_MINUTES.length; k++) {
      await timePasses();
      await run();
    }
    const last = await hostingOf(analyst, slow.id);
    assert.equal(last.state, 'gave_up');
    assert.equal(last.next_lookup_at, null);
    assert.equal(last.records.length, RETRY_DELAYS_MINUTES.length + 1, 'each attempt is on record');
    assert.equal(last.records[0]?.reason, 'retry');
  });

  test('asking again is audited, runs as a job and records who asked; only those who act on items may', async () => {
    const item = await reportItem(t, { url: 'https://abroad.example/c' });
    await run();
    const asked = await analyst.inject({ method: 'POST', url: `/api/items/${item.id}/hosting/lookups` });
    assert.equal(asked.statusCode, 202, asked.body);
    assert.equal((await hostingOf(analyst, item.id)).state, 'pending');
    await run();
    const hosting = await hostingOf(analyst, item.id);
    assert.equal(hosting.records.length, 2);
    assert.equal(hosting.records[0]?.reason, 'asked_again');
    assert.equal(hosting.records[0]?.requested_by?.id, analyst.id);
    const audited = rowsOf<{ n: number }>(
      await t.database.db.execute(
        sql`select count(*)::int as n from audit_events where action = 'hosting.lookup_requested' and target_id = ${item.id}`,
      ),
    );
    assert.equal(audited[0]?.n, 1);

    const refused = await auditor.inject({ method: 'POST', url: `/api/items/${item.id}/hosting/lookups` });
    assert.equal(refused.statusCode, 403);
    const unknown = await analyst.inject({ url: '/api/items/00000000-0000-4000-8000-000000000000/hosting' });
    assert.equal(unknown.statusCode, 404);
  });

  test('the queue filters on the hosting country: this country, abroad, or one country', async () => {
    await run();
    const urls = async (query: string) => {
      const res = await analyst.inject({ url: `/api/queue?${query}&limit=100` });
      assert.equal(res.statusCode, 200, res.body);
      return (res.json() as { items: { url: string; hosting_country: string | null }[] }).items;
    };
    const inCountry = await urls('hosted=in_country');
    assert.ok(inCountry.length > 0 && inCountry.every((i) => i.hosting_country === 'FR'));
    const abroad = await urls('hosted=abroad');
    assert.ok(abroad.some((i) => i.url === 'https://abroad.example/c'));
    assert.ok(abroad.every((i) => i.hosting_country !== null && i.hosting_country !== 'FR'));
    const nl = await urls('hosting_country=NL');
    assert.deepEqual(
      nl.map((i) => i.hosting_country),
      nl.map(() => 'NL'),
    );
    const unknown = await urls('hosted=unknown');
    assert.ok(unknown.every((i) => i.hosting_country === null));
    const bad = await analyst.inject({ url: '/api/queue?hosting_country=France' });
    assert.equal(bad.statusCode, 400);
  });
});
