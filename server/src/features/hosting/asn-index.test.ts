/**
 * The ASN index answers exactly what a scan of the CSV answers: on small hand-made tables (gaps,
 * overlaps, quoted names, IPv4-mapped IPv6), on a sample of the bundled package checked against a
 * naive scan of its text CSV, after a round trip through its file, and on well-known addresses.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import ipaddr from 'ipaddr.js';
import { AsnIndex, buildAsnIndex } from './asn-index.ts';
import { buildAsnIndexFrom } from './asn-index-file.ts';
import { bundledPackage } from './geo-packages.ts';

/** An address as a number, computed independently of the code under test. */
function num(ip: string): bigint {
  if (!ip.includes(':')) return BigInt(ip.split('.').reduce((value, part) => value * 256 + Number(part), 0));
  let value = 0n;
  for (const part of ipaddr.IPv6.parse(ip).parts) value = (value << 16n) | BigInt(part);
  return value;
}
const row = (start: string, end: string, asn: number, name: string) =>
  `${num(start)},${num(end)},${asn},${name}`;

function textOf(value: bigint, bytes: number): string {
  return ipaddr
    .fromByteArray([...Buffer.from(value.toString(16).padStart(bytes * 2, '0'), 'hex')])
    .toString();
}

describe('buildAsnIndex on hand-made tables', () => {
  const index = buildAsnIndex(
    {
      ipv4: [
        row('10.0.0.0', '10.0.0.255', 64500, 'First Net'),
        row('10.0.1.0', '10.0.1.255', 64500, 'First Net'), // adjacent, same network: merged
        row('10.0.4.0', '10.0.7.255', 64501, '"Quoted, Inc."'),
        row('10.1.0.0', '10.1.255.255', 64502, '"LLC ""SPUTNIK"""'),
        row('10.1.16.0', '10.2.0.255', 64503, 'Overlapping Later'), // starts inside the one above
        row('10.3.0.0', '10.3.255.255', 64504, 'Outer'),
        row('10.3.16.0', '10.3.16.255', 64505, 'Inner'), // nested: the outer resumes after it
        row('255.255.255.0', '255.255.255.255', 64506, 'Top'),
      ].join('\n'),
      ipv6: `${row('2001:db8::', '2001:db8::ffff', 64510, 'Six')}\r\n`,
    },
    'fixture',
  );
  const cases: [string, number | null, string?][] = [
    ['9.255.255.255', null],
    ['10.0.0.0', 64500, 'First Net'],
    ['10.0.1.200', 64500],
    ['10.0.2.0', null], // a gap
    ['10.0.5.5', 64501, 'Quoted, Inc.'],
    ['10.1.2.3', 64502, 'LLC "SPUTNIK"'],
    ['10.1.16.0', 64503, 'Overlapping Later'],
    ['10.2.0.255', 64503],
    ['10.2.1.0', null],
    ['10.3.15.255', 64504, 'Outer'],
    ['10.3.16.7', 64505, 'Inner'],
    ['10.3.17.0', 64504, 'Outer'],
    ['255.255.255.255', 64506],
    ['2001:db8::1', 64510, 'Six'],
    ['[2001:db8::ffff]', 64510],
    ['2001:db8::1:0', null],
    ['::ffff:10.0.5.5', 64501], // IPv4-mapped: the IPv4 table answers
    ['not an address', null],
  ];
  for (const [ip, asn, name] of cases) {
    test(`${ip} → ${asn ?? 'nothing'}`, () => {
      const found = index.lookup(ip);
      assert.equal(found?.asn ?? null, asn);
      if (name) assert.equal(found?.name, name);
    });
  }

  test('merges adjacent ranges of one network and reads back from its file unchanged', () => {
    const back = AsnIndex.deserialise(index.serialise());
    assert.ok(back);
    assert.equal(back.source, 'fixture');
    assert.deepEqual(back.stats, index.stats);
    for (const [ip] of cases) assert.deepEqual(back.lookup(ip), index.lookup(ip));
    // 10.0.0.0–10.0.1.255 is one segment; gaps are segments of their own
    assert.equal(
      index.networkIdOfV4(Number(num('10.0.0.0'))),
      index.networkIdOfV4(Number(num('10.0.1.255'))),
    );
  });

  test('refuses a file it did not write, and a CSV line that is not a range', () => {
    assert.equal(AsnIndex.deserialise(Buffer.from('not an index at all, just text')), null);
    const truncated = index.serialise().subarray(0, 64);
    assert.equal(AsnIndex.deserialise(truncated), null);
    assert.throws(() => buildAsnIndex({ ipv4: 'a,b', ipv6: '' }, 'x'), /line 1/);
  });
});

describe('the index of the bundled package', { timeout: 120_000 }, async () => {
  const pkg = bundledPackage('asn');
  assert.ok(pkg, 'the @ip-location-db/asn package is installed');
  const index = await buildAsnIndexFrom(pkg);

  test('equals a naive scan of the text CSV on a sample of addresses', () => {
    // The text files (asn-ipv4.csv, asn-ipv6.csv) spell the same rows with dotted addresses: an
    // independent reading. For each sampled row, its first, middle and last addresses and the ones
    // just outside; the scan answers with the last row (in file order, i.e. by start) containing
    // the address. IPv4 is scanned as plain numbers, IPv6 as bigints on a smaller sample.
    for (const [family, samples] of [
      ['ipv4', 200],
      ['ipv6', 60],
    ] as const) {
      const rows: string[][] = fs
        .readFileSync(path.join(pkg.dir, `asn-${family}.csv`), 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(','));
      const starts: bigint[] = rows.map((r) => num(r[0] as string));
      const ends: bigint[] = rows.map((r) => num(r[1] as string));
      const asns: number[] = rows.map((r) => Number(r[2]));
      const v4Starts = family === 'ipv4' ? Float64Array.from(starts, Number) : undefined;
      const v4Ends = family === 'ipv4' ? Float64Array.from(ends, Number) : undefined;
      const naive = (probe: bigint): number | null => {
        let found: number | null = null;
        if (v4Starts && v4Ends) {
          const p = Number(probe);
          for (let k = 0; k < v4Starts.length; k++) {
            if ((v4Starts[k] as number) <= p && p <= (v4Ends[k] as number)) found = asns[k] as number;
          }
        } else {
          for (let k = 0; k < starts.length; k++) {
            if ((starts[k] as bigint) <= probe && probe <= (ends[k] as bigint)) found = asns[k] as number;
          }
        }
        return found;
      };
      const step = Math.floor(rows.length / samples);
      for (let k = 0; k < rows.length; k += step) {
        const first = starts[k] as bigint;
        const last = ends[k] as bigint;
        const probes: bigint[] = [first, last, (first + last) / 2n, first - 1n, last + 1n];
        for (const probe of probes) {
          if (probe < 0n) continue;
          const text = textOf(probe, family === 'ipv4' ? 4 : 16);
          assert.equal(index.lookup(text)?.asn ?? null, naive(probe), text);
        }
      }
    }
  });

  test('names the networks of well-known addresses as the bundled data does', () => {
    assert.deepEqual(index.lookup('1.1.1.1'), { asn: 13335, name: 'Cloudflare, Inc.' });
    assert.deepEqual(index.lookup('8.8.8.8'), { asn: 15169, name: 'Google LLC' });
    assert.deepEqual(index.lookup('2001:4860:4860::8888'), { asn: 15169, name: 'Google LLC' });
    assert.equal(index.lookup('193.51.24.1')?.asn, 2200); // RENATER, the French research network
    assert.equal(index.lookup('10.1.2.3'), null);
    // The source's own overlap (214.95.0.0–215.0.255.255 and 215.0.0.0–215.1.3.255): the later start wins.
    assert.equal(index.lookup('214.96.0.1')?.asn, 749);
    assert.equal(index.lookup('215.0.0.1')?.asn, 721);
  });
});
