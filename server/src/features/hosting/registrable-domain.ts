/**
 * The registrable domain of a host: the public suffix plus one label (`www.bbc.co.uk` → `bbc.co.uk`),
 * from the Public Suffix List bundled in tldts. Only the ICANN section counts: the registrable
 * domain is what a registry registered and a registrar answers for (RDAP, notices to registrars),
 * so `alice.blogspot.com` gives `blogspot.com` — the platform, whose directory entry or abuse
 * channel reaches the blog — and not `alice.blogspot.com`, which no registrar knows. Null for an
 * IP address or a name with no registrable part.
 */
import { getDomain } from 'tldts';

export function registrableDomainOf(host: string): string | null {
  return getDomain(host, { allowPrivateDomains: false }) ?? null;
}
