/**
 * Where a reported URL is hosted: its normalised form, the names and addresses DNS gives, the
 * country and network of the first address from the offline databases, a CDN in front if any, and
 * the abuse contacts (the CDN's first, then what the caller's findContacts returns: RDAP, the staff
 * directory). Every step that fails is recorded in `problems` and the look-up goes on: it never
 * throws for a failed step, only for a URL that is not one.
 */

import type { DnsResolver } from '../../platform/dns/resolver.ts';
import { badRequest } from '../../platform/errors.ts';
import { normaliseReportedUrl } from '../intake/index.ts';
import { cdnContact, detectCdn } from './cdn-detect.ts';
import { resolveHost } from './dns-lookup.ts';
import type { GeoDatabases } from './geo-databases.ts';
import type { ContactTarget, FindContacts, HostingLookup, LookupProblem } from './hosting.types.ts';
import { isLocalAddress, isPublicAddress, parseIp } from './ip-address.ts';
import { registrableDomainOf } from './registrable-domain.ts';

export type HostingLookupDeps = {
  resolver: DnsResolver;
  geo: GeoDatabases;
  /** Abuse contacts beyond the CDN's (RDAP, the directory); none by default. */
  findContacts?: FindContacts;
  now?: () => Date;
};

const noContacts: FindContacts = async () => ({ contacts: [], problems: [] });

export async function lookupHosting(url: string, deps: HostingLookupDeps): Promise<HostingLookup> {
  const checked = normaliseReportedUrl(url);
  if (!checked.ok) {
    throw badRequest('hosting.invalid_url', `not a web address a look-up can use (${checked.reason})`);
  }
  const normalised = new URL(checked.url);
  const lookedUpAt = (deps.now ?? (() => new Date()))().toISOString();
  const host = normalised.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = parseIp(host) !== null;
  // An IP literal needs no DNS: the look-up works with no network at all.
  const dns = literal ? { cnames: [], ips: [host], problems: [] } : await resolveHost(host, deps.resolver);
  const problems: LookupProblem[] = [...dns.problems];

  const first = dns.ips[0];
  const network = first ? deps.geo.networkOf(first) : null;
  const country = first ? deps.geo.countryOf(first) : null;
  if (first && !isPublicAddress(first)) {
    problems.push({ stage: 'geo', reason: 'not_public', detail: first });
  } else if (first && (!network || !country)) {
    const missing = [!country && 'country', !network && 'network'].filter(Boolean).join(' and ');
    problems.push({ stage: 'geo', reason: 'not_in_database', detail: `${missing} of ${first}` });
  }

  const registrableDomain = literal ? null : registrableDomainOf(host);
  const cdn = detectCdn({
    cnames: dns.cnames,
    ips: dns.ips,
    asns: dns.ips.map((ip) =>
      ip === first ? (network?.asn ?? null) : (deps.geo.networkOf(ip)?.asn ?? null),
    ),
  });
  const found = await findContactsSafely(deps.findContacts ?? noContacts, {
    host,
    registrableDomain,
    // No registry knows a local address: asking would only add a "not found" to the record.
    ips: dns.ips.filter((ip) => !isLocalAddress(ip)),
    asn: network?.asn ?? null,
  });
  problems.push(...found.problems);

  return {
    url,
    normalized_url: checked.url,
    host,
    registrable_domain: registrableDomain,
    cnames: dns.cnames,
    ips: dns.ips,
    asn: network?.asn ?? null,
    as_name: network?.name ?? null,
    country,
    cdn: cdn && { name: cdn.provider.name },
    abuse_contacts: cdn ? [cdnContact(cdn.provider), ...found.contacts] : found.contacts,
    problems,
    looked_up_at: lookedUpAt,
    databases: { ...deps.geo.dates },
  };
}

/** A contact source that throws is one more problem, not a failed look-up. */
async function findContactsSafely(find: FindContacts, target: ContactTarget) {
  try {
    return await find(target);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      contacts: [],
      problems: [{ stage: 'rdap_ip', reason: 'error', detail } satisfies LookupProblem],
    };
  }
}
