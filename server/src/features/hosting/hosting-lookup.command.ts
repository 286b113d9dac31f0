/**
 * `vigie hosting lookup URL`: the hosting look-up of one URL, printed as JSON (the HostingLookup
 * shape, 2-space indent). Exit 0 whenever the URL is one, even when steps failed (they are listed
 * in `problems`); 1 with one line on stderr when it is not. Reads VIGIE_DNS_SERVERS for the
 * resolver and VIGIE_DATA_DIR for downloaded databases and the ASN index cache.
 */
import type { CliIo } from '../../cli.ts';
import { loadConfig } from '../../platform/config.ts';
import { type Database, openDatabase } from '../../platform/db/database.ts';
import { createConfiguredFetcher } from '../../platform/fetch/index.ts';
import { createHostingLookup } from './hosting-service.ts';

export const HOSTING_LOOKUP_USAGE = `usage: vigie hosting lookup URL

Prints where URL is hosted, as JSON: url, normalized_url, host, registrable_domain, cnames, ips,
asn, as_name, country, cdn, abuse_contacts (each with its source), problems, looked_up_at and the
dates of the offline databases used. Names are resolved through VIGIE_DNS_SERVERS (else the
system's resolvers); an IP-address URL needs no network at all. Steps that fail (NXDOMAIN,
timeout, no address) are listed under "problems" and the exit code stays 0; a URL that is not a
web address exits 1 with one line on stderr. The first run in a data folder (VIGIE_DATA_DIR)
builds the network index, a few seconds.

options:
  --help   this text
`;

export async function runHostingLookupCommand(argv: string[], io: CliIo): Promise<number> {
  if (argv.some((arg) => arg === '--help' || arg === '-h')) {
    io.stdout.write(HOSTING_LOOKUP_USAGE);
    return 0;
  }
  const [url, ...rest] = argv;
  if (url === undefined || url.startsWith('-') || rest.length > 0) {
    io.stderr.write(
      `vigie hosting lookup: ${url === undefined ? 'which URL?' : `unexpected argument ${url.startsWith('-') ? url : rest[0]}`} (see vigie hosting lookup --help)\n`,
    );
    return 2;
  }
  let database: Database | undefined;
  const config = loadConfig();
  const fetcher = createConfiguredFetcher(config);
  try {
    database = config.databaseUrl
      ? await openDatabase({ kind: 'postgres', url: config.databaseUrl })
      : undefined;
    const lookUp = createHostingLookup({ config, fetcher, db: database?.db });
    io.stdout.write(`${JSON.stringify(await lookUp(url), null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`vigie hosting lookup: ${message.split('\n')[0]}\n`);
    return 1;
  } finally {
    await fetcher.close();
    await database?.close();
  }
}
