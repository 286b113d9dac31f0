/** What other features may use from hosting intelligence. */

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
export type { AbuseContactFinder, ContactsFound, ContactTarget } from './directory-match.ts';
// Abuse contacts: RDAP and the staff directory.
export { abuseContactFinder, directoryContactsFor, findAbuseContacts } from './directory-match.ts';
export { RDAP_CACHED_OUTCOMES, RDAP_QUERY_KINDS } from './rdap.tables.ts';
export { loadRdapBootstrap, type RdapBootstrap } from './rdap-bootstrap.ts';
export { createRdapClient, RDAP_PROBLEMS, type RdapClient, type RdapProblem } from './rdap-client.ts';
export { createRdapHttp, type RdapHttp } from './rdap-http.ts';
