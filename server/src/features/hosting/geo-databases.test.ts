/**
 * The bundled offline databases as a look-up reads them: countries and networks of well-known
 * public addresses (data, not network: these are what the bundled files say), the dates shown, and
 * the ASN index built once per data folder, then loaded from its cache file, rebuilt when stale.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { geoDatabasesFor, openGeoDatabases } from './geo-databases.ts';
import { updateGeoDatabases } from './geo-update.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-geo-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('openGeoDatabases on the bundled packages', { timeout: 120_000 }, () => {
  test('gives the country and network of well-known addresses, and each database date', async () => {
    const geo = await openGeoDatabases(dataDir);
    assert.deepEqual(geo.dates, { country: '2026-06-17', asn: '2026-06-17' });
    const expected: [string, string, number, string][] = [
      ['8.8.8.8', 'US', 15169, 'Google LLC'],
      ['1.1.1.1', 'AU', 13335, 'Cloudflare, Inc.'], // APNIC's research prefix, registered in Australia
      ['193.51.24.1', 'FR', 2200, 'Renater'],
      ['2001:4860:4860::8888', 'US', 15169, 'Google LLC'],
    ];
    for (const [ip, country, asn, name] of expected) {
      assert.equal(geo.countryOf(ip), country, ip);
      assert.deepEqual(geo.networkOf(ip), { asn, name }, ip);
    }
    assert.equal(geo.countryOf('10.0.0.1'), null);
    assert.equal(geo.networkOf('192.168.1.1'), null);
    assert.equal(geo.asnIndex?.built, true);
  });

  test('loads the index from its cache file afterwards, and rebuilds a stale or damaged one', async () => {
    const cache = path.join(dataDir, 'geo', 'bundled-asn-index.bin');
    assert.ok(fs.existsSync(cache));
    const again = await openGeoDatabases(dataDir);
    assert.equal(again.asnIndex?.built, false);
    assert.equal(again.networkOf('8.8.8.8')?.asn, 15169);

    fs.writeFileSync(cache, 'damaged');
    const rebuilt = await openGeoDatabases(dataDir);
    assert.equal(rebuilt.asnIndex?.built, true);
    assert.equal(rebuilt.networkOf('8.8.8.8')?.asn, 15169);
    assert.ok(fs.statSync(cache).size > 1_000_000, 'the rebuilt index was written back');
  });
});

describe('geoDatabasesFor', { timeout: 120_000 }, () => {
  test('opens a data folder once, and again after a geo update switched its data', async () => {
    const first = geoDatabasesFor(dataDir, 0);
    assert.equal(geoDatabasesFor(dataDir, 0), first, 'opened twice with nothing changed');
    assert.equal((await first).networkOf('8.8.8.8')?.asn, 15169);

    const fixture = path.join(dataDir, 'fixture-asn');
    fs.mkdirSync(fixture);
    fs.writeFileSync(
      path.join(fixture, 'package.json'),
      JSON.stringify({ name: '@ip-location-db/asn', version: '2.3.2026113000' }),
    );
    fs.writeFileSync(path.join(fixture, 'asn-ipv4-num.csv'), `${0x08080800},${0x080808ff},64500,Fixture\n`);
    fs.writeFileSync(path.join(fixture, 'asn-ipv6-num.csv'), '');
    await updateGeoDatabases({ dataDir, from: [fixture] });

    const second = geoDatabasesFor(dataDir, 0);
    assert.notEqual(second, first);
    assert.deepEqual((await second).networkOf('8.8.8.8'), { asn: 64500, name: 'Fixture' });
    assert.equal((await second).dates.asn, '2026-11-30');
  });
});
