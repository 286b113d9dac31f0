import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CLI_ACTOR } from '../../platform/auth/index.ts';
import type { Database } from '../../platform/db/database.ts';
import { createDnsResolver } from '../../platform/dns/resolver.ts';
import { createSafeFetcher, type SafeFetcher } from '../../platform/fetch/index.ts';
import { startRdapServer, type TestRdapServer } from '../../testing/rdap-server.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { directoryEntryBody } from './directory.schemas.ts';
import { createDirectoryEntry, deleteDirectoryEntry } from './directory.service.ts';
import { abuseContactFinder, directoryContactsFor } from './directory-match.ts';
import type { FindContacts } from './hosting.types.ts';
import { createRdapClient } from './rdap-client.ts';
import { createRdapHttp } from './rdap-http.ts';
import { databaseRdapStore } from './rdap-store.ts';

let database: Database;
let rdap: TestRdapServer;
let findAbuseContacts: FindContacts;
let fetcher: SafeFetcher;

const add = (entry: object) => createDirectoryEntry(database.db, directoryEntryBody.parse(entry), CLI_ACTOR);

before(async () => {
  database = await openTestDatabase();
  rdap = await startRdapServer();
  fetcher = createSafeFetcher({
    resolver: createDnsResolver(undefined),
    userAgent: 'Vigie-test',
    timeoutMs: 5000,
    maxBytes: 1024 * 1024,
    allowForTests: ['127.0.0.1'],
  });
  const client = createRdapClient({
    store: databaseRdapStore(database.db),
    http: createRdapHttp(fetcher, { timeoutMs: 2000 }),
    bootstrap: rdap.bootstrap(),
  });
  findAbuseContacts = abuseContactFinder({ db: database.db, rdap: client });
  await add({
    name: 'Example Video',
    kind: 'platform',
    domains: ['example.com'],
    channel: 'web_form',
    address: 'https://example.com/report',
    language: 'en',
  });
  await add({
    name: 'Example CDN',
    kind: 'cdn',
    asns: [64496],
    channel: 'api',
    address: 'https://cdn.example/api',
  });
  await add({
    name: 'Example Registrar (trust & safety)',
    kind: 'registrar',
    domains: ['registrar.example'],
    channel: 'email',
    address: 'tns@registrar.example',
    language: 'fr',
  });
});
after(async () => {
  await rdap.close();
  await fetcher.close();
  await database.close();
});

const names = (contacts: { source: string; role: string; address: string }[]) =>
  contacts.map((c) => `${c.source}/${c.role} ${c.address}`);

describe('who to contact: the directory first, then RDAP', () => {
  test('without a directory entry: the network’s abuse desk (RDAP ip), then the registrar (RDAP domain)', async () => {
    const found = await findAbuseContacts({
      host: 'www.example.org',
      registrableDomain: 'example.org',
      ips: ['192.0.2.10'],
      asn: 64510,
    });
    assert.deepEqual(names(found.contacts), ['rdap_ip/host abuse@hosting.example']);
    assert.deepEqual(found.problems, [{ stage: 'rdap_domain', reason: 'not_found', detail: 'example.org' }]);
  });

  test('a platform entry replaces the RDAP host contact (the network is not even asked); the registrar stays after it', async () => {
    const before = rdap.requestsFor('ip/198.51.100.20');
    const found = await findAbuseContacts({
      host: 'videos.cdn.example.com',
      registrableDomain: 'example.com',
      ips: ['198.51.100.20'],
      asn: 64510,
    });
    assert.deepEqual(names(found.contacts), [
      'directory/platform https://example.com/report',
      'directory/registrar tns@registrar.example',
    ]);
    assert.equal(rdap.requestsFor('ip/198.51.100.20'), before, 'no RDAP query for the network');
    const [platform, registrar] = found.contacts;
    assert.equal(platform?.channel, 'web_form');
    assert.equal(platform?.language, 'en');
    assert.equal(platform?.name, 'Example Video');
    assert.match(platform?.as_of ?? '', /^\d{4}-\d\d-\d\dT/);
    // RDAP named the registrar's abuse desk at registrar.example: the directory's entry for it wins.
    assert.equal(registrar?.name, 'Example Registrar (trust & safety)');
    assert.equal(registrar?.language, 'fr');
  });

  test('a CDN entry matched by AS number comes first for an IP-literal host', async () => {
    const found = await findAbuseContacts({
      host: '192.0.2.44',
      registrableDomain: null,
      ips: ['192.0.2.44'],
      asn: 64496,
    });
    assert.deepEqual(names(found.contacts), ['directory/cdn https://cdn.example/api']);
    assert.deepEqual(found.problems, []);
  });

  test('directoryContactsFor gives the directory’s part alone, registrars aside', async () => {
    const contacts = await directoryContactsFor(database.db, {
      host: 'example.com',
      registrableDomain: 'example.com',
      ips: [],
      asn: 64496,
    });
    assert.deepEqual(names(contacts), [
      'directory/platform https://example.com/report',
      'directory/cdn https://cdn.example/api',
    ]);
    const unrelated = await directoryContactsFor(database.db, {
      host: 'notexample.com',
      registrableDomain: 'notexample.com',
      ips: [],
      asn: null,
    });
    assert.deepEqual(unrelated, [], 'a domain that merely ends with the same letters does not match');
  });
});

describe('the directory as look-ups read it (kept in memory)', () => {
  test('an entry added, changed or removed through the directory is used by the very next look-up', async () => {
    const target = { host: 'news.example.net', registrableDomain: 'example.net', ips: [], asn: null };
    assert.deepEqual(names((await findAbuseContacts(target)).contacts), []);
    const entry = await add({
      name: 'Example News',
      kind: 'platform',
      domains: ['example.net'],
      channel: 'email',
      address: 'abuse@example.net',
      language: 'fr',
    });
    assert.deepEqual(names((await findAbuseContacts(target)).contacts), [
      'directory/platform abuse@example.net',
    ]);
    await deleteDirectoryEntry(database.db, entry.id, CLI_ACTOR);
    assert.deepEqual(names((await findAbuseContacts(target)).contacts), []);
  });
});
