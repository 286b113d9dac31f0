/**
 * Every address class and every way of spelling a forbidden host is refused by the fetcher as
 * production builds it (no test allow-list), with the right code, before any connection: a test
 * site listening on 127.0.0.1 counts zero connections after the whole table. The rules that are not
 * about the address (scheme, user name, port, a name mixing allowed and forbidden addresses) are
 * shown with 127.0.0.1 allowed for the test, so the refusal can only come from the rule itself.
 * Names go through a real DNS server on 127.0.0.1. No URL in these tables leads to a public
 * address, so even a broken fetcher could not reach the internet; public ones are only checked.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { startTestSite, type TestSite } from '../../testing/http-site.ts';
import { createDnsResolver } from '../dns/resolver.ts';
import { classifyAddress, createSafeFetcher, type SafeFetcher } from './index.ts';

const PUBLIC = '93.184.215.14';

let dns: TestDnsServer;
let site: TestSite;
let fetcher: SafeFetcher;
/** 127.0.0.1 allowed, nothing else. */
let guarded: SafeFetcher;

before(async () => {
  dns = await startDnsServer({
    'public.test': { A: [PUBLIC], AAAA: ['2606:2800:21f:cb07:6820:80da:af6b:8b2c'] },
    'loop.test': { A: ['127.0.0.1'] },
    'private.test': { A: ['10.0.0.5'] },
    'metadata.test': { A: ['169.254.169.254'] },
    'inner.private.test': { A: ['192.168.0.10'] },
    'cname.test': { CNAME: 'inner.private.test', A: ['192.168.0.10'] },
    'mixed.test': { A: ['127.0.0.1', '10.0.0.7'] },
    'mixed6.test': { A: ['127.0.0.1'], AAAA: ['fd00::1'] },
    'mapped.test': { AAAA: ['::ffff:127.0.0.1'] },
    'nat64.test': { AAAA: ['64:ff9b::a9fe:a9fe'] },
  });
  site = await startTestSite({ '/': (_req, res) => res.end('should never be reached') });
  const options = {
    resolver: createDnsResolver([dns.address], { timeoutMs: 1_000, tries: 1 }),
    userAgent: 'Vigie-test',
    timeoutMs: 5_000,
    maxBytes: 1024 * 1024,
  };
  fetcher = createSafeFetcher(options);
  guarded = createSafeFetcher({ ...options, allowForTests: ['127.0.0.1'] });
});

after(async () => {
  await fetcher.close();
  await guarded.close();
  await site.close();
  await dns.close();
});

/** [url, expected code]; P is the test site's port on 127.0.0.1. */
const table = (P: number): Array<[string, string]> => [
  // IPv4 classes
  [`http://127.0.0.1:${P}/`, 'address_loopback'],
  ['http://127.255.255.254/', 'address_loopback'],
  ['http://10.1.2.3/', 'address_private'],
  ['http://172.16.0.1/', 'address_private'],
  ['http://172.31.255.255/', 'address_private'],
  ['http://192.168.1.1/', 'address_private'],
  ['http://169.254.1.1/', 'address_link_local'],
  ['http://169.254.169.254/latest/meta-data/', 'address_metadata'],
  ['http://100.100.100.200/', 'address_metadata'],
  ['http://100.64.0.1/', 'address_cgnat'],
  ['http://100.127.255.255/', 'address_cgnat'],
  ['http://224.0.0.1/', 'address_multicast'],
  ['http://239.255.255.250/', 'address_multicast'],
  ['http://0.0.0.0/', 'address_unspecified'],
  ['http://255.255.255.255/', 'address_broadcast'],
  ['http://0.1.2.3/', 'address_reserved'],
  ['http://240.0.0.1/', 'address_reserved'],
  ['http://192.0.0.8/', 'address_reserved'],
  ['http://192.88.99.1/', 'address_reserved'],
  ['http://198.18.0.1/', 'address_benchmarking'],
  ['http://198.19.255.255/', 'address_benchmarking'],
  ['http://192.0.2.1/', 'address_documentation'],
  ['http://198.51.100.1/', 'address_documentation'],
  ['http://203.0.113.1/', 'address_documentation'],
  // IPv6 classes
  ['http://[::1]/', 'address_loopback'],
  ['http://[::]/', 'address_unspecified'],
  ['http://[fe80::1]/', 'address_link_local'],
  ['http://[fd00:ec2::254]/', 'address_metadata'],
  ['http://[fc00::1]/', 'address_unique_local'],
  ['http://[fd12:3456::1]/', 'address_unique_local'],
  ['http://[fec0::1]/', 'address_site_local'],
  ['http://[ff02::1]/', 'address_multicast'],
  ['http://[::ffff:8.8.8.8]/', 'address_ipv4_mapped'],
  ['http://[::ffff:0:7f00:1]/', 'address_ipv4_mapped'],
  ['http://[::127.0.0.1]/', 'address_ipv4_compatible'],
  ['http://[64:ff9b::7f00:1]/', 'address_loopback'],
  ['http://[64:ff9b::10.0.0.1]/', 'address_private'],
  ['http://[64:ff9b::169.254.169.254]/', 'address_metadata'],
  ['http://[64:ff9b:1::a00:1]/', 'address_reserved'],
  ['http://[2002:7f00:1::]/', 'address_loopback'],
  ['http://[2002:a9fe:a9fe::1]/', 'address_metadata'],
  ['http://[2002:c0a8:101::1]/', 'address_private'],
  ['http://[2001::1]/', 'address_teredo'],
  ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/', 'address_teredo'],
  ['http://[2001:2::1]/', 'address_benchmarking'],
  ['http://[2001:10::1]/', 'address_reserved'],
  ['http://[2001:db8::1]/', 'address_documentation'],
  ['http://[3fff::1]/', 'address_documentation'],
  ['http://[100::1]/', 'address_reserved'],
  ['http://[4000::1]/', 'address_reserved'],
  // Encoding tricks: all of them are 127.0.0.1 or 0.0.0.0 in the end
  [`http://2130706433:${P}/`, 'address_loopback'],
  [`http://0177.0.0.1:${P}/`, 'address_loopback'],
  [`http://017700000001:${P}/`, 'address_loopback'],
  [`http://0x7f.1:${P}/`, 'address_loopback'],
  [`http://0x7f000001:${P}/`, 'address_loopback'],
  [`http://127.1:${P}/`, 'address_loopback'],
  [`http://127.0.0.1.:${P}/`, 'address_loopback'],
  [`http://%31%32%37.0.0.1:${P}/`, 'address_loopback'],
  [`http://127.0.0.1%2e:${P}/`, 'address_loopback'],
  [`http://１２７.０.０.１:${P}/`, 'address_loopback'],
  [`http://①②⑦.0.0.1:${P}/`, 'address_loopback'],
  [`http://0:${P}/`, 'address_unspecified'],
  [`http://[::]:${P}/`, 'address_unspecified'],
  [`http://[::ffff:127.0.0.1]:${P}/`, 'address_ipv4_mapped'],
  [`http://[0:0:0:0:0:ffff:7f00:0001]:${P}/`, 'address_ipv4_mapped'],
  [`http://a@127.0.0.1:${P}/`, 'userinfo'],
  [`http://evil.example@127.0.0.1:${P}/`, 'userinfo'],
  [`http://localhost:${P}/`, 'local_name'],
  [`http://localhost.:${P}/`, 'local_name'],
  [`http://LocalHost:${P}/`, 'local_name'],
  [`http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:${P}/`, 'local_name'],
  [`http://anything.localhost:${P}/`, 'local_name'],
  ['http://printer.local/', 'local_name'],
  ['http://router.home.arpa/', 'local_name'],
  ['http://db.internal/', 'local_name'],
  // Names whose answers are forbidden
  [`http://loop.test:${P}/`, 'address_loopback'],
  ['http://private.test/', 'address_private'],
  ['http://PRIVATE.test./', 'address_private'],
  ['http://metadata.test/latest/meta-data/', 'address_metadata'],
  ['http://cname.test/', 'address_private'],
  ['http://mapped.test/', 'address_ipv4_mapped'],
  ['http://nat64.test/', 'address_metadata'],
  // Nonsense
  ['not a url', 'invalid_url'],
  ['http://', 'invalid_url'],
  ['http://[fe80::1%25eth0]/', 'invalid_url'],
];

/** Refused for what they are, though their host (127.0.0.1) is allowed for the test. */
const rules = (P: number): Array<[string, string]> => [
  [`http://mixed.test:${P}/`, 'address_private'],
  [`http://mixed6.test:${P}/`, 'address_unique_local'],
  [`http://user:secret@127.0.0.1:${P}/`, 'userinfo'],
  [`http://:secret@127.0.0.1:${P}/`, 'userinfo'],
  [`http://a@loop.test:${P}/`, 'userinfo'],
  ['file:///etc/passwd', 'scheme'],
  [`ftp://127.0.0.1:${P}/`, 'scheme'],
  ['gopher://127.0.0.1:70/', 'scheme'],
  [`ws://127.0.0.1:${P}/`, 'scheme'],
  ['javascript:alert(1)', 'scheme'],
  ['data:text/html,hello', 'scheme'],
  ['http://127.0.0.1:25/', 'port'],
  ['http://loop.test:22/', 'port'],
  ['https://127.0.0.1:6667/', 'port'],
  ['http://127.0.0.1:0/', 'port'],
];

async function findMisses(subject: SafeFetcher, cases: Array<[string, string]>): Promise<string[]> {
  const wrong: string[] = [];
  for (const [url, code] of cases) {
    const outcome = await subject.fetch(url);
    if (outcome.ok || !outcome.refused || outcome.code !== code) {
      wrong.push(`${url}: expected refused ${code}, got ${JSON.stringify(outcome).slice(0, 300)}`);
      continue;
    }
    assert.ok(outcome.reason.length > 0 && outcome.reason.length < 400, outcome.reason);
    const checked = await subject.check(url);
    if (checked.ok || checked.code !== code) wrong.push(`${url}: check() said ${JSON.stringify(checked)}`);
  }
  return wrong;
}

describe('the default fetcher (no allow-list)', () => {
  test('refuses every address class and every encoding trick, with the right code, before connecting', async () => {
    assert.deepEqual(await findMisses(fetcher, table(site.port)), []);
    assert.equal(site.connections(), 0, 'a refused URL reached the test site');
  });

  test('refuses schemes, user names, ports of other protocols and mixed answers for what they are', async () => {
    assert.deepEqual(await findMisses(guarded, rules(site.port)), []);
    assert.equal(site.connections(), 0, 'a refused URL reached the test site');
    const control = await guarded.fetch(`http://loop.test:${site.port}/`);
    assert.ok(control.ok && control.status === 200, 'the allowed control did not reach the site');
  });

  test('refusals say why, naming the class and the whole-name rule', async () => {
    const reasonOf = async (url: string) => {
      const outcome = await fetcher.fetch(url);
      assert.equal(outcome.ok, false);
      return outcome.ok ? '' : outcome.reason;
    };
    assert.equal(
      await reasonOf('http://0x7f.1/'),
      '127.0.0.1 is a loopback address (RFC 1122 §3.2.1.3): the machine itself',
    );
    const mixed = await guarded.fetch('http://mixed.test/');
    assert.equal(
      mixed.ok ? '' : mixed.reason,
      'mixed.test resolves to 10.0.0.7, a private address (RFC 1918) (one of its 2 addresses: the whole name is refused)',
    );
    assert.match(await reasonOf('http://[64:ff9b::10.0.0.1]/'), /NAT64 .* of 10\.0\.0\.1, a private address/);
    assert.match(await reasonOf('http://localhost./'), /^localhost: localhost names are the machine itself/);
  });

  test('localhost names are refused without asking DNS', async () => {
    const before = dns.totalQueries();
    await fetcher.fetch('http://localhost/');
    await fetcher.fetch('http://a.b.localhost./');
    assert.equal(dns.totalQueries(), before);
  });

  test('public addresses and names pass the check (which never connects)', async () => {
    assert.deepEqual(await fetcher.check('http://public.test/page'), { ok: true, address: PUBLIC });
    assert.deepEqual(await fetcher.check(`https://${PUBLIC}:8443/`), { ok: true, address: PUBLIC });
    assert.deepEqual(await fetcher.check('http://[2606:4700:4700::1111]/'), {
      ok: true,
      address: '2606:4700:4700::1111',
    });
  });

  test('names that do not resolve are failures with their own codes, not refusals', async () => {
    const missing = await fetcher.fetch('http://missing.test/');
    assert.equal(missing.ok, false);
    assert.ok(!missing.ok && !missing.refused && missing.code === 'nxdomain', JSON.stringify(missing));
    dns.set('empty.test', {});
    const empty = await fetcher.check('http://empty.test/');
    assert.deepEqual(empty, {
      ok: false,
      code: 'no_address',
      reason: 'empty.test has no IPv4 or IPv6 address',
    });
    dns.set('slow.test', 'TIMEOUT');
    assert.equal((await fetcher.check('http://slow.test/')).ok === false, true);
    const slow = await fetcher.fetch('http://slow.test/');
    assert.ok(!slow.ok && slow.code === 'dns_timeout', JSON.stringify(slow));
  });
});

test('classifyAddress: public unicast passes, embedded IPv4 decides for NAT64 and 6to4', () => {
  for (const ip of ['8.8.8.8', PUBLIC, '2606:4700:4700::1111', '64:ff9b::808:808', '2002:808:808::1']) {
    assert.deepEqual(classifyAddress(ip), { allowed: true }, ip);
  }
  assert.deepEqual(classifyAddress('0177.0.0.1'), {
    allowed: false,
    code: 'address_reserved',
    reason: '0177.0.0.1 is not an IP address',
  });
  assert.equal(classifyAddress('fe80::1%eth0').allowed, false);
});
