/**
 * IP addresses as numbers, for range tables (the ASN index, CDN networks): IPv4 as a uint32,
 * IPv6 as a bigint or as four uint32 words (most significant first). An IPv4-mapped IPv6 address
 * (::ffff:192.0.2.1) is the IPv4 address it carries: both spellings name one host (RFC 4291 §2.5.5.2).
 */
import net from 'node:net';
import ipaddr from 'ipaddr.js';

export type IpNumber = { family: 4; value: number } | { family: 6; value: bigint };
/** The form range tables search: IPv6 as four uint32 words, no bigint on the hot path. */
export type IpWords = { family: 4; value: number } | { family: 6; words: [number, number, number, number] };

/** `192.0.2.1`, `2001:db8::1` or `[2001:db8::1]` → its number; null for anything else. */
export function parseIp(text: string): IpNumber | null {
  const ip = parseIpWords(text);
  if (!ip || ip.family === 4) return ip;
  return { family: 6, value: ip.words.reduce((value, word) => (value << 32n) | BigInt(word), 0n) };
}

export function parseIpWords(text: string): IpWords | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (net.isIPv4(bare)) return { family: 4, value: ipv4ToNumber(bare) };
  if (!net.isIPv6(bare)) return null;
  const address = ipaddr.IPv6.parse(bare);
  if (address.isIPv4MappedAddress()) {
    return { family: 4, value: ipv4ToNumber(address.toIPv4Address().toString()) };
  }
  const p = address.parts;
  const word = (k: number) => (((p[k] as number) << 16) | (p[k + 1] as number)) >>> 0;
  return { family: 6, words: [word(0), word(2), word(4), word(6)] };
}

/** A dotted quad already checked by net.isIPv4 → uint32. */
export function ipv4ToNumber(text: string): number {
  let value = 0;
  for (const part of text.split('.')) value = value * 256 + Number(part);
  return value;
}

/** The four 32-bit words of a 128-bit value, most significant first. */
export function ipv6Words(value: bigint): [number, number, number, number] {
  const mask = 0xffffffffn;
  return [
    Number((value >> 96n) & mask),
    Number((value >> 64n) & mask),
    Number((value >> 32n) & mask),
    Number(value & mask),
  ];
}

export type IpRange = { family: 4 | 6; start: bigint; end: bigint };

/** `198.51.100.0/24` or `2001:db8::/32` → the first and last address it covers. */
export function parseCidr(text: string): IpRange {
  const [address = '', prefixText, ...rest] = text.split('/');
  const ip = parseIp(address);
  const bits = ip?.family === 4 ? 32 : 128;
  const prefix = Number(prefixText);
  if (!ip || rest.length > 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
    throw new Error(`not a CIDR block: ${text}`);
  }
  const hostBits = BigInt(bits - prefix);
  const start = (BigInt(ip.value) >> hostBits) << hostBits;
  return { family: ip.family, start, end: start + (1n << hostBits) - 1n };
}

/** Whether an address is one a public web site can live on (not private, loopback, reserved, …). */
export function isPublicAddress(text: string): boolean {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (!ipaddr.isValid(bare)) return false;
  return ipaddr.process(bare).range() === 'unicast';
}

/** Ranges that belong to a local network, which no registry knows: no RDAP question is asked. */
const LOCAL_RANGES = new Set([
  'unspecified',
  'broadcast',
  'multicast',
  'linkLocal',
  'loopback',
  'carrierGradeNat',
  'private',
  'uniqueLocal',
]);

/** Whether an address is on a local network (loopback, private, link-local…). */
export function isLocalAddress(text: string): boolean {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return ipaddr.isValid(bare) && LOCAL_RANGES.has(ipaddr.process(bare).range());
}
