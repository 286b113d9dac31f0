/**
 * What Vigie keeps of an RDAP answer (RFC 9083): for an IP network its handle, name, range, country
 * and abuse contact; for a domain its registrar (name, IANA id) and the registrar's abuse contact.
 * Contacts are entities with the role "abuse", found wherever registries nest them (RIPE NCC puts
 * them on the network, ARIN under the registrant organisation, gTLD registries under the registrar,
 * as the ICANN RDAP profile asks); their details are jCards (RFC 7095). Anything else is ignored.
 * An answer whose shape is wrong yields null: the caller records it as `malformed`.
 */
import type { ContactRole } from './hosting.types.ts';
import { parseAddress } from './rdap-bootstrap.ts';

export type RdapContact = { email: string; name: string | null };

/** What a network's abuse desk is to a hotline: see networkRole. */
export const NETWORK_ROLES = ['host', 'network'] as const satisfies readonly ContactRole[];
export type NetworkRole = (typeof NETWORK_ROLES)[number];

export type IpNetworkAnswer = {
  handle: string | null;
  name: string | null;
  /** The registry's type for the block (RIPE "ASSIGNED PA", ARIN "DIRECT ALLOCATION"…). */
  type: string | null;
  country: string | null;
  start: string;
  end: string;
  cidr: string | null;
  role: NetworkRole;
  abuse: RdapContact | null;
};

export type DomainAnswer = {
  domain: string;
  registrar: { name: string | null; iana_id: string | null } | null;
  abuse: RdapContact | null;
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const rolesOf = (entity: Json) => list(entity.roles).map((r) => String(r).toLowerCase());

/** An RDAP "ip network" object → what Vigie keeps; null when it is not one or its range is unreadable. */
export function extractIpNetwork(body: unknown): IpNetworkAnswer | null {
  if (!isObject(body) || body.objectClassName !== 'ip network') return null;
  const start = parseAddress(text(body.startAddress) ?? '');
  const end = parseAddress(text(body.endAddress) ?? '');
  if (!start || !end || start.kind() !== end.kind()) return null;
  const type = text(body.type);
  return {
    handle: text(body.handle),
    name: text(body.name),
    type,
    country: text(body.country)?.toUpperCase() ?? null,
    start: start.toString(),
    end: end.toString(),
    cidr: cidrOf(body),
    role: networkRole(type),
    abuse: findAbuseContact(list(body.entities)),
  };
}

/** An RDAP "domain" object → its registrar and the registrar's abuse contact; null when it is not one. */
export function extractDomain(body: unknown): DomainAnswer | null {
  if (!isObject(body) || body.objectClassName !== 'domain') return null;
  const domain = text(body.ldhName)?.toLowerCase() ?? text(body.unicodeName);
  if (!domain) return null;
  const registrar = list(body.entities)
    .filter(isObject)
    .find((e) => rolesOf(e).includes('registrar'));
  if (!registrar) return { domain, registrar: null, abuse: findAbuseContact(list(body.entities)) };
  const ianaId = list(registrar.publicIds)
    .filter(isObject)
    .find((id) => String(id.type).toLowerCase() === 'iana registrar id');
  return {
    domain,
    registrar: { name: vcardOf(registrar).fn, iana_id: text(ianaId?.identifier) },
    abuse: findAbuseContact(list(registrar.entities)),
  };
}

/**
 * A block assigned to its end user (RIPE/APNIC "ASSIGNED …", ARIN "… ASSIGNMENT") is run by whoever
 * hosts the machines in it: their abuse desk is the host. An allocation (to an ISP that hands out
 * parts of it) is run by the network operator, one step further from the content.
 */
function networkRole(type: string | null): NetworkRole {
  return type && /ASSIGN/i.test(type) ? 'host' : 'network';
}

function cidrOf(body: Json): string | null {
  // The "cidr0" extension most RIRs publish: [{ v4prefix | v6prefix, length }].
  const first = list(body.cidr0_cidrs).filter(isObject)[0];
  const prefix = text(first?.v4prefix) ?? text(first?.v6prefix);
  return prefix && typeof first?.length === 'number' ? `${prefix}/${first.length}` : null;
}

/**
 * The first entity with the role "abuse" that has an e-mail address, breadth first: an abuse desk
 * on the object itself wins over one nested under its registrant. Depth is bounded so a hostile
 * answer cannot make the walk long.
 */
export function findAbuseContact(entities: unknown[], depth = 0): RdapContact | null {
  const objects = entities.filter(isObject);
  for (const entity of objects) {
    if (!rolesOf(entity).includes('abuse')) continue;
    const card = vcardOf(entity);
    if (card.email) return { email: card.email, name: card.fn };
  }
  if (depth >= 3) return null;
  for (const entity of objects) {
    const nested = findAbuseContact(list(entity.entities), depth + 1);
    if (nested) return nested;
  }
  return null;
}

/** The `fn` and first `email` of an entity's jCard: ["vcard", [[name, params, type, value], …]]. */
function vcardOf(entity: Json): { fn: string | null; email: string | null } {
  const [kind, properties] = list(entity.vcardArray);
  const card = { fn: null as string | null, email: null as string | null };
  if (kind !== 'vcard') return card;
  for (const property of list(properties)) {
    const [name, , , value] = list(property);
    if (name === 'fn') card.fn ??= text(value);
    if (name === 'email') card.email ??= emailOf(value);
  }
  return card;
}

/** An e-mail value, with a "mailto:" some registries add removed; null when it is not an address. */
function emailOf(value: unknown): string | null {
  const raw = text(value)?.replace(/^mailto:/i, '');
  return raw && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(raw) ? raw.toLowerCase() : null;
}
