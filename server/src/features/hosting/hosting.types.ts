/**
 * The shapes of hosting intelligence, shared by its parts (DNS and networks, abuse contacts from
 * RDAP and the staff directory, CDN detection) and by what shows them (the API, `vigie hosting
 * lookup`, the item page). Keys are snake_case because this is what the API and the CLI print.
 */

/** Where an abuse contact came from; the directory overrides RDAP, a CDN is asked first. */
export const CONTACT_SOURCES = ['directory', 'cdn', 'rdap_ip', 'rdap_domain'] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** What the contact is responsible for. */
export const CONTACT_ROLES = ['platform', 'cdn', 'host', 'network', 'registrar'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** How the contact is reached. */
export const CONTACT_CHANNELS = ['email', 'web_form', 'api'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export type AbuseContact = {
  role: ContactRole;
  channel: ContactChannel;
  /** An e-mail address, or the URL of a web form or API. */
  address: string;
  /** The organisation, as its source names it. */
  name: string | null;
  source: ContactSource;
  /** When the source said so (ISO 8601): an RDAP answer's time, a directory entry's last change. */
  as_of: string;
  /** The contact's preferred language (directory entries), ISO 639-1. */
  language?: string | null;
};

/** The steps of a look-up that can fail on their own. */
export const LOOKUP_STAGES = ['dns', 'geo', 'rdap_ip', 'rdap_domain'] as const;
export type LookupStage = (typeof LOOKUP_STAGES)[number];

/** A step of a look-up that did not give an answer, and why: recorded, retried, never blocking. */
export type LookupProblem = {
  stage: LookupStage;
  /** A stable code: nxdomain, timeout, servfail, no_address, rate_limited, not_found, unreachable, … */
  reason: string;
  detail?: string;
};

export type HostingLookup = {
  url: string;
  normalized_url: string;
  host: string;
  /** The registrable domain (public suffix + one label), null for an IP literal. */
  registrable_domain: string | null;
  /** CNAME chain followed to reach the addresses, in order. */
  cnames: string[];
  ips: string[];
  asn: number | null;
  as_name: string | null;
  /** ISO 3166-1 alpha-2 of the first address, from the offline database. */
  country: string | null;
  /** A CDN or reverse proxy in front: the origin is hidden and the CDN is the first contact. */
  cdn: { name: string } | null;
  abuse_contacts: AbuseContact[];
  problems: LookupProblem[];
  /** When the look-up ran, and the dates of the offline databases it used. */
  looked_up_at: string;
  databases: { country: string | null; asn: string | null };
};

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
