/**
 * The ASN index on disk: built once from the package's CSV files (a few seconds, 30 MB of text)
 * and kept as a cache file that loads in milliseconds. The file records what it was built from
 * (package version and CSV sizes); when that no longer matches, it is rebuilt. Written to a
 * temporary name and renamed, so a reader never sees half a file and two builders do not collide.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AsnIndex, buildAsnIndex } from './asn-index.ts';
import { ASN_FILES, GEO_PACKAGES, type GeoPackage, geoDir } from './geo-packages.ts';

/** Where the index of a package lives: beside a downloaded copy, in the data folder for the bundled one. */
export function asnIndexFile(pkg: GeoPackage, dataDir: string): string {
  return pkg.origin === 'data_dir'
    ? path.join(pkg.dir, 'asn-index.bin')
    : path.join(geoDir(dataDir), 'bundled-asn-index.bin');
}

/** What an index built from this package must say it was built from. */
export function asnSourceOf(pkg: GeoPackage): string {
  const sizes = Object.values(ASN_FILES).map((file) => fs.statSync(path.join(pkg.dir, file)).size);
  return `${GEO_PACKAGES.asn}@${pkg.version} ${sizes.join(' ')}`;
}

export type AsnIndexLoad = { index: AsnIndex; built: boolean; buildMs: number; cacheError?: string };

/** The cached index when it matches the package, else a new one (saved when the folder is writable). */
export async function loadAsnIndex(pkg: GeoPackage, file: string): Promise<AsnIndexLoad> {
  const source = asnSourceOf(pkg);
  try {
    const cached = AsnIndex.deserialise(await fs.promises.readFile(file));
    if (cached && cached.source === source) return { index: cached, built: false, buildMs: 0 };
  } catch {
    // no cache yet
  }
  const started = performance.now();
  const index = await buildAsnIndexFrom(pkg, source);
  const buildMs = performance.now() - started;
  try {
    await writeAtomically(file, index.serialise());
    return { index, built: true, buildMs };
  } catch (error) {
    // A read-only data folder costs a rebuild at each start, nothing else.
    return {
      index,
      built: true,
      buildMs,
      cacheError: error instanceof Error ? error.message : String(error),
    };
  }
}

export async function buildAsnIndexFrom(pkg: GeoPackage, source = asnSourceOf(pkg)) {
  const [ipv4, ipv6] = await Promise.all(
    [ASN_FILES.ipv4, ASN_FILES.ipv6].map((file) => fs.promises.readFile(path.join(pkg.dir, file), 'utf8')),
  );
  return buildAsnIndex({ ipv4: ipv4 as string, ipv6: ipv6 as string }, source);
}

export async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fs.promises.writeFile(temporary, data);
    await fs.promises.rename(temporary, file);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}
