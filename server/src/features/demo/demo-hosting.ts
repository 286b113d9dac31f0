/**
 * Where the demo's made-up sites live. The demo has no network, and every address it reports is
 * under .example or .test, so DNS and RDAP could answer nothing: instead each host name is given to
 * one fictional provider (country, AS number and name, abuse desk, registrar), and the look-ups run
 * through hosting's own job code (`runDueLookups`) with this world as the look-up function. Records
 * are stored exactly as real ones; the staff directory is consulted as the real look-up does, so a
 * directory entry for a demo host or network overrides the provider's desk.
 *
 * Addresses are in the documentation ranges (RFC 5737, RFC 3849), AS numbers in the documentation
 * range (RFC 5398): nothing here points at anything real. About two thirds of the hosts are in
 * France, the rest in the Netherlands, the United States, Germany, Bulgaria and Russia.
 */
import crypto from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import {
  type AbuseContact,
  directoryContactsFor,
  type HostingLookup,
  type LookUpHosting,
  registrableDomainOf,
  runDueLookups,
} from '../hosting/index.ts';

type Provider = {
  name: string;
  country: string;
  asn: number;
  /** The first three groups of its addresses (IPv4 /24) or an IPv6 /48 prefix ending in "::". */
  prefix: string;
  abuse: string;
  cdn?: boolean;
  /** Its abuse desk lets notices sit: content stays up through reminders, until escalation or for good. */
  ignoresNotices?: boolean;
};

/** The providers; the Example CDN and Example Hosting AS numbers are those of the demo directory. */
const PROVIDERS = {
  exempleHebergement: {
    name: 'Example Hosting SAS',
    country: 'FR',
    asn: 64500,
    prefix: '192.0.2.',
    abuse: 'abuse@example-hosting.example',
  },
  nuage: {
    name: 'Nuage Exemple SAS',
    country: 'FR',
    asn: 64510,
    prefix: '198.51.100.',
    abuse: 'abuse@nuage-exemple.example',
  },
  lyon: {
    name: 'Datacentre Lyon Exemple',
    country: 'FR',
    asn: 64511,
    prefix: '203.0.113.',
    abuse: 'abuse@dc-lyon.example',
  },
  polder: {
    name: 'Polder Hosting B.V.',
    country: 'NL',
    asn: 64520,
    prefix: '2001:db8:20::',
    abuse: 'abuse@polderhost.example',
  },
  cloud: {
    name: 'Example Cloud Inc.',
    country: 'US',
    asn: 64530,
    prefix: '2001:db8:30::',
    abuse: 'abuse@examplecloud.example',
  },
  cdn: {
    name: 'Example CDN',
    country: 'US',
    asn: 64501,
    prefix: '2001:db8:cd::',
    abuse: 'abuse@cdn.example',
    cdn: true,
  },
  rhein: {
    name: 'Rheinhost GmbH',
    country: 'DE',
    asn: 64540,
    prefix: '2001:db8:40::',
    abuse: 'abuse@rheinhost.example',
    ignoresNotices: true,
  },
  sofia: {
    name: 'Sofia Servers EOOD',
    country: 'BG',
    asn: 64560,
    prefix: '2001:db8:60::',
    abuse: 'abuse@sofiaservers.example',
    ignoresNotices: true,
  },
  // Its abuse desk's mailbox does not exist: notices to it bounce (the demo's failed notices).
  offshore: {
    name: 'Offshore Example LLC',
    country: 'RU',
    asn: 64550,
    prefix: '2001:db8:50::',
    abuse: 'abuse@offshore-hosting.example',
  },
} satisfies Record<string, Provider>;
type ProviderId = keyof typeof PROVIDERS;

/** Abuse addresses whose mailbox refuses mail (the demo's outbox gives their notices up). */
export const BOUNCING_ADDRESSES: readonly string[] = [PROVIDERS.offshore.abuse];

/** Each demo site name (see demo-data.ts HOSTS) on .example, then on .test. */
const HOSTED: Record<string, [ProviderId, ProviderId]> = {
  'forum-libre': ['exempleHebergement', 'nuage'],
  imagehost: ['polder', 'nuage'],
  videoshare: ['cdn', 'lyon'],
  'photos-partage': ['nuage', 'exempleHebergement'],
  'chat-ados': ['lyon', 'nuage'],
  microblog: ['cloud', 'exempleHebergement'],
  'pastebin-like': ['rhein', 'lyon'],
  filelocker: ['offshore', 'sofia'],
  'tube-clips': ['nuage', 'polder'],
  'social-net': ['exempleHebergement', 'lyon'],
  boards: ['lyon', 'rhein'],
  'webcam-site': ['cloud', 'nuage'],
  'cloud-drive': ['nuage', 'exempleHebergement'],
  'actu-blog': ['exempleHebergement', 'lyon'],
  'gaming-chat': ['lyon', 'nuage'],
};

const REGISTRARS = [
  { name: 'Example Registrar', address: 'abuse@registrar.example' },
  { name: 'Registraire Exemple', address: 'abuse@registraire-exemple.example' },
];

function providerOf(host: string): Provider {
  const [name, tld] = host.split('.') as [string, string];
  const pair = HOSTED[name] ?? ['nuage', 'polder'];
  return PROVIDERS[pair[tld === 'test' ? 1 : 0]];
}

/** Whether the provider of a demo site lets notices about it sit (demo-removals.ts). */
export const ignoresNotices = (host: string): boolean => providerOf(host).ignoresNotices === true;

/** A stable number from a host name: the same site always has the same address and registrar. */
const hashOf = (text: string) => crypto.createHash('sha256').update(text).digest().readUInt16BE(0);

function addressOf(provider: Provider, host: string): string {
  const n = (hashOf(host) % 250) + 2;
  return provider.prefix.endsWith('::') ? `${provider.prefix}${n.toString(16)}` : `${provider.prefix}${n}`;
}

/**
 * The demo world as hosting's look-up function. `lookedUpAt(url)` is when the look-up is said to
 * have run (minutes after the item's first report), as the record's time.
 */
export function demoLookUp(db: Db, lookedUpAt: (url: string) => Date): LookUpHosting {
  return async (url) => {
    const host = new URL(url).hostname;
    const provider = providerOf(host);
    const ip = addressOf(provider, host);
    const registrableDomain = registrableDomainOf(host);
    const at = lookedUpAt(url).toISOString();
    const fromDirectory = await directoryContactsFor(db, {
      host,
      registrableDomain,
      ips: [ip],
      asn: provider.asn,
    });
    const registrar = REGISTRARS[hashOf(`${host}/registrar`) % REGISTRARS.length] ?? REGISTRARS[0];
    const rdap: AbuseContact[] = [
      // Like the real look-up: a directory entry answers for the network, so RDAP's IP desk is not asked.
      ...(fromDirectory.length > 0
        ? []
        : [
            {
              role: provider.cdn ? ('cdn' as const) : ('host' as const),
              channel: 'email' as const,
              address: provider.abuse,
              name: provider.name,
              source: 'rdap_ip' as const,
              as_of: at,
            },
          ]),
      ...(registrar
        ? [
            {
              role: 'registrar' as const,
              channel: 'email' as const,
              address: registrar.address,
              name: registrar.name,
              source: 'rdap_domain' as const,
              as_of: at,
            },
          ]
        : []),
    ];
    return {
      url,
      normalized_url: url,
      host,
      registrable_domain: registrableDomain,
      cnames: provider.cdn ? [`${host}.edge.cdn.example`] : [],
      ips: [ip],
      asn: provider.asn,
      as_name: provider.name,
      country: provider.country,
      cdn: provider.cdn ? { name: provider.name } : null,
      abuse_contacts: [...fromDirectory, ...rdap],
      problems: [],
      looked_up_at: at,
      databases: { country: null, asn: null },
    } satisfies HostingLookup;
  };
}

/** Looks up every demo item through hosting's job code, until none is due; the number looked up. */
export async function lookUpDemoHosting(db: Db, lookedUpAt: (url: string) => Date): Promise<number> {
  const lookUp = demoLookUp(db, lookedUpAt);
  let total = 0;
  for (;;) {
    const run = await runDueLookups({ db, lookUp }, { batch: 500, concurrency: 1 });
    total += run.lookedUp;
    if (run.lookedUp === 0 && run.enrolled === 0) return total;
  }
}
