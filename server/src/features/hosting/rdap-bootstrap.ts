/**
 * RDAP bootstrap (RFC 9224): which RDAP server answers for an IP address, a domain name or an AS
 * number. Production reads IANA's registries kept in data/rdap-bootstrap/ (their README says how to
 * refresh them); tests build a bootstrap of their own that points at a local server. Parsing is
 * strict about the shape and lenient about entries: one unreadable entry is skipped, not fatal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ipaddr from 'ipaddr.js';

export const BOOTSTRAP_REGISTRIES = ['ipv4', 'ipv6', 'asn', 'dns'] as const;
export type BootstrapRegistry = (typeof BOOTSTRAP_REGISTRIES)[number];

/** A registry as IANA publishes it: `services` is a list of [entries, base URLs]. */
export type BootstrapFile = {
  description?: string;
  publication?: string;
  version?: string;
  services: [string[], string[]][];
};

type IpRange = { network: [ipaddr.IPv4 | ipaddr.IPv6, number]; urls: string[] };
type AsnRange = { first: number; last: number; urls: string[] };

export type RdapBootstrap = {
  /** Each registry's `publication` date, as its file states it. */
  publications: Partial<Record<BootstrapRegistry, string>>;
  ip: IpRange[];
  asn: AsnRange[];
  /** Lower-case DNS labels (a TLD, or a longer suffix) → base URLs. */
  dns: Map<string, string[]>;
};

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'rdap-bootstrap');

/**
 * IANA's registries from data/rdap-bootstrap/ (or a folder of the same files given by
 * VIGIE_RDAP_BOOTSTRAP_DIR), read once per process and folder. A registry missing from the folder
 * is simply absent: its look-ups record `no_bootstrap`.
 */
const loaded = new Map<string, RdapBootstrap>();
export function loadRdapBootstrap(folder: string = dataDir): RdapBootstrap {
  let bootstrap = loaded.get(folder);
  if (!bootstrap) {
    const files = BOOTSTRAP_REGISTRIES.flatMap((name) => {
      const file = path.join(folder, `${name}.json`);
      return fs.existsSync(file) ? [[name, JSON.parse(fs.readFileSync(file, 'utf8')) as BootstrapFile]] : [];
    });
    bootstrap = buildRdapBootstrap(Object.fromEntries(files));
    loaded.set(folder, bootstrap);
  }
  return bootstrap;
}

/** A bootstrap from registries in IANA's format (any of them may be missing). */
export function buildRdapBootstrap(files: Partial<Record<BootstrapRegistry, BootstrapFile>>): RdapBootstrap {
  const bootstrap: RdapBootstrap = { publications: {}, ip: [], asn: [], dns: new Map() };
  for (const name of BOOTSTRAP_REGISTRIES) {
    const file = files[name];
    if (!file) continue;
    if (!Array.isArray(file.services)) throw new Error(`RDAP bootstrap ${name}: no services list`);
    if (file.publication) bootstrap.publications[name] = file.publication;
    for (const service of file.services) {
      const [entries, urls] = service;
      if (!Array.isArray(entries) || !Array.isArray(urls)) continue;
      const usable = preferHttps(urls.filter((u) => typeof u === 'string' && /^https?:\/\//i.test(u)));
      if (usable.length === 0) continue;
      for (const entry of entries) addEntry(bootstrap, name, String(entry), usable);
    }
  }
  // Longest prefix first, so the first match is the most specific (RFC 9224 §5).
  bootstrap.ip.sort((a, b) => b.network[1] - a.network[1]);
  return bootstrap;
}

function addEntry(bootstrap: RdapBootstrap, registry: BootstrapRegistry, entry: string, urls: string[]) {
  if (registry === 'dns') {
    bootstrap.dns.set(entry.toLowerCase().replace(/\.$/, ''), urls);
  } else if (registry === 'asn') {
    const [first, last = first] = entry.split('-').map(Number);
    if (Number.isInteger(first) && Number.isInteger(last))
      bootstrap.asn.push({ first, last, urls } as AsnRange);
  } else {
    try {
      bootstrap.ip.push({ network: ipaddr.parseCIDR(entry), urls });
    } catch {
      // an entry we cannot read: its addresses get no_bootstrap rather than a wrong server
    }
  }
}

/** RFC 9224 §3 lets a registry list several URLs; HTTPS ones are preferred, in the order given. */
function preferHttps(urls: string[]): string[] {
  return [...urls.filter((u) => /^https:/i.test(u)), ...urls.filter((u) => !/^https:/i.test(u))];
}

/** The base URL for an address (IPv4-mapped IPv6 counts as IPv4), or null. */
export function rdapBaseForIp(bootstrap: RdapBootstrap, address: string): string | null {
  const parsed = parseAddress(address);
  if (!parsed) return null;
  const found = bootstrap.ip.find(
    (range) => range.network[0].kind() === parsed.kind() && parsed.match(range.network),
  );
  return found?.urls[0] ?? null;
}

/** The base URL for a domain: the longest matching label suffix (its TLD in practice), or null. */
export function rdapBaseForDomain(bootstrap: RdapBootstrap, domain: string): string | null {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length; i += 1) {
    const urls = bootstrap.dns.get(labels.slice(i).join('.'));
    if (urls) return urls[0] ?? null;
  }
  return null;
}

/** The base URL for an AS number, or null. */
export function rdapBaseForAsn(bootstrap: RdapBootstrap, asn: number): string | null {
  return bootstrap.asn.find((range) => asn >= range.first && asn <= range.last)?.urls[0] ?? null;
}

/** An address as ipaddr.js reads it, IPv4-mapped IPv6 turned into IPv4; null when not an address. */
export function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  // Four-part decimal only: the addresses come from DNS answers, never from octal or hex spellings.
  if (!ipaddr.IPv4.isValidFourPartDecimal(address) && !ipaddr.IPv6.isValid(address)) return null;
  return ipaddr.process(address);
}

/** Whether `address` lies in [start, end]: a network that does not hold it must not be cached for it. */
export function addressWithin(address: string, start: string, end: string): boolean {
  const [a, s, e] = [address, start, end].map((x) => parseAddress(x)?.toByteArray());
  if (!a || !s || !e || a.length !== s.length || a.length !== e.length) return false;
  return compareBytes(s, a) <= 0 && compareBytes(a, e) <= 0;
}

export function compareBytes(x: number[], y: number[]): number {
  for (let i = 0; i < x.length; i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
