/**
 * DNS as a hosting look-up sees it, against a real DNS server on 127.0.0.1: addresses of both
 * families, the CNAME chain recorded link by link, and each failure with its stable reason.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createDnsResolver } from '../../platform/dns/resolver.ts';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { resolveHost } from './dns-lookup.ts';

let dns: TestDnsServer;
before(async () => {
  dns = await startDnsServer({
    'both.example': { A: ['198.51.100.7'], AAAA: ['2001:db8::7'] },
    'www.shop.example': { CNAME: 'shop.example.cdn.cloudflare.net' },
    'shop.example.cdn.cloudflare.net': { CNAME: 'edge.cdn.cloudflare.net' },
    'edge.cdn.cloudflare.net': { A: ['104.16.1.1', '104.16.2.2'], AAAA: ['2606:4700::6810:101'] },
    'gone.example': 'NXDOMAIN',
    'dangling.example': { CNAME: 'nowhere.example' },
    'broken.example': 'SERVFAIL',
    'silent.example': 'TIMEOUT',
    'v6only.example': { AAAA: ['2001:db8::66'] },
    'empty.example': {},
    'loop-a.example': { CNAME: 'loop-b.example' },
    'loop-b.example': { CNAME: 'loop-a.example' },
  });
});
after(() => dns.close());

// Short timeouts: the timeout case must not hold the suite for the production 2 s × 2 tries.
const resolver = () => createDnsResolver([dns.address], { timeoutMs: 300, tries: 1 });

describe('resolveHost', () => {
  test('gives IPv4 then IPv6 addresses of a plain name, with no problem', async () => {
    assert.deepEqual(await resolveHost('both.example', resolver()), {
      cnames: [],
      ips: ['198.51.100.7', '2001:db8::7'],
      problems: [],
    });
  });

  test('records every link of a CNAME chain and the addresses at its end', async () => {
    assert.deepEqual(await resolveHost('www.shop.example', resolver()), {
      cnames: ['shop.example.cdn.cloudflare.net', 'edge.cdn.cloudflare.net'],
      ips: ['104.16.1.1', '104.16.2.2', '2606:4700::6810:101'],
      problems: [],
    });
  });

  test('an IPv6-only host is found, with no problem', async () => {
    assert.deepEqual(await resolveHost('v6only.example', resolver()), {
      cnames: [],
      ips: ['2001:db8::66'],
      problems: [],
    });
  });

  test('NXDOMAIN, of the name or at the end of its chain, is one nxdomain problem', async () => {
    assert.deepEqual(await resolveHost('gone.example', resolver()), {
      cnames: [],
      ips: [],
      problems: [{ stage: 'dns', reason: 'nxdomain', detail: 'gone.example' }],
    });
    assert.deepEqual(await resolveHost('dangling.example', resolver()), {
      cnames: ['nowhere.example'],
      ips: [],
      problems: [{ stage: 'dns', reason: 'nxdomain', detail: 'nowhere.example' }],
    });
  });

  test('SERVFAIL and a resolver that never answers are servfail and timeout', async () => {
    const broken = await resolveHost('broken.example', resolver());
    assert.deepEqual(
      broken.problems.map((p) => p.reason),
      ['servfail'],
    );
    assert.match(broken.problems[0]?.detail ?? '', /A broken\.example/);
    const started = Date.now();
    const silent = await resolveHost('silent.example', resolver());
    assert.deepEqual(
      silent.problems.map((p) => p.reason),
      ['timeout'],
    );
    assert.ok(Date.now() - started < 10_000, 'the timeout took too long');
  });

  test('a name with no address record is no_address', async () => {
    assert.deepEqual(await resolveHost('empty.example', resolver()), {
      cnames: [],
      ips: [],
      problems: [{ stage: 'dns', reason: 'no_address', detail: 'empty.example' }],
    });
  });

  test('a CNAME loop ends with cname_loop instead of running forever', async () => {
    const answer = await resolveHost('loop-a.example', resolver());
    assert.deepEqual(answer.ips, []);
    assert.deepEqual(
      answer.problems.map((p) => p.reason),
      ['cname_loop'],
    );
  });
});
