/**
 * lookupHosting end to end, against a real DNS server on 127.0.0.1 and the bundled offline
 * databases: what an analyst gets for a plain host, a host behind a CDN, an IPv6-only host, a name
 * that does not exist, IP-literal URLs (no DNS at all), and when the contact source fails.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createDnsResolver } from '../../platform/dns/resolver.ts';
import { AppError } from '../../platform/errors.ts';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { type GeoDatabases, openGeoDatabases } from './geo-databases.ts';
import type { AbuseContact, ContactTarget } from './hosting.types.ts';
import { type HostingLookupDeps, lookupHosting } from './hosting-lookup.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-hosting-lookup-'));
let dns: TestDnsServer;
let geo: GeoDatabases;
before(async () => {
  dns = await startDnsServer({
    'www.renater.example': { A: ['193.51.24.1'] },
    'www.shop.example': { CNAME: 'shop.example.cdn.cloudflare.net' },
    'shop.example.cdn.cloudflare.net': { A: ['104.16.1.1'], AAAA: ['2606:4700::6810:101'] },
    'v6.renater.example': { AAAA: ['2001:660:3001:4002::10'] },
    'gone.example': 'NXDOMAIN',
    'intranet.example': { A: ['10.1.2.3'] },
  });
  geo = await openGeoDatabases(dataDir);
});
after(async () => {
  await dns.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const now = () => new Date('2026-11-30T10:00:00Z');
const deps = (extra: Partial<HostingLookupDeps> = {}): HostingLookupDeps => ({
  resolver: createDnsResolver([dns.address], { timeoutMs: 500, tries: 1 }),
  geo,
  now,
  ...extra,
});

describe('lookupHosting', { timeout: 60_000 }, () => {
  test('a plain host: its address, network and country, the registrable domain, no CDN', async () => {
    const result = await lookupHosting('https://WWW.Renater.example/page?id=1&utm_source=x#top', deps());
    assert.deepEqual(result, {
      url: 'https://WWW.Renater.example/page?id=1&utm_source=x#top',
      normalized_url: 'https://www.renater.example/page?id=1',
      host: 'www.renater.example',
      registrable_domain: 'renater.example',
      cnames: [],
      ips: ['193.51.24.1'],
      asn: 2200,
      as_name: 'Renater',
      country: 'FR',
      cdn: null,
      abuse_contacts: [],
      problems: [],
      looked_up_at: '2026-11-30T10:00:00.000Z',
      databases: { country: '2026-06-17', asn: '2026-06-17' },
    });
  });

  test('behind a CDN: the origin is hidden and the CDN is the first contact, then the others', async () => {
    const targets: ContactTarget[] = [];
    const host: AbuseContact = {
      role: 'network',
      channel: 'email',
      address: 'abuse@example.net',
      name: 'Example Net',
      source: 'rdap_ip',
      as_of: '2026-11-30T09:00:00Z',
    };
    const result = await lookupHosting(
      'https://www.shop.example/item',
      deps({
        findContacts: async (target) => {
          targets.push(target);
          return { contacts: [host], problems: [{ stage: 'rdap_domain', reason: 'rate_limited' }] };
        },
      }),
    );
    assert.deepEqual(result.cnames, ['shop.example.cdn.cloudflare.net']);
    assert.deepEqual(result.ips, ['104.16.1.1', '2606:4700::6810:101']);
    assert.equal(result.asn, 13335);
    assert.deepEqual(result.cdn, { name: 'Cloudflare' });
    assert.deepEqual(
      result.abuse_contacts.map((c) => [c.source, c.role, c.name, c.address]),
      [
        ['cdn', 'cdn', 'Cloudflare', 'https://abuse.cloudflare.com/'],
        ['rdap_ip', 'network', 'Example Net', 'abuse@example.net'],
      ],
    );
    assert.deepEqual(result.problems, [{ stage: 'rdap_domain', reason: 'rate_limited' }]);
    assert.deepEqual(targets, [
      { host: 'www.shop.example', registrableDomain: 'shop.example', ips: result.ips, asn: 13335 },
    ]);
  });

  test('an IPv6-only host is looked up like any other', async () => {
    const result = await lookupHosting('http://v6.renater.example/', deps());
    assert.deepEqual(
      [result.ips, result.asn, result.country, result.problems],
      [['2001:660:3001:4002::10'], 2200, 'FR', []],
    );
  });

  test('a name that does not exist: nxdomain recorded, the rest still filled in', async () => {
    const result = await lookupHosting('https://gone.example/x', deps());
    assert.deepEqual(result.problems, [{ stage: 'dns', reason: 'nxdomain', detail: 'gone.example' }]);
    assert.deepEqual(
      [result.ips, result.asn, result.country, result.registrable_domain],
      [[], null, null, 'gone.example'],
    );
  });

  test('IP-literal URLs skip DNS entirely', async () => {
    const before = dns.totalQueries();
    const v4 = await lookupHosting('http://193.51.24.1:8080/a', deps());
    const v6 = await lookupHosting('http://[2606:4700::6810:101]/b', deps());
    assert.equal(dns.totalQueries(), before, 'a DNS query was made for an IP literal');
    assert.deepEqual(
      [v4.host, v4.registrable_domain, v4.ips, v4.country, v4.asn],
      ['193.51.24.1', null, ['193.51.24.1'], 'FR', 2200],
    );
    assert.deepEqual(
      [v6.host, v6.ips, v6.cdn],
      ['2606:4700::6810:101', ['2606:4700::6810:101'], { name: 'Cloudflare' }],
    );
  });

  test('a private address is said to be one, not looked for in the databases', async () => {
    const result = await lookupHosting('https://intranet.example/', deps());
    assert.deepEqual(result.problems, [{ stage: 'geo', reason: 'not_public', detail: '10.1.2.3' }]);
    assert.equal(result.country, null);
  });

  test('a contact source that throws is one more problem, not a failed look-up', async () => {
    const result = await lookupHosting(
      'https://www.renater.example/',
      deps({
        findContacts: async () => {
          throw new Error('RDAP server unreachable');
        },
      }),
    );
    assert.deepEqual(result.problems, [
      { stage: 'rdap_ip', reason: 'error', detail: 'RDAP server unreachable' },
    ]);
    assert.equal(result.asn, 2200);
  });

  test('a URL that is not one is refused with a stable code', async () => {
    await assert.rejects(lookupHosting('ftp://files.example/x', deps()), (error: unknown) => {
      assert.ok(error instanceof AppError);
      assert.equal(error.code, 'hosting.invalid_url');
      assert.equal(error.status, 400);
      return true;
    });
  });
});

test('no registry is asked about a local address', async () => {
  const asked: string[][] = [];
  const result = await lookupHosting(
    'http://127.0.0.1:8080/page',
    deps({
      findContacts: async (target) => {
        asked.push(target.ips);
        return { contacts: [], problems: [] };
      },
    }),
  );
  assert.deepEqual(asked, [[]]);
  assert.deepEqual(result.ips, ['127.0.0.1']);
});
