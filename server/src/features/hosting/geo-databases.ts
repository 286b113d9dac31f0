/**
 * The offline databases a hosting look-up reads: country of an address (MMDB, via maxmind) and the
 * network announcing it (the ASN index). Opened once per data folder and kept in memory; a process
 * that runs for days notices a `vigie geo update` (current.json changes) within a minute and
 * switches to the new data without a restart.
 */
import fs from 'node:fs';
import type { AsnIndex, AsnNetwork } from './asn-index.ts';
import { asnIndexFile, loadAsnIndex } from './asn-index-file.ts';
import {
  type ChosenCountry,
  chooseAsn,
  chooseCountry,
  countryCodeOf,
  currentFile,
  type GeoPackage,
} from './geo-packages.ts';

export type GeoDatabases = {
  /** ISO 3166-1 alpha-2 code of the address's country, null when the database does not know it. */
  countryOf(ip: string): string | null;
  networkOf(ip: string): AsnNetwork | null;
  /** The date of each database (YYYY-MM-DD), null when it is missing. */
  dates: { country: string | null; asn: string | null };
  packages: { country: GeoPackage | null; asn: GeoPackage | null };
  /** How the ASN index was obtained, for `vigie geo update` and the benchmark. */
  asnIndex: { built: boolean; buildMs: number; cacheError?: string } | null;
};

export async function openGeoDatabases(dataDir: string): Promise<GeoDatabases> {
  const country: ChosenCountry | null = chooseCountry(dataDir);
  const asn = chooseAsn(dataDir);
  const loaded = asn ? await loadAsnIndex(asn.package, asnIndexFile(asn.package, dataDir)) : null;
  const index: AsnIndex | null = loaded?.index ?? null;
  return {
    countryOf: (ip) => (country ? countryCodeOf(country.reader, ip) : null),
    networkOf: (ip) => index?.lookup(ip) ?? null,
    dates: { country: country?.date ?? null, asn: asn?.date ?? null },
    packages: { country: country?.package ?? null, asn: asn?.package ?? null },
    asnIndex: loaded && { built: loaded.built, buildMs: loaded.buildMs, cacheError: loaded.cacheError },
  };
}

const RECHECK_MS = 60_000;
const opened = new Map<string, { databases: Promise<GeoDatabases>; stamp: number; checkedAt: number }>();

/** The databases of a data folder, opened at first use and reopened after a `vigie geo update`. */
export function geoDatabasesFor(dataDir: string, recheckMs = RECHECK_MS): Promise<GeoDatabases> {
  const now = Date.now();
  const entry = opened.get(dataDir);
  if (entry && now - entry.checkedAt < recheckMs) return entry.databases;
  const stamp = currentStamp(dataDir);
  if (entry && entry.stamp === stamp) {
    entry.checkedAt = now;
    return entry.databases;
  }
  const databases = openGeoDatabases(dataDir);
  // A failed open is not kept: the next look-up tries again.
  databases.catch(() => opened.delete(dataDir));
  opened.set(dataDir, { databases, stamp, checkedAt: now });
  return databases;
}

function currentStamp(dataDir: string): number {
  try {
    return fs.statSync(currentFile(dataDir)).mtimeMs;
  } catch {
    return 0;
  }
}
