/**
 * Who to contact about a host: the staff directory first, then RDAP. How the directory overrides:
 *
 * - A platform, host or CDN entry matches the host name or one of its parent domains (so an entry for
 *   example-video.com covers cdn.example-video.com), or the AS number the addresses belong to. Its
 *   contact comes first (platforms, then CDNs, then hosts), and it REPLACES the contact RDAP gives for
 *   the IP network (the hotline knows better who runs the service than the address registry does),
 *   so the IP networks are not even asked about.
 * - The registrar comes from RDAP (the domain query) and stays listed after the others. A registrar
 *   entry replaces RDAP's registrar contact when RDAP's abuse address is at one of the entry's
 *   domains (a registrar's desk is known by its own domain, not by its customers').
 *
 * `findAbuseContacts` is what the look-up engine calls (see abuseContactFinder).
 */
import type { Queryable } from '../../platform/db/database.ts';
import type { DirectoryEntryRow } from './directory.queries.ts';
import { matchDirectory } from './directory-snapshot.ts';
import type { AbuseContact, ContactsFound, ContactTarget, FindContacts } from './hosting.types.ts';
import { CONTACT_ROLES } from './hosting.types.ts';
import type { RdapClient } from './rdap-client.ts';

/** The directory's contacts for a host (registrars aside), most relevant role first. */
export async function directoryContactsFor(q: Queryable, target: ContactTarget): Promise<AbuseContact[]> {
  // An IP-literal host has no domains to match, only its network's AS number.
  const names = [target.host, target.registrableDomain].filter(
    (n): n is string => Boolean(n) && !/^[\d.]+$|:/.test(n as string),
  );
  const entries = await matchDirectory(q, {
    domains: [...new Set(names.flatMap(parentDomains))],
    asn: target.asn,
  });
  return entries
    .filter((entry) => entry.kind !== 'registrar')
    .sort(
      (a, b) => CONTACT_ROLES.indexOf(a.kind) - CONTACT_ROLES.indexOf(b.kind) || a.name.localeCompare(b.name),
    )
    .map(contactOf);
}

export async function findAbuseContacts(
  ctx: { db: Queryable; rdap: RdapClient },
  target: ContactTarget,
): Promise<ContactsFound> {
  const fromDirectory = await directoryContactsFor(ctx.db, target);
  const fromRdap = await ctx.rdap.findRdapContacts(
    { registrableDomain: target.registrableDomain, ips: target.ips },
    { skipIp: fromDirectory.length > 0 },
  );
  const contacts = await Promise.all(
    fromRdap.contacts.map(async (contact) =>
      contact.role === 'registrar' ? ((await registrarEntryFor(ctx.db, contact)) ?? contact) : contact,
    ),
  );
  return { contacts: [...fromDirectory, ...contacts], problems: fromRdap.problems };
}

/** The function the look-up engine takes: `(target) => { contacts, problems }`. */
export const abuseContactFinder =
  (ctx: { db: Queryable; rdap: RdapClient }): FindContacts =>
  (target) =>
    findAbuseContacts(ctx, target);

async function registrarEntryFor(q: Queryable, rdapContact: AbuseContact): Promise<AbuseContact | undefined> {
  const domain = rdapContact.address.split('@')[1];
  if (!domain) return undefined;
  const [entry] = await matchDirectory(q, {
    domains: parentDomains(domain),
    asn: null,
    kind: 'registrar',
  });
  return entry ? contactOf(entry) : undefined;
}

function contactOf(entry: DirectoryEntryRow): AbuseContact {
  return {
    role: entry.kind,
    channel: entry.channel,
    address: entry.address,
    name: entry.name,
    source: 'directory',
    as_of: entry.updatedAt.toISOString(),
    language: entry.language,
  };
}

/** `a.b.example.com` → itself and every parent with at least two labels. */
function parentDomains(name: string): string[] {
  const labels = name.toLowerCase().replace(/\.$/, '').split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}
