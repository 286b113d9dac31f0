import assert from 'node:assert/strict';
import { Resolver } from 'node:dns/promises';
import { test } from 'node:test';
import { startDnsServer } from './dns-server.ts';

test('the test DNS server answers A, AAAA and CNAME, NXDOMAIN and SERVFAIL, and counts questions', async () => {
  const dns = await startDnsServer({
    'host.example': { A: ['192.0.2.10', '192.0.2.11'], AAAA: ['2001:db8::10'] },
    'www.host.example': { CNAME: 'host.example', A: ['192.0.2.10'] },
    'broken.example': 'SERVFAIL',
  });
  const resolver = new Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([dns.address]);
  try {
    assert.deepEqual((await resolver.resolve4('host.example')).sort(), ['192.0.2.10', '192.0.2.11']);
    assert.deepEqual(await resolver.resolve6('HOST.example.'), ['2001:db8::10']);
    assert.deepEqual(await resolver.resolveCname('www.host.example'), ['host.example']);
    await assert.rejects(resolver.resolve4('missing.example'), { code: 'ENOTFOUND' });
    await assert.rejects(resolver.resolve4('broken.example'), { code: 'ESERVFAIL' });
    dns.set('host.example', { A: ['192.0.2.99'] });
    assert.deepEqual(await resolver.resolve4('host.example'), ['192.0.2.99']);
    assert.equal(dns.queriesFor('host.example'), 3);
  } finally {
    await dns.close();
  }
});
