/**
 * CDN detection from the data list: by CNAME suffix, by published range, by an ASN used only for
 * the service; never by an ASN that also carries ordinary hosting, never by a look-alike name.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cdnContact, detectCdn } from './cdn-detect.ts';
import { CDN_PROVIDERS } from './cdn-providers.ts';
import { parseCidr } from './ip-address.ts';

const detect = (target: { cnames?: string[]; ips?: string[]; asns?: (number | null)[] }) => {
  const match = detectCdn({ cnames: target.cnames ?? [], ips: target.ips ?? [], asns: target.asns ?? [] });
  return match && `${match.provider.name} by ${match.by}`;
};

describe('detectCdn', () => {
  test('recognises a provider by a CNAME suffix anywhere in the chain', () => {
    assert.equal(detect({ cnames: ['www.example.org.cdn.cloudflare.net'] }), 'Cloudflare by cname');
    assert.equal(
      detect({ cnames: ['a.example.net', 'd111111abcdef8.cloudfront.net.'] }),
      'Amazon CloudFront by cname',
    );
    assert.equal(detect({ cnames: ['e1234.a.akamaiedge.net'] }), 'Akamai by cname');
    assert.equal(detect({ cnames: ['example.azurefd.net'] }), 'Microsoft Azure Front Door by cname');
    assert.equal(detect({ cnames: ['myzone.b-cdn.net'] }), 'Bunny by cname');
    assert.equal(detect({ cnames: ['x7k2.x.incapdns.net'] }), 'Imperva by cname');
    assert.equal(detect({ cnames: ['dualstack.j.sni.global.fastly.net'] }), 'Fastly by cname');
  });

  test('never by a name that only ends with the same letters', () => {
    assert.equal(detect({ cnames: ['evilcloudfront.net', 'notfastly.net', 'my-b-cdn.net'] }), null);
  });

  test('recognises published ranges, IPv4 and IPv6, edges included', () => {
    assert.equal(detect({ ips: ['104.16.0.0'] }), 'Cloudflare by range');
    assert.equal(detect({ ips: ['2606:4700:4700::1111'] }), 'Cloudflare by range');
    assert.equal(detect({ ips: ['151.101.255.255'] }), 'Fastly by range');
    assert.equal(detect({ ips: ['13.32.0.1'] }), 'Amazon CloudFront by range'); // an apex ALIAS has no CNAME
    assert.equal(detect({ ips: ['2600:9000:2000::1'] }), 'Amazon CloudFront by range');
    assert.equal(detect({ ips: ['::ffff:104.16.0.1'] }), 'Cloudflare by range');
  });

  test('recognises an ASN used only for the service, and no ASN that also carries hosting', () => {
    assert.equal(detect({ ips: ['192.0.2.10'], asns: [30148] }), 'Sucuri by asn');
    assert.equal(detect({ ips: ['192.0.2.10'], asns: [57724] }), 'DDoS-Guard by asn');
    assert.equal(detect({ ips: ['192.0.2.10'], asns: [20940] }), 'Akamai by asn');
    // All of AWS (an EC2 address), all of Microsoft, Google Cloud's machines, Akamai's Linode hosting:
    assert.equal(detect({ ips: ['3.5.140.2'], asns: [16509] }), null);
    assert.equal(detect({ ips: ['192.0.2.10'], asns: [8075] }), null);
    assert.equal(detect({ ips: ['192.0.2.10'], asns: [396982] }), null);
    assert.equal(detect({ ips: ['192.0.2.10'], asns: [63949] }), null);
    assert.equal(detect({ ips: ['198.51.100.1'], asns: [null] }), null);
  });

  test('the CNAME wins over the address: it names the service the site chose', () => {
    assert.equal(detect({ cnames: ['site.b-cdn.net'], ips: ['104.16.0.1'] }), 'Bunny by cname');
  });
});

describe('the data list', () => {
  test('every range parses, every provider can be recognised and has an abuse channel', () => {
    for (const provider of CDN_PROVIDERS) {
      for (const range of provider.ranges)
        assert.doesNotThrow(() => parseCidr(range), `${provider.name}: ${range}`);
      assert.ok(
        provider.cnameSuffixes.length + provider.ranges.length + provider.asns.length > 0,
        `${provider.name} cannot be recognised`,
      );
      const contact = cdnContact(provider);
      assert.equal(contact.source, 'cdn');
      assert.equal(contact.role, 'cdn');
      assert.match(
        contact.address,
        contact.channel === 'email' ? /^[^@\s]+@[^@\s]+\.[a-z]+$/ : /^https:\/\//,
      );
      assert.match(contact.as_of, /^\d{4}-\d{2}-\d{2}$/);
      for (const source of provider.published)
        assert.ok(source.asOf === null || /^\d{4}-\d{2}-\d{2}$/.test(source.asOf));
    }
    assert.equal(new Set(CDN_PROVIDERS.map((p) => p.name)).size, CDN_PROVIDERS.length);
  });
});
