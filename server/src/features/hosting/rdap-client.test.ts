import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/database.ts';
import { createDnsResolver } from '../../platform/dns/resolver.ts';
import { createSafeFetcher } from '../../platform/fetch/index.ts';
import { startRdapServer, type TestRdapServer } from '../../testing/rdap-server.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { createRdapClient, RDAP_TTL_MS, type RdapClient } from './rdap-client.ts';
import { createRdapHttp } from './rdap-http.ts';
import { databaseRdapStore } from './rdap-store.ts';

let database: Database;
let rdap: TestRdapServer;
let clock = Date.parse('2026-10-01T09:00:00Z');
const now = () => new Date(clock);
// RDAP goes through the safe fetcher, allowed to reach the local registry on 127.0.0.1 only.
const fetcher = createSafeFetcher({
  resolver: createDnsResolver(undefined),
  userAgent: 'Vigie-test',
  timeoutMs: 5000,
  maxBytes: 1024 * 1024,
  allowForTests: ['127.0.0.1'],
});
const http = createRdapHttp(fetcher, { timeoutMs: 2000 });

before(async () => {
  database = await openTestDatabase();
  rdap = await startRdapServer({ slowMs: 4000, retryAfterSeconds: 90 });
});
after(async () => {
  await rdap.close();
  await fetcher.close();
  await database.close();
});
afterEach(async () => {
  // Each test starts with an empty cache, no back-off and normal answers.
  await database.db.execute(sql`delete from rdap_answers`);
  await database.db.execute(sql`delete from rdap_server_backoffs`);
  rdap.behave('*', undefined);
  clock = Date.parse('2026-10-01T09:00:00Z');
});

const client = (options: { via?: 'redirect' } = {}): RdapClient =>
  createRdapClient({ store: databaseRdapStore(database.db), http, bootstrap: rdap.bootstrap(options), now });

describe('the abuse contact of an IP network', () => {
  test('RIPE NCC shape: the abuse-c on the network, with its range, country and handle', async () => {
    const outcome = await client().lookupIpNetwork('192.0.2.10');
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.deepEqual(outcome.answer, {
      handle: '192.0.2.0 - 192.0.2.255',
      name: 'EXAMPLE-HOSTING-NET',
      type: 'ASSIGNED PA',
      country: 'FR',
      start: '192.0.2.0',
      end: '192.0.2.255',
      cidr: '192.0.2.0/24',
      role: 'host',
      abuse: { email: 'abuse@hosting.example', name: 'Abuse-C Role' },
    });
    assert.equal(outcome.fetchedAt.toISOString(), '2026-10-01T09:00:00.000Z');
  });

  test('ARIN shape: the abuse POC nested under the registrant; an allocation is the network operator', async () => {
    const outcome = await client().lookupIpNetwork('198.51.100.7');
    assert.ok(outcome.ok);
    assert.equal(outcome.answer.role, 'network');
    assert.deepEqual(outcome.answer.abuse, { email: 'abuse@isp.example', name: 'Abuse Desk' });
    assert.equal(outcome.answer.country, null);
  });

  test('IPv6, and an IPv4-mapped address asked as the IPv4 it is', async () => {
    const v6 = await client().lookupIpNetwork('2001:db8:0:1::25');
    assert.ok(v6.ok);
    assert.deepEqual(v6.answer.abuse, { email: 'abuse@v6host.example', name: 'IRT-EXAMPLE-V6' });
    assert.equal(v6.answer.cidr, '2001:db8::/32');
    const mapped = await client().lookupIpNetwork('::ffff:192.0.2.77');
    assert.ok(mapped.ok);
    assert.equal(rdap.requestsFor('ip/192.0.2.77'), 1);
  });

  test('a second address of a cached network asks nothing; after a day the network is asked again', async () => {
    const rdapClient = client();
    assert.ok((await rdapClient.lookupIpNetwork('192.0.2.20')).ok);
    const before = rdap.totalRequests();
    const second = await rdapClient.lookupIpNetwork('192.0.2.200');
    assert.ok(second.ok);
    assert.equal(second.answer.handle, '192.0.2.0 - 192.0.2.255');
    // Another client (another job, after a restart) reads the same database cache.
    assert.ok((await client().lookupIpNetwork('192.0.2.201')).ok);
    assert.equal(rdap.totalRequests(), before, 'no query for addresses of a network already known');

    clock += RDAP_TTL_MS + 1000;
    assert.ok((await rdapClient.lookupIpNetwork('192.0.2.202')).ok);
    assert.equal(rdap.totalRequests(), before + 1, 'expired: asked once more');
  });

  test('fifty addresses of one network asked at once make one query', async () => {
    const rdapClient = client();
    const before = rdap.totalRequests();
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => rdapClient.lookupIpNetwork(`198.51.100.${i + 1}`)),
    );
    assert.ok(outcomes.every((o) => o.ok));
    assert.equal(rdap.totalRequests(), before + 1);
  });

  test('registries redirect to each other: the client follows', async () => {
    const outcome = await client({ via: 'redirect' }).lookupIpNetwork('192.0.2.30');
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.answer.abuse?.email, 'abuse@hosting.example');
  });
});

describe('failures are outcomes with a stable reason', () => {
  test('not_found, cached for the address alone', async () => {
    const outcome = await client().lookupIpNetwork('203.0.113.200');
    assert.deepEqual(outcome, { ok: false, reason: 'not_found' });
    const again = await client().lookupIpNetwork('203.0.113.200');
    assert.equal(again.ok, false);
    assert.equal(rdap.requestsFor('ip/203.0.113.200'), 1);
  });

  test('no_bootstrap for an address or a TLD no registry covers, without any query', async () => {
    const before = rdap.totalRequests();
    assert.deepEqual(await client().lookupIpNetwork('100.64.0.1'), { ok: false, reason: 'no_bootstrap' });
    assert.deepEqual(await client().lookupDomain('example.invalid'), { ok: false, reason: 'no_bootstrap' });
    assert.equal(rdap.totalRequests(), before);
  });

  test('malformed: a body that is not RDAP JSON', async () => {
    rdap.behave('192.0.2.40', 'malformed');
    const outcome = await client().lookupIpNetwork('192.0.2.40');
    assert.equal(outcome.ok ? 'ok' : outcome.reason, 'malformed');
  });

  test('rate_limited: the 429 is recorded and the registry is left alone until its Retry-After', async () => {
    rdap.behave('*', 'rate_limited');
    const rdapClient = client();
    const first = await rdapClient.lookupIpNetwork('192.0.2.50');
    assert.equal(first.ok ? 'ok' : first.reason, 'rate_limited');
    assert.match(first.ok ? '' : (first.detail ?? ''), /until 2026-10-01T09:01:30/);
    rdap.behave('*', undefined);
    const before = rdap.totalRequests();
    for (const address of ['192.0.2.51', '198.51.100.9']) {
      const outcome = await rdapClient.lookupIpNetwork(address);
      assert.equal(outcome.ok ? 'ok' : outcome.reason, 'rate_limited', address);
    }
    assert.equal(rdap.totalRequests(), before, 'nothing sent during the back-off');
    clock += 91_000;
    assert.ok((await rdapClient.lookupIpNetwork('192.0.2.52')).ok, 'asked again once it has passed');
  });

  test('timeout and unreachable', async () => {
    rdap.behave('192.0.2.60', 'slow');
    const slow = createRdapClient({
      store: databaseRdapStore(database.db),
      http: createRdapHttp(fetcher, { timeoutMs: 300 }),
      bootstrap: rdap.bootstrap(),
      now,
    });
    const timedOut = await slow.lookupIpNetwork('192.0.2.60');
    assert.equal(timedOut.ok ? 'ok' : timedOut.reason, 'timeout');

    const closed = await startRdapServer();
    const bootstrap = closed.bootstrap();
    await closed.close();
    const nowhere = createRdapClient({ store: databaseRdapStore(database.db), http, bootstrap, now });
    const unreachable = await nowhere.lookupIpNetwork('192.0.2.61');
    assert.equal(unreachable.ok ? 'ok' : unreachable.reason, 'unreachable');
  });
});

describe('the registrar of a domain', () => {
  test('gTLD shape: the registrar, its IANA id and its nested abuse contact (the phone ignored)', async () => {
    const outcome = await client().lookupDomain('Example.COM.');
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.deepEqual(outcome.answer, {
      domain: 'example.com',
      registrar: { name: 'Example Registrar, Inc.', iana_id: '9999' },
      abuse: { email: 'abuse@registrar.example', name: null },
    });
    assert.ok((await client().lookupDomain('example.com')).ok);
    assert.equal(rdap.requestsFor('domain/example.com'), 1, 'cached');
  });
});

describe('findRdapContacts', () => {
  test('network and registrar contacts with their source, role and date; problems for the rest', async () => {
    const { contacts, problems } = await client().findRdapContacts({
      registrableDomain: 'example.com',
      ips: ['192.0.2.10', '192.0.2.11', '203.0.113.5', '100.64.0.1'],
    });
    assert.deepEqual(contacts, [
      {
        role: 'host',
        channel: 'email',
        address: 'abuse@hosting.example',
        name: 'Abuse-C Role',
        source: 'rdap_ip',
        as_of: '2026-10-01T09:00:00.000Z',
      },
      {
        role: 'registrar',
        channel: 'email',
        address: 'abuse@registrar.example',
        name: 'Example Registrar, Inc.',
        source: 'rdap_domain',
        as_of: '2026-10-01T09:00:00.000Z',
      },
    ]);
    assert.deepEqual(problems, [
      { stage: 'rdap_ip', reason: 'no_abuse_contact', detail: '203.0.113.0 - 203.0.113.127' },
      { stage: 'rdap_ip', reason: 'no_bootstrap', detail: '100.64.0.1' },
    ]);
  });

  test('a registrar without an abuse contact is a problem, not an error', async () => {
    const { contacts, problems } = await client().findRdapContacts({
      registrableDomain: 'example.net',
      ips: [],
    });
    assert.deepEqual(contacts, []);
    assert.deepEqual(problems, [
      { stage: 'rdap_domain', reason: 'no_abuse_contact', detail: 'Silent Registrar SARL' },
    ]);
  });
});
