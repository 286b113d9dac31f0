/**
 * The shapes of hosting intelligence, shared by its parts (DNS and networks, abuse contacts from
 * RDAP and the staff directory, CDN detection) and by what shows them (the API, `vigie hosting
 * lookup`, the item page). One zod schema each: the API validates and documents with it, the types
 * derive from it. Keys are snake_case because this is what the API and the CLI print.
 */
import { z } from 'zod';

/** Where an abuse contact came from; the directory overrides RDAP, a CDN is asked first. */
export const CONTACT_SOURCES = ['directory', 'cdn', 'rdap_ip', 'rdap_domain'] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** What the contact is responsible for. */
export const CONTACT_ROLES = ['platform', 'cdn', 'host', 'network', 'registrar'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** How the contact is reached. */
export const CONTACT_CHANNELS = ['email', 'web_form', 'api'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const abuseContact = z.object({
  role: z.enum(CONTACT_ROLES),
  channel: z.enum(CONTACT_CHANNELS),
  /** An e-mail address, or the URL of a web form or API. */
  address: z.string(),
  /** The organisation, as its source names it. */
  name: z.string().nullable(),
  source: z.enum(CONTACT_SOURCES),
  /** When the source said so (ISO 8601): an RDAP answer's time, a directory entry's last change. */
  as_of: z.string(),
  /** The contact's preferred language (directory entries), ISO 639-1. */
  language: z.string().nullable().optional(),
});
export type AbuseContact = z.output<typeof abuseContact>;

/** The steps of a look-up that can fail on their own. */
export const LOOKUP_STAGES = ['dns', 'geo', 'rdap_ip', 'rdap_domain'] as const;
export type LookupStage = (typeof LOOKUP_STAGES)[number];

/** A step of a look-up that did not give an answer, and why: recorded, retried, never blocking. */
export const lookupProblem = z.object({
  stage: z.enum(LOOKUP_STAGES),
  /** A stable code: nxdomain, timeout, servfail, no_address, rate_limited, not_found, unreachable, … */
  reason: z.string(),
  detail: z.string().optional(),
});
export type LookupProblem = z.output<typeof lookupProblem>;

export const hostingLookup = z.object({
  url: z.string(),
  normalized_url: z.string(),
  host: z.string(),
  /** The registrable domain (public suffix + one label), null for an IP literal. */
  registrable_domain: z.string().nullable(),
  /** CNAME chain followed to reach the addresses, in order. */
  cnames: z.array(z.string()),
  ips: z.array(z.string()),
  asn: z.number().nullable(),
  as_name: z.string().nullable(),
  /** ISO 3166-1 alpha-2 of the first address, from the offline database. */
  country: z.string().nullable(),
  /** A CDN or reverse proxy in front: the origin is hidden and the CDN is the first contact. */
  cdn: z.object({ name: z.string() }).nullable(),
  abuse_contacts: z.array(abuseContact),
  problems: z.array(lookupProblem),
  /** When the look-up ran, and the dates of the offline databases it used. */
  looked_up_at: z.string(),
  databases: z.object({ country: z.string().nullable(), asn: z.string().nullable() }),
});
export type HostingLookup = z.output<typeof hostingLookup>;

/** What abuse contacts are looked up for: a host, its domain and where it resolved. */
export type ContactTarget = {
  host: string;
  registrableDomain: string | null;
  ips: string[];
  asn: number | null;
};

export type ContactsFound = { contacts: AbuseContact[]; problems: LookupProblem[] };

/** The directory and RDAP together (directory-match.ts); the look-up calls it for each host. */
export type FindContacts = (target: ContactTarget) => Promise<ContactsFound>;
