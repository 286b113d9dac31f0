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
import { addressWithin } from './rdap-bootstrap.ts';

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

export function memoryRdapStore(): RdapStore {
  const answers: RdapAnswerRow[] = [];
  const backoffs = new Map<string, Date>();
  const fresh = (row: RdapAnswerRow, now: Date) => row.expiresAt.getTime() > now.getTime();
  return {
    async findIp(address, now) {
      return answers.find(
        (row) =>
          row.kind === 'ip' &&
          fresh(row, now) &&
          row.rangeStart !== null &&
          row.rangeEnd !== null &&
          addressWithin(address, row.rangeStart, row.rangeEnd),
      );
    },
    async findDomain(domain, now) {
      return answers.find((row) => row.kind === 'domain' && row.domain === domain && fresh(row, now));
    },
    async save(row) {
      // Replaces the answer for the same network or domain, as the database's upsert does.
      const same = (kept: RdapAnswerRow) =>
        row.kind === 'domain'
          ? kept.domain === row.domain
          : kept.rangeStart === row.rangeStart && kept.rangeEnd === row.rangeEnd;
      const index = answers.findIndex(same);
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
      if (index >= 0) answers[index] = stored;
      else answers.push(stored);
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
