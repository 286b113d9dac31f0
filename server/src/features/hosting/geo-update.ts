/**
 * Refreshing the offline IP databases without a code update: the two packages are fetched with
 * `npm pack <name>@latest` (so npm's own registry configuration applies) or read from local
 * tarballs or folders (`--from`, for offline machines and tests), checked (the MMDB opens, the CSV
 * builds an index), copied into a new folder of `<dataDir>/geo/`, and switched to in one rename of
 * current.json. Running servers see the switch within a minute; older folders are then removed.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import * as tar from 'tar';
import { asnIndexFile, buildAsnIndexFrom, writeAtomically } from './asn-index-file.ts';
import {
  chooseAsn,
  chooseCountry,
  currentFile,
  dateOfReader,
  dateOfVersion,
  GEO_PACKAGES,
  type GeoKind,
  type GeoPackage,
  geoDir,
  KEPT_FILES,
  openCountryReader,
  readVersion,
} from './geo-packages.ts';

export type GeoUpdateOptions = {
  dataDir: string;
  /** Tarballs or folders holding the packages; unset: fetch the latest with npm. */
  from?: string[];
  progress?: (step: string) => void;
};

export type GeoState = { date: string | null; version: string; origin: GeoPackage['origin'] } | null;
export type GeoUpdateReport = {
  kind: GeoKind;
  package: string;
  before: GeoState;
  /** The package given or fetched. */
  installed: { date: string | null; version: string };
  /** What look-ups use now. */
  after: GeoState;
  /** Installed and switched to; or not, because it is the version in use or older than it. */
  outcome: 'switched' | 'up_to_date' | 'older';
  detail?: string;
};

export class GeoUpdateError extends Error {}

const GEO_KINDS = Object.keys(GEO_PACKAGES) as GeoKind[];

export async function updateGeoDatabases(options: GeoUpdateOptions): Promise<GeoUpdateReport[]> {
  const { dataDir } = options;
  const progress = options.progress ?? (() => {});
  const before = stateOf(dataDir);
  await fs.promises.mkdir(geoDir(dataDir), { recursive: true });
  const scratch = await fs.promises.mkdtemp(path.join(geoDir(dataDir), '.update-'));
  try {
    const found = options.from
      ? await findPackages(options.from, scratch)
      : await fetchLatest(scratch, progress);
    const kinds = GEO_KINDS.filter((kind) => found[kind]);
    if (kinds.length === 0) {
      throw new GeoUpdateError(
        `no ${Object.values(GEO_PACKAGES).join(' or ')} package found in ${options.from?.join(', ')}`,
      );
    }
    const staged: Partial<Record<GeoKind, string>> = {};
    const installed: Partial<Record<GeoKind, { date: string | null; version: string; detail?: string }>> = {};
    for (const kind of kinds) {
      const source = found[kind] as string;
      const version = readVersion(source);
      if (before[kind]?.version === version) {
        installed[kind] = { date: before[kind]?.date ?? null, version };
        continue;
      }
      const folder = `${kind}-${version}-${Date.now()}`;
      const target = path.join(geoDir(dataDir), folder);
      await copyKept(source, target, kind);
      const pkg: GeoPackage = { kind, dir: target, version, origin: 'data_dir' };
      try {
        installed[kind] = await checkPackage(pkg, dataDir, progress);
      } catch (error) {
        await fs.promises.rm(target, { recursive: true, force: true });
        throw new GeoUpdateError(`${GEO_PACKAGES[kind]} ${version} is not usable: ${messageOf(error)}`);
      }
      // Never replace data with older data (an old tarball given by mistake, a registry behind).
      const date = installed[kind]?.date;
      const inUse = before[kind]?.date;
      if (date && inUse && date < inUse) {
        await fs.promises.rm(target, { recursive: true, force: true });
        continue;
      }
      staged[kind] = folder;
    }
    await switchTo(dataDir, staged);
    await removeUnused(dataDir);
    const after = stateOf(dataDir);
    return kinds.map((kind) => ({
      kind,
      package: GEO_PACKAGES[kind],
      before: before[kind],
      installed: { date: installed[kind]?.date ?? null, version: installed[kind]?.version as string },
      after: after[kind],
      outcome: outcomeOf(staged[kind], before[kind]?.version === installed[kind]?.version),
      detail: installed[kind]?.detail,
    }));
  } finally {
    await fs.promises.rm(scratch, { recursive: true, force: true });
  }
}

function outcomeOf(staged: string | undefined, sameVersion: boolean): GeoUpdateReport['outcome'] {
  if (staged) return 'switched';
  return sameVersion ? 'up_to_date' : 'older';
}

/** What each database is now, as look-ups choose it. */
export function stateOf(dataDir: string): Record<GeoKind, GeoState> {
  const country = chooseCountry(dataDir);
  const asn = chooseAsn(dataDir);
  return {
    country: country && {
      date: country.date,
      version: country.package.version,
      origin: country.package.origin,
    },
    asn: asn && { date: asn.date, version: asn.package.version, origin: asn.package.origin },
  };
}

/** Opens the MMDB, or builds (and keeps) the ASN index: a package that fails here is not installed. */
async function checkPackage(pkg: GeoPackage, dataDir: string, progress: (step: string) => void) {
  if (pkg.kind === 'country') {
    return { date: dateOfReader(openCountryReader(pkg)), version: pkg.version };
  }
  progress(`building the ASN index of ${GEO_PACKAGES.asn} ${pkg.version}`);
  const index = await buildAsnIndexFrom(pkg);
  const { v4Segments, v6Segments } = index.stats;
  if (v4Segments + v6Segments <= 2) throw new Error('the CSV files hold no range');
  await writeAtomically(asnIndexFile(pkg, dataDir), index.serialise());
  return {
    date: dateOfVersion(pkg.version),
    version: pkg.version,
    detail: `${v4Segments.toLocaleString('en')} IPv4 and ${v6Segments.toLocaleString('en')} IPv6 segments`,
  };
}

async function switchTo(dataDir: string, staged: Partial<Record<GeoKind, string>>): Promise<void> {
  let current: Partial<Record<GeoKind, string>> = {};
  try {
    current = JSON.parse(await fs.promises.readFile(currentFile(dataDir), 'utf8'));
  } catch {
    // first update
  }
  await writeAtomically(currentFile(dataDir), `${JSON.stringify({ ...current, ...staged }, null, 2)}\n`);
}

/** Folders of earlier updates that current.json no longer names. */
async function removeUnused(dataDir: string): Promise<void> {
  const current = JSON.parse(await fs.promises.readFile(currentFile(dataDir), 'utf8')) as Record<
    string,
    string
  >;
  const kept = new Set(Object.values(current));
  for (const entry of await fs.promises.readdir(geoDir(dataDir), { withFileTypes: true })) {
    if (!entry.isDirectory() || kept.has(entry.name)) continue;
    if (GEO_KINDS.some((kind) => entry.name.startsWith(`${kind}-`))) {
      await fs.promises.rm(path.join(geoDir(dataDir), entry.name), { recursive: true, force: true });
    }
  }
}

async function copyKept(source: string, target: string, kind: GeoKind): Promise<void> {
  await fs.promises.mkdir(target, { recursive: true });
  for (const entry of await fs.promises.readdir(source, { withFileTypes: true })) {
    if (entry.isFile() && KEPT_FILES[kind](entry.name)) {
      await fs.promises.copyFile(path.join(source, entry.name), path.join(target, entry.name));
    }
  }
}

/** `npm pack <name>@latest` for both packages, unpacked into the scratch folder. */
async function fetchLatest(scratch: string, progress: (step: string) => void) {
  const found: Partial<Record<GeoKind, string>> = {};
  for (const kind of GEO_KINDS) {
    progress(`fetching ${GEO_PACKAGES[kind]}@latest`);
    let stdout: string;
    try {
      ({ stdout } = await promisify(execFile)(
        'npm',
        ['pack', `${GEO_PACKAGES[kind]}@latest`, '--pack-destination', scratch, '--json', '--silent'],
        { cwd: scratch, maxBuffer: 16 * 1024 * 1024 },
      ));
    } catch (error) {
      throw new GeoUpdateError(`npm pack ${GEO_PACKAGES[kind]} failed: ${firstLine(messageOf(error))}`);
    }
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    if (!packed) throw new GeoUpdateError(`npm pack ${GEO_PACKAGES[kind]} printed no file name`);
    found[kind] = await unpack(path.join(scratch, packed.filename), scratch);
  }
  return found;
}

/** The packages among the given tarballs and folders (a package folder, or a folder holding them). */
async function findPackages(paths: string[], scratch: string) {
  const found: Partial<Record<GeoKind, string>> = {};
  const consider = async (dir: string) => {
    const kind = kindOf(dir);
    if (kind) found[kind] = dir;
    return kind !== null;
  };
  for (const given of paths) {
    const stat = await fs.promises.stat(given).catch(() => null);
    if (!stat) throw new GeoUpdateError(`${given}: no such file or folder`);
    if (stat.isFile()) {
      await consider(await unpack(given, scratch));
      continue;
    }
    if (await consider(given)) continue;
    for (const entry of await fs.promises.readdir(given, { withFileTypes: true })) {
      const full = path.join(given, entry.name);
      if (entry.isDirectory()) await consider(full);
      else if (/\.(tgz|tar\.gz)$/.test(entry.name)) await consider(await unpack(full, scratch));
    }
  }
  return found;
}

function kindOf(dir: string): GeoKind | null {
  try {
    const { name } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
    return GEO_KINDS.find((kind) => GEO_PACKAGES[kind] === name) ?? null;
  } catch {
    return null;
  }
}

let unpacked = 0;
/** An npm tarball (files under package/) unpacked into a folder of its own; tar refuses paths that climb out. */
async function unpack(tarball: string, scratch: string): Promise<string> {
  const target = path.join(scratch, `package-${++unpacked}`);
  await fs.promises.mkdir(target, { recursive: true });
  try {
    await tar.x({ file: tarball, cwd: target, strip: 1, strict: true });
  } catch (error) {
    throw new GeoUpdateError(`${tarball} is not a package tarball: ${firstLine(messageOf(error))}`);
  }
  return target;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const firstLine = (text: string) => text.split('\n')[0] ?? '';
