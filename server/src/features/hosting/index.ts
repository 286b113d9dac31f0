/** What other features may use from hosting. */

export type { AsnNetwork } from './asn-index.ts';
export { CDN_PROVIDERS, type CdnProvider } from './cdn-providers.ts';
export { DNS_PROBLEMS, type DnsProblem } from './dns-lookup.ts';
export { type GeoDatabases, geoDatabasesFor, openGeoDatabases } from './geo-databases.ts';
export {
  type AbuseContact,
  CONTACT_CHANNELS,
  CONTACT_ROLES,
  CONTACT_SOURCES,
  type ContactChannel,
  type ContactRole,
  type ContactSource,
  type HostingLookup,
  LOOKUP_STAGES,
  type LookupProblem,
  type LookupStage,
} from './hosting.types.ts';
export {
  type ContactTarget,
  type FindContacts,
  type HostingLookupDeps,
  lookupHosting,
} from './hosting-lookup.ts';
export { registrableDomainOf } from './registrable-domain.ts';
