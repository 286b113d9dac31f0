/**
 * The hosting look-up as the server and the command line run it: DNS through the configured
 * resolvers, the offline databases of the data folder, and abuse contacts from the staff directory
 * and RDAP (through the safe fetcher, cached in the database). Without a database (a one-off
 * `vigie hosting lookup` next to a running embedded server) RDAP answers are kept in memory and the
 * directory is not consulted.
 */
import type { Config } from '../../platform/config.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { createDnsResolver } from '../../platform/dns/resolver.ts';
import type { SafeFetcher } from '../../platform/fetch/index.ts';
import { abuseContactFinder } from './directory-match.ts';
import { geoDatabasesFor } from './geo-databases.ts';
import type { FindContacts, HostingLookup } from './hosting.types.ts';
import { lookupHosting } from './hosting-lookup.ts';
import { loadRdapBootstrap } from './rdap-bootstrap.ts';
import { createRdapClient } from './rdap-client.ts';
import { createRdapHttp } from './rdap-http.ts';
import { layeredRdapStore, memoryRdapStore } from './rdap-store.ts';

export type LookUpHosting = (url: string) => Promise<HostingLookup>;

export type HostingServiceDeps = {
  config: Pick<Config, 'dnsServers' | 'dataDir' | 'fetch' | 'rdapBootstrapDir'>;
  fetcher: SafeFetcher;
  /** The database for the directory and the RDAP cache; without it, RDAP only, cached in memory. */
  db?: Queryable;
  now?: () => Date;
};

export function createHostingLookup(deps: HostingServiceDeps): LookUpHosting {
  const resolver = createDnsResolver(deps.config.dnsServers);
  const rdap = createRdapClient({
    store: deps.db ? layeredRdapStore(deps.db) : memoryRdapStore(),
    http: createRdapHttp(deps.fetcher, { timeoutMs: deps.config.fetch.timeoutMs }),
    bootstrap: loadRdapBootstrap(deps.config.rdapBootstrapDir),
    now: deps.now,
  });
  const findContacts: FindContacts = deps.db
    ? abuseContactFinder({ db: deps.db, rdap })
    : (target) => rdap.findRdapContacts(target);
  return async (url) =>
    lookupHosting(url, {
      resolver,
      geo: await geoDatabasesFor(deps.config.dataDir),
      findContacts,
      now: deps.now,
    });
}
