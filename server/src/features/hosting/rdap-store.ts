/**
 * Where the RDAP client keeps answers and registries' back-offs: the database for the server (shared
 * by every process, so a network is asked about at most once a day), or memory for a one-off
 * `vigie hosting lookup` that does not open the database. Same rules either way (rdap-client.ts).
 */
import type { Queryable } from '../../platform/db/database.ts';
import {
  findCachedDomainAnswer,
  findCachedIpAnswer,
  findServerBackoff,
  type NewRdapAnswer,
  type RdapAnswerRow,
  saveRdapAnswer,
  saveServerBackoff,
} from './rdap.queries.ts';
import { compareBytes, parseAddress } from './rdap-bootstrap.ts';

export type RdapStore = {
  /** The freshest unexpired answer for a network holding `address`. */
  findIp(address: string, now: Date): Promise<RdapAnswerRow | undefined>;
  findDomain(domain: string, now: Date): Promise<RdapAnswerRow | undefined>;
  save(row: NewRdapAnswer): Promise<void>;
  findBackoff(server: string, now: Date): Promise<Date | undefined>;
  saveBackoff(server: string, until: Date): Promise<void>;
};

export function databaseRdapStore(q: Queryable): RdapStore {
  return {
    findIp: (address, now) => findCachedIpAnswer(q, address, now),
    findDomain: (domain, now) => findCachedDomainAnswer(q, domain, now),
    save: (row) => saveRdapAnswer(q, row),
    findBackoff: (server, now) => findServerBackoff(q, server, now),
    saveBackoff: (server, until) => saveServerBackoff(q, server, until),
  };
}

/** Most answers a memory store keeps; the oldest go first (the database keeps everything). */
const MEMORY_LIMIT = 20_000;

type Kept = { row: RdapAnswerRow; start?: number[]; end?: number[] };

export function memoryRdapStore(): RdapStore {
  // Networks are scanned (few), domains are keyed: both stay fast with thousands of answers.
  const networks = new Map<string, Kept>();
  const domains = new Map<string, RdapAnswerRow>();
  const backoffs = new Map<string, Date>();
  const fresh = (row: RdapAnswerRow, now: Date) => row.expiresAt.getTime() > now.getTime();
  const keep = <K, V>(map: Map<K, V>, key: K, value: V) => {
    map.delete(key);
    map.set(key, value);
    if (map.size > MEMORY_LIMIT) map.delete(map.keys().next().value as K);
  };
  return {
    async findIp(address, now) {
      const bytes = parseAddress(address)?.toByteArray();
      if (!bytes) return undefined;
      let best: RdapAnswerRow | undefined;
      for (const { row, start, end } of networks.values()) {
        if (!start || !end || start.length !== bytes.length || !fresh(row, now)) continue;
        if (compareBytes(start, bytes) > 0 || compareBytes(bytes, end) > 0) continue;
        // The most specific network wins, as in the database query.
        if (!best || compareBytes(start, parseAddress(best.rangeStart ?? '')?.toByteArray() ?? []) > 0)
          best = row;
      }
      return best;
    },
    async findDomain(domain, now) {
      const row = domains.get(domain);
      return row && fresh(row, now) ? row : undefined;
    },
    async save(row) {
      const stored: RdapAnswerRow = {
        id: crypto.randomUUID(),
        rangeStart: row.kind === 'ip' ? row.rangeStart : null,
        rangeEnd: row.kind === 'ip' ? row.rangeEnd : null,
        domain: row.kind === 'domain' ? row.domain : null,
        kind: row.kind,
        outcome: row.outcome,
        answer: row.answer,
        server: row.server,
        fetchedAt: row.fetchedAt,
        expiresAt: row.expiresAt,
      };
      // Replaces the answer for the same network or domain, as the database's upsert does.
      if (row.kind === 'domain') keep(domains, row.domain, stored);
      else
        keep(networks, `${row.rangeStart}-${row.rangeEnd}`, {
          row: stored,
          start: parseAddress(row.rangeStart)?.toByteArray(),
          end: parseAddress(row.rangeEnd)?.toByteArray(),
        });
    },
    async findBackoff(server, now) {
      const until = backoffs.get(server);
      return until && until.getTime() > now.getTime() ? until : undefined;
    },
    async saveBackoff(server, until) {
      backoffs.set(server, until);
    },
  };
}

/**
 * The server's store: this process's memory in front of the database. A look-up asks the database
 * only for what this process has not seen yet, and what it learns goes to both, so other processes
 * (and the next start) find it too. Back-offs are always read from the database: another process
 * may have been told to wait.
 */
export function layeredRdapStore(q: Queryable): RdapStore {
  const memory = memoryRdapStore();
  const database = databaseRdapStore(q);
  const through =
    <A extends unknown[]>(find: (...args: A) => Promise<RdapAnswerRow | undefined>, fallback: typeof find) =>
    async (...args: A) => {
      const near = await find(...args);
      if (near) return near;
      const far = await fallback(...args);
      if (far) await memory.save(far as NewRdapAnswer);
      return far;
    };
  return {
    findIp: through(memory.findIp, database.findIp),
    findDomain: through(memory.findDomain, database.findDomain),
    async save(row) {
      await database.save(row);
      await memory.save(row);
    },
    findBackoff: database.findBackoff,
    saveBackoff: database.saveBackoff,
  };
}
