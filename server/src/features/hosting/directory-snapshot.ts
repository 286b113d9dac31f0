/**
 * The directory as look-ups read it: all entries in memory, indexed by domain and AS number, read
 * again from the database every SNAPSHOT_SECONDS and at once after a change made by this process.
 * A directory holds hundreds of entries, and every look-up consults it: asking the database each
 * time would cost more than the rest of the look-up. A change made by another process is seen
 * within SNAPSHOT_SECONDS.
 */
import type { Queryable } from '../../platform/db/database.ts';
import { type DirectoryEntryRow, listDirectoryEntries } from './directory.queries.ts';
import type { DirectoryKind } from './directory.tables.ts';

export const SNAPSHOT_SECONDS = 30;

type Snapshot = {
  readAt: number;
  version: number;
  byDomain: Map<string, DirectoryEntryRow[]>;
  byAsn: Map<number, DirectoryEntryRow[]>;
};

let version = 0;
const snapshots = new WeakMap<object, Promise<Snapshot>>();

/** Called after this process changed the directory: the next look-up reads it again. */
export function forgetDirectorySnapshot(): void {
  version += 1;
}

async function snapshotOf(q: Queryable): Promise<Snapshot> {
  const kept = snapshots.get(q);
  if (kept) {
    const snapshot = await kept;
    if (snapshot.version === version && Date.now() - snapshot.readAt < SNAPSHOT_SECONDS * 1000)
      return snapshot;
  }
  const reading = readSnapshot(q);
  snapshots.set(q, reading);
  reading.catch(() => snapshots.delete(q));
  return reading;
}

async function readSnapshot(q: Queryable): Promise<Snapshot> {
  const readAt = Date.now();
  const at = version;
  const byDomain = new Map<string, DirectoryEntryRow[]>();
  const byAsn = new Map<number, DirectoryEntryRow[]>();
  const add = <K>(map: Map<K, DirectoryEntryRow[]>, key: K, entry: DirectoryEntryRow) =>
    map.set(key, [...(map.get(key) ?? []), entry]);
  for (const entry of await listDirectoryEntries(q, {})) {
    for (const domain of entry.domains) add(byDomain, domain, entry);
    for (const asn of entry.asns) add(byAsn, asn, entry);
  }
  return { readAt, version: at, byDomain, byAsn };
}

/** Entries naming one of `domains` or the AS number, of `kind` if given (what the SQL matched). */
export async function matchDirectory(
  q: Queryable,
  match: { domains: string[]; asn: number | null; kind?: DirectoryKind },
): Promise<DirectoryEntryRow[]> {
  if (match.domains.length === 0 && match.asn === null) return [];
  const snapshot = await snapshotOf(q);
  const found = new Map<string, DirectoryEntryRow>();
  const candidates = [
    ...match.domains.flatMap((domain) => snapshot.byDomain.get(domain) ?? []),
    ...(match.asn !== null ? (snapshot.byAsn.get(match.asn) ?? []) : []),
  ];
  for (const entry of candidates) if (!match.kind || entry.kind === match.kind) found.set(entry.id, entry);
  return [...found.values()];
}
