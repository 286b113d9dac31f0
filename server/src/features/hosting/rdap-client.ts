/**
 * The RDAP client: the abuse contact of the network an address belongs to (`/ip/<address>`) and of
 * a domain's registrar (`/domain/<name>`), through the bootstrap (RFC 9224), an injected HTTP
 * function (rdap-http.ts) and the database cache (rdap.tables.ts).
 *
 * - A network or a domain is asked about at most once per RDAP_TTL_MS: answers are cached with the
 *   network's range, and queries to one registry run one at a time, each looking in the cache again
 *   just before it goes out, so two addresses of one network asked at once make one query. (Within
 *   one process: several workers may each ask once.)
 * - A 429 stops every query to that registry until its Retry-After (or RATE_LIMIT_BACKOFF_MS) has
 *   passed: registries block clients that keep asking.
 * - Failures are outcomes with a stable reason (RDAP_PROBLEMS), never exceptions: a look-up that
 *   finds no contact is recorded and retried later, it never blocks an analyst.
 */
import { domainToASCII } from 'node:url';
import type { AbuseContact, LookupProblem } from './hosting.types.ts';
import type { NewRdapAnswer, RdapAnswerRow } from './rdap.queries.ts';
import {
  addressWithin,
  parseAddress,
  type RdapBootstrap,
  rdapBaseForDomain,
  rdapBaseForIp,
} from './rdap-bootstrap.ts';
import { type DomainAnswer, extractDomain, extractIpNetwork, type IpNetworkAnswer } from './rdap-extract.ts';
import type { RdapHttp, RdapHttpResponse } from './rdap-http.ts';
import type { RdapStore } from './rdap-store.ts';

const HOUR_MS = 3_600_000;
/** How long an answer (or "not found") is kept: registration data changes over days, not minutes. */
export const RDAP_TTL_MS = 24 * HOUR_MS;
/** An answer we could not read is asked again sooner: the registry may have had a bad moment. */
export const RDAP_MALFORMED_TTL_MS = HOUR_MS;
/** The wait after a 429 that gave no Retry-After, and the longest wait a Retry-After can impose. */
export const RATE_LIMIT_BACKOFF_MS = 60_000;
export const MAX_BACKOFF_MS = 24 * HOUR_MS;
/** Addresses asked about per look-up: a host with dozens of addresses is almost always one network. */
export const MAX_RDAP_ADDRESSES = 4;

export const RDAP_PROBLEMS = [
  'not_found',
  'rate_limited',
  'unreachable',
  'timeout',
  'malformed',
  'no_bootstrap',
  'no_abuse_contact',
] as const;
export type RdapProblem = (typeof RDAP_PROBLEMS)[number];
/** The failures that may pass by themselves (a look-up is tried again later); the rest are answers. */
export const PASSING_RDAP_PROBLEMS: readonly RdapProblem[] = ['rate_limited', 'unreachable', 'timeout'];

export type RdapOutcome<T> =
  | { ok: true; answer: T; fetchedAt: Date; server: string }
  | { ok: false; reason: RdapProblem; detail?: string };

export type RdapTarget = { registrableDomain: string | null; ips: string[] };
export type RdapContacts = { contacts: AbuseContact[]; problems: LookupProblem[] };

export type RdapClient = {
  lookupIpNetwork(address: string): Promise<RdapOutcome<IpNetworkAnswer>>;
  lookupDomain(domain: string): Promise<RdapOutcome<DomainAnswer>>;
  /** Contacts from RDAP for a host; `skipIp` when the directory already names the host's contact. */
  findRdapContacts(target: RdapTarget, options?: { skipIp?: boolean }): Promise<RdapContacts>;
};

export type RdapClientDeps = {
  /** Answers and back-offs: the database (databaseRdapStore) or memory (memoryRdapStore). */
  store: RdapStore;
  http: RdapHttp;
  bootstrap: RdapBootstrap;
  now?: () => Date;
};

export function createRdapClient(deps: RdapClientDeps): RdapClient {
  const now = deps.now ?? (() => new Date());
  const queues = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task for the same registry has finished. */
  function oneAtATime<T>(server: string, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(server) ?? Promise.resolve()).then(task);
    const tail = run.catch(() => undefined);
    queues.set(server, tail);
    void tail.then(() => {
      if (queues.get(server) === tail) queues.delete(server);
    });
    return run;
  }

  async function ask(server: string, path: string): Promise<RdapHttpResponse | RdapOutcome<never>> {
    const until = await deps.store.findBackoff(server, now());
    if (until) return { ok: false, reason: 'rate_limited', detail: `${server} until ${until.toISOString()}` };
    try {
      return await deps.http(`${server.endsWith('/') ? server : `${server}/`}${path}`);
    } catch (error) {
      const name = (error as { name?: string }).name;
      return name === 'TimeoutError' || name === 'AbortError'
        ? { ok: false, reason: 'timeout', detail: server }
        : { ok: false, reason: 'unreachable', detail: server };
    }
  }

  /** A failed HTTP answer as an outcome; a 429 also starts the registry's back-off. */
  async function failure(server: string, res: RdapHttpResponse): Promise<RdapOutcome<never>> {
    if (res.status === 404) return { ok: false, reason: 'not_found' };
    if (res.status === 429) {
      const waitMs = Math.min(MAX_BACKOFF_MS, (res.retryAfterSeconds ?? 0) * 1000 || RATE_LIMIT_BACKOFF_MS);
      const until = new Date(now().getTime() + waitMs);
      await deps.store.saveBackoff(server, until);
      return { ok: false, reason: 'rate_limited', detail: `${server} until ${until.toISOString()}` };
    }
    return { ok: false, reason: 'unreachable', detail: `${server} answered HTTP ${res.status}` };
  }

  async function remember(key: CacheKey, server: string, outcome: RdapOutcome<object>): Promise<void> {
    if (!outcome.ok && outcome.reason !== 'not_found' && outcome.reason !== 'malformed') return;
    const fetchedAt = outcome.ok ? outcome.fetchedAt : now();
    const ttl = !outcome.ok && outcome.reason === 'malformed' ? RDAP_MALFORMED_TTL_MS : RDAP_TTL_MS;
    const row = {
      outcome: outcome.ok ? 'found' : outcome.reason,
      server,
      answer: outcome.ok ? (outcome.answer as Record<string, unknown>) : null,
      fetchedAt,
      expiresAt: new Date(fetchedAt.getTime() + ttl),
      ...key,
    } as NewRdapAnswer;
    await deps.store.save(row);
  }

  async function lookupIpNetwork(address: string): Promise<RdapOutcome<IpNetworkAnswer>> {
    const parsed = parseAddress(address);
    if (!parsed) return { ok: false, reason: 'no_bootstrap', detail: 'not an IP address' };
    const ip = parsed.toString();
    const cached = await deps.store.findIp(ip, now());
    if (cached) return fromRow<IpNetworkAnswer>(cached);
    const server = rdapBaseForIp(deps.bootstrap, ip);
    if (!server) return { ok: false, reason: 'no_bootstrap' };
    return oneAtATime(server, async () => {
      const again = await deps.store.findIp(ip, now());
      if (again) return fromRow<IpNetworkAnswer>(again);
      const res = await ask(server, `ip/${ip}`);
      if ('ok' in res) return res;
      const fetchedAt = now();
      const network = res.status === 200 ? extractIpNetwork(res.body) : null;
      const outcome: RdapOutcome<IpNetworkAnswer> =
        res.status !== 200
          ? await failure(server, res)
          : network && addressWithin(ip, network.start, network.end)
            ? { ok: true, answer: network, fetchedAt, server }
            : { ok: false, reason: 'malformed', detail: server };
      const key = outcome.ok
        ? { kind: 'ip' as const, rangeStart: outcome.answer.start, rangeEnd: outcome.answer.end }
        : { kind: 'ip' as const, rangeStart: ip, rangeEnd: ip };
      await remember(key, server, outcome);
      return outcome;
    });
  }

  async function lookupDomain(name: string): Promise<RdapOutcome<DomainAnswer>> {
    const domain = domainToASCII(name.trim().replace(/\.$/, '')).toLowerCase();
    if (!domain) return { ok: false, reason: 'no_bootstrap', detail: 'not a domain name' };
    const cached = await deps.store.findDomain(domain, now());
    if (cached) return fromRow<DomainAnswer>(cached);
    const server = rdapBaseForDomain(deps.bootstrap, domain);
    if (!server) return { ok: false, reason: 'no_bootstrap' };
    return oneAtATime(server, async () => {
      const again = await deps.store.findDomain(domain, now());
      if (again) return fromRow<DomainAnswer>(again);
      const res = await ask(server, `domain/${domain}`);
      if ('ok' in res) return res;
      const answer = res.status === 200 ? extractDomain(res.body) : null;
      const outcome: RdapOutcome<DomainAnswer> =
        res.status !== 200
          ? await failure(server, res)
          : answer
            ? { ok: true, answer, fetchedAt: now(), server }
            : { ok: false, reason: 'malformed', detail: server };
      await remember({ kind: 'domain', domain }, server, outcome);
      return outcome;
    });
  }

  async function findRdapContacts(target: RdapTarget, options: { skipIp?: boolean } = {}) {
    const contacts: AbuseContact[] = [];
    const problems: LookupProblem[] = [];
    const ips = options.skipIp ? [] : [...new Set(target.ips)].slice(0, MAX_RDAP_ADDRESSES);
    const [networks, domain] = await Promise.all([
      Promise.all(ips.map(lookupIpNetwork)),
      target.registrableDomain ? lookupDomain(target.registrableDomain) : undefined,
    ]);
    networks.forEach((outcome, i) => {
      if (!outcome.ok) {
        problems.push(problemOf('rdap_ip', outcome, ips[i]));
      } else if (!outcome.answer.abuse) {
        problems.push({ stage: 'rdap_ip', reason: 'no_abuse_contact', detail: outcome.answer.handle ?? '' });
      } else {
        contacts.push({
          role: outcome.answer.role,
          channel: 'email',
          address: outcome.answer.abuse.email,
          name: outcome.answer.abuse.name,
          source: 'rdap_ip',
          as_of: outcome.fetchedAt.toISOString(),
        });
      }
    });
    if (domain && !domain.ok) problems.push(problemOf('rdap_domain', domain, target.registrableDomain));
    if (domain?.ok) {
      const { abuse, registrar } = domain.answer;
      if (abuse) {
        contacts.push({
          role: 'registrar',
          channel: 'email',
          address: abuse.email,
          name: registrar?.name ?? abuse.name,
          source: 'rdap_domain',
          as_of: domain.fetchedAt.toISOString(),
        });
      } else {
        problems.push({ stage: 'rdap_domain', reason: 'no_abuse_contact', detail: registrar?.name ?? '' });
      }
    }
    return { contacts: withoutRepeats(contacts), problems };
  }

  return { lookupIpNetwork, lookupDomain, findRdapContacts };
}

type CacheKey = { kind: 'ip'; rangeStart: string; rangeEnd: string } | { kind: 'domain'; domain: string };

function fromRow<T>(row: RdapAnswerRow): RdapOutcome<T> {
  if (row.outcome === 'found' && row.answer) {
    return { ok: true, answer: row.answer as T, fetchedAt: row.fetchedAt, server: row.server };
  }
  return { ok: false, reason: row.outcome === 'not_found' ? 'not_found' : 'malformed', detail: 'cached' };
}

function problemOf(
  stage: LookupProblem['stage'],
  outcome: { reason: RdapProblem; detail?: string },
  subject: string | null | undefined,
): LookupProblem {
  const detail = [subject, outcome.detail].filter(Boolean).join(': ');
  return { stage, reason: outcome.reason, ...(detail ? { detail } : {}) };
}

/** The same desk for the same role once (a host's addresses are usually in one network). */
function withoutRepeats(contacts: AbuseContact[]): AbuseContact[] {
  const seen = new Set<string>();
  return contacts.filter((c) => {
    const key = `${c.role} ${c.address}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
