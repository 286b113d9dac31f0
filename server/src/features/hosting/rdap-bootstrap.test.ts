import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildRdapBootstrap,
  loadRdapBootstrap,
  rdapBaseForAsn,
  rdapBaseForDomain,
  rdapBaseForIp,
} from './rdap-bootstrap.ts';

test('IANA’s registries kept in the repository parse, with their publication dates', () => {
  const bootstrap = loadRdapBootstrap();
  assert.deepEqual(bootstrap.publications, {
    ipv4: '2019-06-07T19:00:02Z',
    ipv6: '2024-11-01T22:00:01Z',
    asn: '2026-06-01T20:00:01Z',
    dns: '2026-07-27T00:00:00Z',
  });
  assert.ok(bootstrap.ip.length > 250 && bootstrap.asn.length > 150 && bootstrap.dns.size > 1000);
});

test('they send each kind of resource to its registry', () => {
  const bootstrap = loadRdapBootstrap();
  const cases: [string | null, string | null][] = [
    [rdapBaseForIp(bootstrap, '193.0.6.139'), 'https://rdap.db.ripe.net/'],
    [rdapBaseForIp(bootstrap, '8.8.8.8'), 'https://rdap.arin.net/registry/'],
    [rdapBaseForIp(bootstrap, '2001:67c:2e8::1'), 'https://rdap.db.ripe.net/'],
    [rdapBaseForIp(bootstrap, '::ffff:8.8.8.8'), 'https://rdap.arin.net/registry/'],
    [rdapBaseForAsn(bootstrap, 3333), 'https://rdap.db.ripe.net/'],
    [rdapBaseForDomain(bootstrap, 'www.Example.COM.'), 'https://rdap.verisign.com/com/v1/'],
    [rdapBaseForDomain(bootstrap, 'afnic.fr'), 'https://rdap.nic.fr/'],
    // Private and loopback space belong to no registry.
    [rdapBaseForIp(bootstrap, '10.1.2.3'), null],
    [rdapBaseForIp(bootstrap, '127.0.0.1'), null],
    [rdapBaseForIp(bootstrap, 'fc00::1'), null],
    [rdapBaseForIp(bootstrap, 'not-an-address'), null],
    [rdapBaseForDomain(bootstrap, 'host.invalid'), null],
  ];
  for (const [found, expected] of cases) assert.equal(found, expected);
});

test('the most specific entry wins, and HTTPS is preferred to HTTP', () => {
  const bootstrap = buildRdapBootstrap({
    ipv4: {
      services: [
        [['10.0.0.0/8'], ['http://wide.example/', 'https://wide.example/']],
        [['10.1.0.0/16'], ['https://narrow.example/']],
      ],
    },
    dns: {
      services: [
        [['example'], ['https://tld.example/']],
        [['sub.example'], ['https://sub.example/']],
      ],
    },
  });
  assert.equal(rdapBaseForIp(bootstrap, '10.1.2.3'), 'https://narrow.example/');
  assert.equal(rdapBaseForIp(bootstrap, '10.2.0.1'), 'https://wide.example/');
  assert.equal(rdapBaseForDomain(bootstrap, 'a.sub.example'), 'https://sub.example/');
  assert.equal(rdapBaseForDomain(bootstrap, 'a.other.example'), 'https://tld.example/');
});
