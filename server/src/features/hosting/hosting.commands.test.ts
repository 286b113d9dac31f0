/**
 * `vigie hosting lookup` and `vigie geo update` as people run them (real processes): JSON through
 * the test DNS server, an IP-literal URL with no resolver reachable, one line on stderr for a bad
 * URL, and an offline update from local packages that changes what look-ups answer, refuses
 * older data and installs nothing broken.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as tar from 'tar';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { startRdapServer, type TestRdapServer } from '../../testing/rdap-server.ts';
import { freePort, runVigie } from '../../testing/server-process.ts';
import { bundledPackage, COUNTRY_FILE } from './geo-packages.ts';

const onlyOnce = process.env.VIGIE_TEST_PG_URL ? 'runs in the embedded suite only' : false;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-hosting-cli-'));
const dataDir = path.join(scratch, 'data');
// RDAP goes to a local registry (or to a closed port): the command never asks the real ones.
const rdapBootstrap = path.join(scratch, 'rdap-bootstrap');
let dns: TestDnsServer;
let rdap: TestRdapServer;
before(async () => {
  rdap = await startRdapServer();
  rdap.writeBootstrap(rdapBootstrap);
  dns = await startDnsServer({
    'www.shop.example': { CNAME: 'shop.example.cdn.cloudflare.net' },
    'shop.example.cdn.cloudflare.net': { A: ['104.16.1.1'] },
  });
});
after(async () => {
  await dns.close();
  await rdap.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const vigie = (args: string[], env: Record<string, string> = {}) =>
  runVigie(
    args,
    {
      VIGIE_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      VIGIE_DNS_SERVERS: dns.address,
      VIGIE_RDAP_BOOTSTRAP_DIR: rdapBootstrap,
      VIGIE_UNSAFE_FETCH_ALLOW_FOR_TESTS: '127.0.0.1',
      ...env,
    },
    { timeoutMs: 90_000 },
  );

describe('vigie hosting lookup', { skip: onlyOnce, timeout: 240_000 }, () => {
  test('prints the look-up as indented JSON, CDN and CNAME chain included', async () => {
    const res = await vigie(['hosting', 'lookup', 'https://www.shop.example/item?utm_source=x']);
    assert.equal(res.code, 0, res.stderr);
    assert.ok(res.stdout.startsWith('{\n  "url": '), res.stdout);
    const result = JSON.parse(res.stdout);
    assert.equal(result.normalized_url, 'https://www.shop.example/item');
    assert.deepEqual(result.cnames, ['shop.example.cdn.cloudflare.net']);
    assert.deepEqual(result.ips, ['104.16.1.1']);
    assert.deepEqual(
      [result.asn, result.as_name, result.cdn],
      [13335, 'Cloudflare, Inc.', { name: 'Cloudflare' }],
    );
    assert.equal(result.abuse_contacts[0].source, 'cdn');
    assert.deepEqual(result.databases, { country: '2026-06-17', asn: '2026-06-17' });
  });

  test('an IP-literal URL works with no network at all: country and network from the offline databases', async () => {
    // Nothing listens on these ports: a DNS query would time out, the registry is unreachable.
    const closed = path.join(scratch, 'rdap-closed');
    const nowhere = await startRdapServer();
    nowhere.writeBootstrap(closed);
    await nowhere.close();
    const res = await vigie(['hosting', 'lookup', 'http://193.51.24.1/x'], {
      VIGIE_DNS_SERVERS: `127.0.0.1:${await freePort()}`,
      VIGIE_RDAP_BOOTSTRAP_DIR: closed,
    });
    assert.equal(res.code, 0, res.stderr);
    const result = JSON.parse(res.stdout);
    assert.deepEqual(
      [result.host, result.ips, result.country, result.asn],
      ['193.51.24.1', ['193.51.24.1'], 'FR', 2200],
    );
    assert.deepEqual(
      result.problems.map((p: { stage: string; reason: string }) => `${p.stage} ${p.reason}`),
      ['rdap_ip unreachable'],
      'only the registry, which needs the network, is missing',
    );
  });

  test('abuse contacts from RDAP, each with its source and date', async () => {
    dns.set('host.example', { A: ['192.0.2.10'] });
    const res = await vigie(['hosting', 'lookup', 'https://host.example/page']);
    assert.equal(res.code, 0, res.stderr);
    const result = JSON.parse(res.stdout);
    const network = result.abuse_contacts.find((c: { source: string }) => c.source === 'rdap_ip');
    assert.equal(network?.address, 'abuse@hosting.example');
    assert.match(network?.as_of ?? '', /^\d{4}-\d\d-\d\dT/);
    assert.equal(rdap.requestsFor('ip/192.0.2.10'), 1);
  });

  test('a failed step still exits 0 and lists the problem; a bad URL exits 1 with one line', async () => {
    const gone = await vigie(['hosting', 'lookup', 'https://gone.example/']);
    assert.equal(gone.code, 0, gone.stderr);
    assert.deepEqual(JSON.parse(gone.stdout).problems[0], {
      stage: 'dns',
      reason: 'nxdomain',
      detail: 'gone.example',
    });

    const bad = await vigie(['hosting', 'lookup', 'ftp://files.example/x']);
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, '');
    assert.equal(bad.stderr, 'vigie hosting lookup: not a web address a look-up can use (scheme)\n');

    const none = await vigie(['hosting', 'lookup']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^vigie hosting lookup: which URL\? \(see vigie hosting lookup --help\)\n$/);
  });
});

/** A package folder: package.json with this name and version, and these files. */
function writePackage(
  dir: string,
  name: string,
  version: string,
  files: Record<string, string | Buffer>,
): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version }));
  for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), content);
  return dir;
}

/**
 * The bundled country MMDB with another build date: its metadata map (RFC-like spec,
 * maxmind.github.io/MaxMind-DB) holds `build_epoch` as a uint64 (extended type 9), rewritten in
 * place with the same byte length.
 */
function mmdbBuiltOn(date: string): Buffer {
  const pkg = bundledPackage('country');
  assert.ok(pkg);
  const db = fs.readFileSync(path.join(pkg.dir, COUNTRY_FILE));
  const key = db.lastIndexOf(Buffer.from('build_epoch'));
  const control = db[key + 'build_epoch'.length] as number;
  const size = control & 0x1f;
  assert.equal(control >> 5, 0, 'build_epoch is an extended type');
  assert.equal(db[key + 'build_epoch'.length + 1], 9 - 7, 'build_epoch is a uint64');
  const epoch = BigInt(Date.parse(`${date}T12:00:00Z`) / 1000);
  const at = key + 'build_epoch'.length + 2;
  for (let k = size - 1, value = epoch; k >= 0; k--, value >>= 8n) db[at + k] = Number(value & 0xffn);
  return db;
}

const numeric = (a: number, b: number, c: number, d: number) => ((a * 256 + b) * 256 + c) * 256 + d;
const ASN_CSV = {
  'asn-ipv4-num.csv': `${numeric(8, 8, 8, 0)},${numeric(8, 8, 8, 255)},64500,"Fixture Network, Ltd"\n`,
  'asn-ipv6-num.csv': `${0x20010db8n << 96n},${(0x20010db8n << 96n) + (1n << 96n) - 1n},64501,Fixture Six\n`,
  'DBIP-LICENSE': 'CC-BY-4.0 fixture notice\n',
  'asn-ipv4.csv': 'not kept\n',
};

describe('vigie geo update --from', { skip: onlyOnce, timeout: 240_000 }, () => {
  test('installs newer local packages (folder or tarball), prints the dates, and look-ups use them', async () => {
    const asnDir = writePackage(
      path.join(scratch, 'asn-new'),
      '@ip-location-db/asn',
      '2.3.2026113008',
      ASN_CSV,
    );
    const countryDir = writePackage(
      path.join(scratch, 'country-new'),
      '@ip-location-db/geo-whois-asn-country-mmdb',
      '2.3.2026113008',
      {
        [COUNTRY_FILE]: mmdbBuiltOn('2026-11-30'),
        NRO_LICENSE: 'fixture notice\n',
      },
    );
    const countryTarball = path.join(scratch, 'country-new.tgz');
    await tar.c(
      { gzip: true, file: countryTarball, cwd: countryDir, prefix: 'package' },
      fs.readdirSync(countryDir),
    );

    const res = await vigie(['geo', 'update', '--from', asnDir, '--from', countryTarball]);
    assert.equal(res.code, 0, res.stderr);
    assert.equal(
      res.stdout,
      'country: 2026-06-17 → 2026-11-30 (@ip-location-db/geo-whois-asn-country-mmdb 2.3.2026113008)\n' +
        'asn: 2026-06-17 → 2026-11-30 (@ip-location-db/asn 2.3.2026113008; 3 IPv4 and 3 IPv6 segments)\n',
    );
    const current = JSON.parse(fs.readFileSync(path.join(dataDir, 'geo', 'current.json'), 'utf8'));
    const asnFolder = path.join(dataDir, 'geo', current.asn);
    assert.deepEqual(fs.readdirSync(asnFolder).sort(), [
      'DBIP-LICENSE',
      'asn-index.bin',
      'asn-ipv4-num.csv',
      'asn-ipv6-num.csv',
      'package.json',
    ]);

    const lookup = JSON.parse((await vigie(['hosting', 'lookup', 'http://8.8.8.8/'])).stdout);
    assert.deepEqual([lookup.asn, lookup.as_name, lookup.country], [64500, 'Fixture Network, Ltd', 'US']);
    assert.deepEqual(lookup.databases, { country: '2026-11-30', asn: '2026-11-30' });
  });

  test('says a database is up to date when given the version in use, and installs nothing', async () => {
    const same = await vigie(['geo', 'update', '--from', path.join(scratch, 'asn-new')]);
    assert.equal(same.code, 0, same.stderr);
    assert.equal(same.stdout, 'asn: 2026-11-30 up to date (@ip-location-db/asn 2.3.2026113008)\n');
  });

  test('keeps the data in use when the given package is older, and installs nothing broken', async () => {
    const old = writePackage(path.join(scratch, 'asn-old'), '@ip-location-db/asn', '2.3.2020010100', ASN_CSV);
    const kept = await vigie(['geo', 'update', '--from', old]);
    assert.equal(kept.code, 0, kept.stderr);
    assert.equal(
      kept.stdout,
      'asn: 2026-11-30 kept (the given @ip-location-db/asn 2.3.2020010100 of 2020-01-01 is older)\n',
    );

    const currentBefore = fs.readFileSync(path.join(dataDir, 'geo', 'current.json'), 'utf8');
    const broken = writePackage(
      path.join(scratch, 'country-broken'),
      '@ip-location-db/geo-whois-asn-country-mmdb',
      '2.3.2027010100',
      {
        [COUNTRY_FILE]: 'not a MaxMind database',
      },
    );
    const res = await vigie(['geo', 'update', '--from', broken]);
    assert.equal(res.code, 1);
    assert.match(
      res.stderr,
      /^vigie geo update: @ip-location-db\/geo-whois-asn-country-mmdb 2\.3\.2027010100 is not usable: .+\n$/,
    );
    assert.equal(fs.readFileSync(path.join(dataDir, 'geo', 'current.json'), 'utf8'), currentBefore);

    const nothing = await vigie(['geo', 'update', '--from', path.join(scratch, 'nowhere')]);
    assert.equal(nothing.code, 1);
    assert.equal(nothing.stderr.trimEnd().split('\n').length, 1, nothing.stderr);
    // only the folders current.json names are left
    const folders = fs
      .readdirSync(path.join(dataDir, 'geo'))
      .filter((name) => !name.endsWith('.json') && !name.endsWith('.bin'));
    assert.deepEqual(folders.sort(), Object.values(JSON.parse(currentBefore)).sort());
  });
});
