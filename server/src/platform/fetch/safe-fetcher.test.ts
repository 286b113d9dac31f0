/**
 * The safe fetcher against real HTTP servers on loopback addresses and a real DNS server: the
 * test-only allow-list is the only thing that lets a test reach them, a name is resolved once and
 * the connection goes to the address that was checked (DNS rebinding), and every redirect is
 * checked again and recorded.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { type SiteHandler, startTestSite, type TestSite } from '../../testing/http-site.ts';
import { createDnsResolver } from '../dns/resolver.ts';
import { createSafeFetcher, type SafeFetcher } from './index.ts';

const redirectTo =
  (location: string, status = 302): SiteHandler =>
  (_req, res) =>
    res.writeHead(status, { location }).end();

let dns: TestDnsServer;
let site: TestSite;
let other: TestSite;
let fetcher: SafeFetcher;
let rebindQueries = 0;

function makeFetcher(allowForTests?: string[]) {
  return createSafeFetcher({
    resolver: createDnsResolver([dns.address], { timeoutMs: 1_000, tries: 1 }),
    userAgent: 'Vigie-test/1',
    timeoutMs: 5_000,
    maxBytes: 1024 * 1024,
    allowForTests,
  });
}

before(async () => {
  const chain: Record<string, SiteHandler> = { '/chain/0': (_req, res) => res.end('end of chain') };
  for (let n = 1; n <= 6; n++)
    chain[`/chain/${n}`] = redirectTo(`/chain/${n - 1}`, [301, 302, 303, 307, 308][n % 5]);
  site = await startTestSite({
    '/': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('site A'),
    ...chain,
    '/to-private': redirectTo('http://10.0.0.1/'),
    '/to-private-name': redirectTo('http://private.test/'),
    '/to-userinfo': redirectTo('http://user@127.0.0.1/'),
    '/to-file': redirectTo('file:///etc/passwd'),
    '/to-ftp': redirectTo('ftp://127.0.0.1/'),
    '/to-nowhere': redirectTo('http://[oops/'),
  });
  // The same port on another loopback address: a rebinding target that must never be contacted.
  other = await startTestSite(
    { '/': (_req, res) => res.end('site B: rebinding worked') },
    { host: '127.0.0.2', port: site.port },
  );
  dns = await startDnsServer((name, type) => {
    if (name === 'site.test') return { A: ['127.0.0.1'] };
    if (name === 'private.test') return { A: ['10.0.0.1'] };
    if (name === 'rebind.test' && type === 'A') {
      rebindQueries += 1;
      return { A: [rebindQueries === 1 ? '127.0.0.1' : '127.0.0.2'], ttl: 0 };
    }
    if (name === 'rebind.test') return {};
    return undefined;
  });
  fetcher = makeFetcher(['127.0.0.1']);
});

after(async () => {
  await fetcher.close();
  await site.close();
  await other.close();
  await dns.close();
});

describe('the test-only allow-list', () => {
  test('without it every test server address is refused and never contacted; with it they answer', async () => {
    const production = makeFetcher();
    const urls = [
      `http://127.0.0.1:${site.port}/`,
      `http://site.test:${site.port}/`,
      `http://127.0.0.2:${site.port}/`,
    ];
    const before = site.connections() + other.connections();
    for (const url of urls) {
      const outcome = await production.fetch(url);
      assert.ok(
        !outcome.ok && outcome.refused && outcome.code === 'address_loopback',
        JSON.stringify(outcome),
      );
    }
    assert.equal(site.connections() + other.connections(), before, 'a refused test server was contacted');

    for (const url of urls.slice(0, 2)) {
      const outcome = await fetcher.fetch(url);
      assert.ok(outcome.ok, JSON.stringify(outcome));
      assert.equal(outcome.body.toString(), 'site A');
      assert.equal(outcome.address, '127.0.0.1');
    }
    // Only what is listed: 127.0.0.2 stays refused.
    const notListed = await fetcher.fetch(urls[2] as string);
    assert.ok(!notListed.ok && notListed.code === 'address_loopback');
    assert.equal(other.connections(), 0);
  });

  test('takes loopback addresses only', () => {
    for (const wrong of [['10.0.0.0/8'], ['0.0.0.0/0'], ['127.0.0.0/7'], ['::/0'], ['8.8.8.8']]) {
      assert.throws(() => makeFetcher(wrong), /loopback addresses only/, wrong.join());
    }
  });

  test('check() resolves and classifies without connecting', async () => {
    const before = site.connections();
    assert.deepEqual(await fetcher.check(`http://site.test:${site.port}/`), {
      ok: true,
      address: '127.0.0.1',
    });
    assert.equal(site.connections(), before);
  });
});

test('DNS rebinding: the name is resolved once and the connection goes to the checked address', async () => {
  rebindQueries = 0;
  const outcome = await fetcher.fetch(`http://rebind.test:${site.port}/`);
  assert.ok(outcome.ok, JSON.stringify(outcome));
  assert.equal(outcome.body.toString(), 'site A');
  assert.equal(outcome.address, '127.0.0.1');
  assert.equal(rebindQueries, 1, 'the A record was asked for more than once');
  assert.equal(dns.queriesFor('rebind.test'), 2, 'one A and one AAAA question, nothing more');
  assert.equal(other.connections(), 0, 'the rebound address was contacted');
  // The Host header is still the name: virtual hosts work through the pinned address.
  assert.equal(site.requests.at(-1)?.headers.host, `rebind.test:${site.port}`);

  // Asked again, the name now answers 127.0.0.2, which is refused: still nothing reaches it.
  const again = await fetcher.fetch(`http://rebind.test:${site.port}/`);
  assert.ok(!again.ok && again.code === 'address_loopback', JSON.stringify(again));
  assert.equal(other.connections(), 0);
});

describe('redirects', () => {
  test('a chain of 5 is followed, each hop recorded; a chain of 6 is refused', async () => {
    const five = await fetcher.fetch(`${site.origin}/chain/5`);
    assert.ok(five.ok, JSON.stringify(five));
    assert.equal(five.body.toString(), 'end of chain');
    assert.equal(five.finalUrl, `${site.origin}/chain/0`);
    assert.deepEqual(
      five.redirects.map((hop) => [hop.url, hop.location, hop.address]),
      [5, 4, 3, 2, 1].map((n) => [`${site.origin}/chain/${n}`, `/chain/${n - 1}`, '127.0.0.1']),
    );
    assert.deepEqual(
      five.redirects.map((hop) => hop.status),
      [301, 308, 307, 303, 302],
    );

    const six = await fetcher.fetch(`${site.origin}/chain/6`);
    assert.ok(!six.ok && six.refused && six.code === 'too_many_redirects', JSON.stringify(six));
    assert.equal(six.redirects.length, 6);
    const three = await fetcher.fetch(`${site.origin}/chain/5`, { maxRedirects: 3 });
    assert.ok(!three.ok && three.code === 'too_many_redirects');
  });

  test('a redirect to a private address, a private name, a userinfo URL or another scheme is refused', async () => {
    const cases: Array<[string, string, string]> = [
      ['/to-private', 'address_private', 'http://10.0.0.1/'],
      ['/to-private-name', 'address_private', 'http://private.test/'],
      ['/to-userinfo', 'userinfo', 'http://user@127.0.0.1/'],
      ['/to-file', 'scheme', 'file:///etc/passwd'],
      ['/to-ftp', 'scheme', 'ftp://127.0.0.1/'],
      ['/to-nowhere', 'invalid_url', 'http://[oops/'],
    ];
    for (const [path, code, location] of cases) {
      const outcome = await fetcher.fetch(`${site.origin}${path}`);
      assert.ok(
        !outcome.ok && outcome.refused && outcome.code === code,
        `${path}: ${JSON.stringify(outcome)}`,
      );
      assert.deepEqual(outcome.redirects, [
        { url: `${site.origin}${path}`, status: 302, location, address: '127.0.0.1' },
      ]);
    }
  });
});
