/**
 * VIGIE_FETCH_PROXY: the fetcher reaches a site through a real forward proxy on 127.0.0.1 (CONNECT
 * tunnel), hands it the name to resolve, and still refuses locally — before the proxy hears of it —
 * a name that resolves here to a forbidden address, including after a redirect.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { startForwardProxy, type TestProxy } from '../../testing/forward-proxy.ts';
import { startTestSite, type TestSite } from '../../testing/http-site.ts';
import { loadConfig } from '../config.ts';
import { createDnsResolver } from '../dns/resolver.ts';
import { createConfiguredFetcher, createSafeFetcher, type SafeFetcher } from './index.ts';

let dns: TestDnsServer;
let site: TestSite;
let proxy: TestProxy;
let fetcher: SafeFetcher;

before(async () => {
  dns = await startDnsServer({
    'proxied.test': { A: ['127.0.0.1'] },
    'private.test': { A: ['10.0.0.1'] },
  });
  site = await startTestSite({
    '/page': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('through the proxy'),
    '/away': (_req, res) => res.writeHead(302, { location: 'http://private.test/' }).end(),
  });
  const resolver = createDnsResolver([dns.address], { timeoutMs: 1_000, tries: 1 });
  proxy = await startForwardProxy(async (host) => (await resolver.resolve4(host))[0] ?? '');
  fetcher = createSafeFetcher({
    resolver,
    userAgent: 'Vigie-test/1',
    proxy: proxy.url,
    timeoutMs: 5_000,
    maxBytes: 1024 * 1024,
    allowForTests: ['127.0.0.1'],
  });
});

after(async () => {
  await fetcher.close();
  await proxy.close();
  await site.close();
  await dns.close();
});

test('through the proxy: the proxy is asked for the name, and the page arrives', async () => {
  const outcome = await fetcher.fetch(`http://proxied.test:${site.port}/page`);
  assert.ok(outcome.ok, JSON.stringify(outcome));
  assert.equal(outcome.body.toString(), 'through the proxy');
  assert.deepEqual(proxy.connects, [`proxied.test:${site.port}`]);
  assert.equal(site.requests.at(-1)?.headers['user-agent'], 'Vigie-test/1');
});

test('a name that resolves here to a forbidden address never reaches the proxy, nor does a redirect to one', async () => {
  proxy.connects.length = 0;
  const direct = await fetcher.fetch('http://private.test/');
  assert.ok(!direct.ok && direct.refused && direct.code === 'address_private', JSON.stringify(direct));
  assert.deepEqual(proxy.connects, []);

  const redirected = await fetcher.fetch(`http://proxied.test:${site.port}/away`);
  assert.ok(!redirected.ok && redirected.code === 'address_private', JSON.stringify(redirected));
  assert.deepEqual(proxy.connects, [`proxied.test:${site.port}`]);
  assert.equal(redirected.redirects[0]?.location, 'http://private.test/');
});

test('the configured fetcher takes VIGIE_FETCH_PROXY and VIGIE_DNS_SERVERS, and has no allow-list', async () => {
  const configured = createConfiguredFetcher(
    loadConfig({ VIGIE_FETCH_PROXY: proxy.url, VIGIE_DNS_SERVERS: dns.address }),
  );
  proxy.connects.length = 0;
  const outcome = await configured.fetch(`http://proxied.test:${site.port}/page`);
  assert.ok(!outcome.ok && outcome.code === 'address_loopback', JSON.stringify(outcome));
  assert.deepEqual(proxy.connects, []);
  await configured.close();
});
