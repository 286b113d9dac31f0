/**
 * Which IP addresses the safe fetcher may connect to: public unicast only. Everything in the IANA
 * special-purpose registries that is not globally reachable is refused, with its own code and a
 * reason that names the class and the document that defines it:
 *   https://www.iana.org/assignments/iana-ipv4-special-registry/
 *   https://www.iana.org/assignments/iana-ipv6-special-registry/
 * ipaddr.js parses and matches; the table below is ours because ipaddr.js groups several classes
 * under "reserved" (documentation, benchmarking, 240/4), and we want each named. Anything ipaddr.js
 * itself does not call unicast is refused too, so a class this table forgets still stays out.
 * This file decides about addresses only; URLs and names are target-policy.ts's.
 */
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import type { AddressRefusalCode } from './fetch.types.ts';

export type AddressVerdict = { allowed: true } | { allowed: false; code: AddressRefusalCode; reason: string };

/** A refusal in parts, so a reason can be phrased for an address or for a name that resolves to it. */
export type AddressClass =
  | { allowed: true }
  | { allowed: false; code: AddressRefusalCode; text: string; what: string };

type Rule = { range: [ipaddr.IPv4 | ipaddr.IPv6, number]; code: AddressRefusalCode; what: string };

const rule = (cidr: string, code: AddressRefusalCode, what: string): Rule => ({
  range: ipaddr.parseCIDR(cidr),
  code,
  what,
});

/**
 * Cloud metadata services answer credentials to whoever asks from inside the instance. They fall
 * in refused ranges anyway; naming them makes the reason say what was being reached for.
 */
const METADATA_RULES: Rule[] = [
  rule('169.254.169.254/32', 'address_metadata', 'a cloud metadata service (AWS, GCP, Azure, OpenStack)'),
  rule('169.254.170.2/32', 'address_metadata', 'a cloud metadata service (AWS ECS task credentials)'),
  rule('100.100.100.200/32', 'address_metadata', 'a cloud metadata service (Alibaba Cloud)'),
  rule('fd00:ec2::254/128', 'address_metadata', 'a cloud metadata service (AWS, over IPv6)'),
];

/** First match wins: the narrower ranges come before the ranges that contain them. */
const IPV4_RULES: Rule[] = [
  rule('0.0.0.0/32', 'address_unspecified', 'the unspecified address (RFC 1122 §3.2.1.3)'),
  rule('0.0.0.0/8', 'address_reserved', 'a "this network" address (RFC 791)'),
  rule('10.0.0.0/8', 'address_private', 'a private address (RFC 1918)'),
  rule('100.64.0.0/10', 'address_cgnat', 'a carrier-grade NAT address (RFC 6598)'),
  rule('127.0.0.0/8', 'address_loopback', 'a loopback address (RFC 1122 §3.2.1.3): the machine itself'),
  rule('169.254.0.0/16', 'address_link_local', 'a link-local address (RFC 3927)'),
  rule('172.16.0.0/12', 'address_private', 'a private address (RFC 1918)'),
  rule('192.0.0.0/24', 'address_reserved', 'an IETF protocol assignment (RFC 6890)'),
  rule('192.0.2.0/24', 'address_documentation', 'a documentation address, TEST-NET-1 (RFC 5737)'),
  rule('192.88.99.0/24', 'address_reserved', 'the deprecated 6to4 relay anycast (RFC 7526)'),
  rule('192.168.0.0/16', 'address_private', 'a private address (RFC 1918)'),
  rule('198.18.0.0/15', 'address_benchmarking', 'a benchmarking address (RFC 2544)'),
  rule('198.51.100.0/24', 'address_documentation', 'a documentation address, TEST-NET-2 (RFC 5737)'),
  rule('203.0.113.0/24', 'address_documentation', 'a documentation address, TEST-NET-3 (RFC 5737)'),
  rule('224.0.0.0/4', 'address_multicast', 'a multicast address (RFC 5771)'),
  rule('255.255.255.255/32', 'address_broadcast', 'the limited broadcast address (RFC 919, RFC 8190)'),
  rule('240.0.0.0/4', 'address_reserved', 'a reserved address, 240/4 (RFC 1112 §4)'),
];

/** The IPv6 ranges refused as they are; the ones embedding an IPv4 address are handled below. */
const IPV6_RULES: Rule[] = [
  rule('::/128', 'address_unspecified', 'the unspecified address (RFC 4291 §2.5.2)'),
  rule('::1/128', 'address_loopback', 'the loopback address (RFC 4291 §2.5.3): the machine itself'),
  rule('100::/64', 'address_reserved', 'a discard-only address (RFC 6666)'),
  rule('2001::/32', 'address_teredo', 'a Teredo tunnel address (RFC 4380), which hides its real endpoint'),
  rule('2001:2::/48', 'address_benchmarking', 'a benchmarking address (RFC 5180)'),
  rule('2001::/23', 'address_reserved', 'an IETF protocol assignment (RFC 2928)'),
  rule('2001:db8::/32', 'address_documentation', 'a documentation address (RFC 3849)'),
  rule('3fff::/20', 'address_documentation', 'a documentation address (RFC 9637)'),
  rule('fc00::/7', 'address_unique_local', 'a unique-local address (RFC 4193), private to a network'),
  rule('fe80::/10', 'address_link_local', 'a link-local address (RFC 4291 §2.5.6)'),
  rule('fec0::/10', 'address_site_local', 'a deprecated site-local address (RFC 3879)'),
  rule('ff00::/8', 'address_multicast', 'a multicast address (RFC 4291 §2.7)'),
  // RFC 8215: a local-use NAT64 prefix is translated by the operator's own translator, and its
  // format (where the IPv4 address sits) is the operator's choice, so the embedded address cannot
  // be read reliably: refused whole, unlike the well-known prefix 64:ff9b::/96.
  rule('64:ff9b:1::/48', 'address_reserved', 'a local-use NAT64 address (RFC 8215)'),
];

/** Only the global unicast block is allocated for public hosts (RFC 4291 §2.4, IANA IPv6 address space). */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');
const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96');
const SIX_TO_FOUR = ipaddr.parseCIDR('2002::/16');
const IPV4_MAPPED = ipaddr.parseCIDR('::ffff:0:0/96');
/** RFC 6145/7915 IPv4-translated addresses (::ffff:0:0:0/96), mapped by another name. */
const IPV4_TRANSLATED = ipaddr.parseCIDR('::ffff:0:0:0/96');
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

/** Whether the fetcher may connect to this address (a canonical IPv4 or IPv6 literal, no brackets). */
export function classifyAddress(ip: string): AddressVerdict {
  const found = describeAddress(ip);
  return found.allowed
    ? found
    : { allowed: false, code: found.code, reason: `${found.text} is ${found.what}` };
}

export function describeAddress(ip: string): AddressClass {
  if (net.isIP(ip) === 0) return refuse(ip, 'address_reserved', 'not an IP address');
  const address = ipaddr.parse(ip);
  return address.kind() === 'ipv4'
    ? classifyIpv4(address as ipaddr.IPv4)
    : classifyIpv6(address as ipaddr.IPv6);
}

function classifyIpv4(address: ipaddr.IPv4): AddressClass {
  const text = address.toString();
  const found = firstMatch(address, METADATA_RULES) ?? firstMatch(address, IPV4_RULES);
  if (found) return refuse(text, found.code, found.what);
  if (address.range() !== 'unicast') {
    return refuse(text, 'address_reserved', `a special-purpose address (${address.range()})`);
  }
  return { allowed: true };
}

function classifyIpv6(address: ipaddr.IPv6): AddressClass {
  const text = address.toRFC5952String();
  const found = firstMatch(address, METADATA_RULES) ?? firstMatch(address, IPV6_RULES);
  if (found) return refuse(text, found.code, found.what);
  const embedded = embeddedIpv4(address);
  if (address.match(IPV4_MAPPED) || address.match(IPV4_TRANSLATED)) {
    // A host is reached by its IPv4 address; a mapped form is only ever a way round a check.
    return refuse(
      text,
      'address_ipv4_mapped',
      `an IPv4-mapped IPv6 address (RFC 4291 §2.5.5.2) of ${embedded}`,
    );
  }
  if (address.match(IPV4_COMPATIBLE)) {
    return refuse(
      text,
      'address_ipv4_compatible',
      `a deprecated IPv4-compatible IPv6 address (RFC 4291 §2.5.5.1) of ${embedded}`,
    );
  }
  if (address.match(NAT64_WELL_KNOWN)) return classifyEmbedded(text, 'NAT64 (RFC 6052)', embedded);
  if (address.match(SIX_TO_FOUR)) return classifyEmbedded(text, '6to4 (RFC 3056)', sixToFourIpv4(address));
  if (!address.match(GLOBAL_UNICAST_V6) || address.range() !== 'unicast') {
    return refuse(text, 'address_reserved', `outside the global unicast space (${address.range()})`);
  }
  return { allowed: true };
}

/** NAT64 and 6to4 reach the IPv4 address they carry: that address decides. */
function classifyEmbedded(text: string, kind: string, ipv4: ipaddr.IPv4): AddressClass {
  const inner = classifyIpv4(ipv4);
  if (inner.allowed) return inner;
  return refuse(text, inner.code, `a ${kind} address of ${inner.text}, ${inner.what}`);
}

function firstMatch(address: ipaddr.IPv4 | ipaddr.IPv6, rules: Rule[]): Rule | undefined {
  return rules.find((r) => r.range[0].kind() === address.kind() && address.match(r.range));
}

function refuse(text: string, code: AddressRefusalCode, what: string): AddressClass {
  return { allowed: false, code, text, what };
}

/** The last 32 bits (mapped, compatible and /96 NAT64 forms, RFC 6052 §2.2). */
function embeddedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray();
  return new ipaddr.IPv4(bytes.slice(12, 16));
}

/** 2002:AABB:CCDD::/48 carries A.B.C.D in bits 16–47 (RFC 3056 §2). */
function sixToFourIpv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray();
  return new ipaddr.IPv4(bytes.slice(2, 6));
}

/**
 * Parses the test-only allow-list: loopback addresses and ranges only, so that even a test helper
 * misused in production could never open the private network.
 */
export function parseTestAllowList(entries: string[]): Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> {
  return entries.map((entry) => {
    const range = entry.includes('/')
      ? ipaddr.parseCIDR(entry)
      : ([ipaddr.parse(entry), entry.includes(':') ? 128 : 32] as [ipaddr.IPv4 | ipaddr.IPv6, number]);
    const narrowEnough = range[1] >= (range[0].kind() === 'ipv4' ? 8 : 128);
    if (range[0].range() !== 'loopback' || !narrowEnough) {
      throw new Error(`allowForTests takes loopback addresses only, not ${entry}`);
    }
    return range;
  });
}

export function isAllowedForTests(ip: string, ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>): boolean {
  if (ranges.length === 0 || net.isIP(ip) === 0) return false;
  const address = ipaddr.parse(ip);
  return ranges.some((range) => range[0].kind() === address.kind() && address.match(range));
}
