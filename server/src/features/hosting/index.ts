/** What other features may use from hosting intelligence. */

export type { AsnNetwork } from './asn-index.ts';
export { CDN_PROVIDERS, type CdnProvider } from './cdn-providers.ts';
export { directoryRoutes } from './directory.routes.ts';
export type {
  DirectoryEntryBody,
  DirectoryEntryInput,
  DirectoryEntryResponse,
  DirectoryEntryView,
  DirectoryListResponse,
} from './directory.schemas.ts';
export { createDirectoryEntry } from './directory.service.ts';
export { DIRECTORY_KINDS, type DirectoryKind } from './directory.tables.ts';
// Abuse contacts: RDAP and the staff directory.
export { abuseContactFinder, directoryContactsFor, findAbuseContacts } from './directory-match.ts';
export { DNS_PROBLEMS, type DnsProblem } from './dns-lookup.ts';
export { type GeoDatabases, geoDatabasesFor, openGeoDatabases } from './geo-databases.ts';
// Items' hosting: records, look-ups as jobs, routes.
export { HOSTING_LOOKUPS_JOB, registerHostingJobs } from './hosting.jobs.ts';
export { hostingRoutes } from './hosting.routes.ts';
export type { HostingRecordView, ItemHostingView } from './hosting.schemas.ts';
export {
  HOSTING_STATES,
  type HostingState,
  hostingRecords,
  itemHosting,
  LOOKUP_REASONS,
} from './hosting.tables.ts';
export {
  type AbuseContact,
  CONTACT_CHANNELS,
  CONTACT_ROLES,
  CONTACT_SOURCES,
  type ContactChannel,
  type ContactRole,
  type ContactSource,
  type ContactsFound,
  type ContactTarget,
  type FindContacts,
  type HostingLookup,
  LOOKUP_STAGES,
  type LookupProblem,
  type LookupStage,
} from './hosting.types.ts';
export {
  type HostingLookupDeps,
  lookupHosting,
} from './hosting-lookup.ts';
export { createHostingLookup, type LookUpHosting } from './hosting-service.ts';
export { lookUpBeforeNotice, runDueLookups } from './item-hosting.ts';
export { RDAP_CACHED_OUTCOMES, RDAP_QUERY_KINDS } from './rdap.tables.ts';
export { loadRdapBootstrap, type RdapBootstrap } from './rdap-bootstrap.ts';
export { createRdapClient, RDAP_PROBLEMS, type RdapClient, type RdapProblem } from './rdap-client.ts';
export { createRdapHttp, type RdapHttp } from './rdap-http.ts';
export { registrableDomainOf } from './registrable-domain.ts';
