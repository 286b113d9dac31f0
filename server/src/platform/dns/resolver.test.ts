import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startDnsServer } from '../../testing/dns-server.ts';
import { loadConfig } from '../config.ts';
import { createDnsResolver } from './resolver.ts';

test('VIGIE_DNS_SERVERS points the resolver at the hotline resolvers, and bad entries stop the server', async () => {
  const dns = await startDnsServer({ 'content.example': { A: ['198.51.100.7'] } });
  try {
    const config = loadConfig({ VIGIE_DNS_SERVERS: `${dns.address}, 192.0.2.53` });
    assert.deepEqual(config.dnsServers, [dns.address, '192.0.2.53']);
    const resolver = createDnsResolver(config.dnsServers?.slice(0, 1), { timeoutMs: 500, tries: 1 });
    assert.deepEqual(await resolver.resolve4('content.example'), ['198.51.100.7']);
  } finally {
    await dns.close();
  }
  assert.equal(loadConfig({}).dnsServers, undefined);
  assert.deepEqual(loadConfig({ VIGIE_DNS_SERVERS: '[2001:db8::53]:5353' }).dnsServers, [
    '[2001:db8::53]:5353',
  ]);
  for (const wrong of ['resolver.example', '192.0.2.53:99999', '192.0.2.53,', '2001:db8::53:53:x']) {
    assert.throws(
      () => loadConfig({ VIGIE_DNS_SERVERS: wrong }),
      /VIGIE_DNS_SERVERS: must be a comma-separated list/,
    );
  }
});
