/**
 * Where the offline IP databases come from: the npm packages installed with Vigie ("bundled"), or a
 * newer copy that `vigie geo update` put in `<dataDir>/geo/` (current.json names its folders). For
 * each database the newer of the two is used, so a code update that brings newer data wins over an
 * old download, and a download wins over older bundled data. Dates: the MMDB's build epoch for the
 * country database; the version for the ASN one, whose publisher encodes the build time in it
 * (2.3.2026061719 → 2026-06-17).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Reader, type Response } from 'maxmind';

export const GEO_PACKAGES = {
  country: '@ip-location-db/geo-whois-asn-country-mmdb',
  asn: '@ip-location-db/asn',
} as const;
export type GeoKind = keyof typeof GEO_PACKAGES;

export const COUNTRY_FILE = 'geo-whois-asn-country.mmdb';
export const ASN_FILES = { ipv4: 'asn-ipv4-num.csv', ipv6: 'asn-ipv6-num.csv' } as const;

/**
 * The files a download keeps: the data, and the licence and notice files, which CC BY 4.0 §3(a)
 * asks to keep with the data (the ASN package credits RouteViews, DB-IP and the NRO).
 */
export const KEPT_FILES: Record<GeoKind, (name: string) => boolean> = {
  country: (name) => name === COUNTRY_FILE || isNotice(name),
  asn: (name) => name === ASN_FILES.ipv4 || name === ASN_FILES.ipv6 || isNotice(name),
};

function isNotice(name: string): boolean {
  return name === 'package.json' || name === 'README.md' || name === 'MODIFICATIONS' || /LICENSE/i.test(name);
}

export type GeoPackage = {
  kind: GeoKind;
  dir: string;
  version: string;
  origin: 'bundled' | 'data_dir';
};

export type ChosenCountry = { package: GeoPackage; reader: CountryReader; date: string };
export type ChosenAsn = { package: GeoPackage; date: string | null };
/** The ip-location-db MMDBs hold `{ country_code }` records, a shape maxmind's types do not list. */
export type CountryReader = Reader<Response>;

export function countryCodeOf(reader: CountryReader, ip: string): string | null {
  const record = reader.get(ip) as { country_code?: unknown } | null;
  return typeof record?.country_code === 'string' ? record.country_code : null;
}

export const geoDir = (dataDir: string) => path.join(dataDir, 'geo');
export const currentFile = (dataDir: string) => path.join(geoDir(dataDir), 'current.json');

const require = createRequire(import.meta.url);

export function bundledPackage(kind: GeoKind): GeoPackage | null {
  try {
    const manifest = require.resolve(`${GEO_PACKAGES[kind]}/package.json`);
    return {
      kind,
      dir: path.dirname(manifest),
      version: readVersion(path.dirname(manifest)),
      origin: 'bundled',
    };
  } catch {
    return null;
  }
}

/** The packages `vigie geo update` installed, as current.json names them. */
export function installedPackages(dataDir: string): Partial<Record<GeoKind, GeoPackage>> {
  let current: Partial<Record<GeoKind, string>>;
  try {
    current = JSON.parse(fs.readFileSync(currentFile(dataDir), 'utf8'));
  } catch {
    return {};
  }
  const found: Partial<Record<GeoKind, GeoPackage>> = {};
  for (const kind of Object.keys(GEO_PACKAGES) as GeoKind[]) {
    const folder = current[kind];
    if (typeof folder !== 'string' || folder.includes('/') || folder.includes('\\')) continue;
    const dir = path.join(geoDir(dataDir), folder);
    try {
      found[kind] = { kind, dir, version: readVersion(dir), origin: 'data_dir' };
    } catch {
      // a folder removed by hand: the bundled data is used
    }
  }
  return found;
}

export function readVersion(dir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  if (typeof manifest.version !== 'string') throw new Error(`${dir}/package.json has no version`);
  return manifest.version;
}

/** 2.3.2026061719 → 2026-06-17; null when the version carries no date. */
export function dateOfVersion(version: string): string | null {
  const match = /^\d+\.\d+\.(\d{4})(\d{2})(\d{2})\d{0,2}$/.exec(version);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

export function openCountryReader(pkg: GeoPackage): CountryReader {
  return new Reader<Response>(fs.readFileSync(path.join(pkg.dir, COUNTRY_FILE)));
}

export const dateOfReader = (reader: CountryReader) => reader.metadata.buildEpoch.toISOString().slice(0, 10);

/** The newer country database of the bundled and the downloaded ones (the bundled on a tie). */
export function chooseCountry(dataDir: string): ChosenCountry | null {
  const candidates = [bundledPackage('country'), installedPackages(dataDir).country];
  let chosen: ChosenCountry | null = null;
  for (const pkg of candidates) {
    if (!pkg) continue;
    const reader = openCountryReader(pkg);
    const date = dateOfReader(reader);
    if (!chosen || reader.metadata.buildEpoch > chosen.reader.metadata.buildEpoch)
      chosen = { package: pkg, reader, date };
  }
  return chosen;
}

/** The newer ASN data of the bundled and the downloaded ones (the bundled on a tie). */
export function chooseAsn(dataDir: string): ChosenAsn | null {
  const candidates = [bundledPackage('asn'), installedPackages(dataDir).asn];
  let chosen: ChosenAsn | null = null;
  for (const pkg of candidates) {
    if (!pkg) continue;
    const date = dateOfVersion(pkg.version);
    if (!chosen || (date !== null && (chosen.date === null || date > chosen.date)))
      chosen = { package: pkg, date };
  }
  return chosen;
}
