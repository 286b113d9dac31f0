/**
 * Where a host name points: the CNAME chain, then its IPv4 and IPv6 addresses, through the
 * configured resolver (platform/dns). The chain is followed one CNAME query at a time so each
 * alias is recorded (a CDN shows itself there), whether or not the resolver also returns the
 * final addresses with the first answer. What fails is recorded with a stable reason and never
 * thrown: a look-up always returns what it found.
 */
import type { DnsResolver } from '../../platform/dns/resolver.ts';
import type { LookupProblem } from './hosting.types.ts';

/** Stable reasons of the DNS stage (LookupProblem.reason). */
export const DNS_PROBLEMS = [
  'nxdomain',
  'servfail',
  'timeout',
  'no_address',
  'refused',
  'cname_loop',
  'error',
] as const;
export type DnsProblem = (typeof DNS_PROBLEMS)[number];
/** The failures that may pass by themselves (a look-up is tried again later); the rest are answers. */
export const PASSING_DNS_PROBLEMS: readonly DnsProblem[] = ['servfail', 'timeout', 'refused', 'error'];

/** More aliases than any real chain has (resolvers give up near 8–16): a loop or an attack. */
const MAX_CHAIN = 10;

export type DnsAnswer = { cnames: string[]; ips: string[]; problems: LookupProblem[] };

type Outcome<T> = { ok: true; value: T } | { ok: false; code: string };

export async function resolveHost(host: string, resolver: DnsResolver): Promise<DnsAnswer> {
  const failures: { query: string; code: string }[] = [];
  const cnames: string[] = [];
  let name = host;
  // One round trip for the usual case: the alias, and the addresses should there be none.
  let [alias, v4, v6] = await Promise.all([
    settle(resolver.resolveCname(name)),
    settle(resolver.resolve4(name)),
    settle(resolver.resolve6(name)),
  ]);
  while (alias.ok && alias.value[0]) {
    const target = alias.value[0].toLowerCase().replace(/\.$/, '');
    if (cnames.includes(target) || target === host || cnames.length >= MAX_CHAIN) {
      return {
        cnames,
        ips: [],
        problems: [{ stage: 'dns', reason: 'cname_loop', detail: `${name} → ${target}` }],
      };
    }
    cnames.push(target);
    name = target;
    alias = await settle(resolver.resolveCname(name));
  }
  if (!alias.ok && alias.code !== 'ENODATA') failures.push({ query: `CNAME ${name}`, code: alias.code });
  const gotAddresses = (v4.ok && v4.value.length > 0) || (v6.ok && v6.value.length > 0);
  if (cnames.length > 0 && !gotAddresses) {
    // The resolver did not follow the chain for us (or it was ours to follow): ask at its end.
    [v4, v6] = await Promise.all([settle(resolver.resolve4(name)), settle(resolver.resolve6(name))]);
  }
  if (!v4.ok && v4.code !== 'ENODATA') failures.push({ query: `A ${name}`, code: v4.code });
  if (!v6.ok && v6.code !== 'ENODATA') failures.push({ query: `AAAA ${name}`, code: v6.code });
  const ips = [...(v4.ok ? v4.value : []), ...(v6.ok ? v6.value : [])];
  return { cnames, ips, problems: describeFailures(failures, ips.length > 0, name) };
}

/** One problem per reason (not per query); NXDOMAIN says all there is to say about a name. */
function describeFailures(
  failures: { query: string; code: string }[],
  found: boolean,
  name: string,
): LookupProblem[] {
  const reasons = new Map<DnsProblem, string[]>();
  for (const { query, code } of failures) {
    const reason = reasonOf(code);
    reasons.set(reason, [...(reasons.get(reason) ?? []), query]);
  }
  const nxdomain = reasons.get('nxdomain');
  if (nxdomain) return [{ stage: 'dns', reason: 'nxdomain', detail: name }];
  const problems: LookupProblem[] = [...reasons].map(([reason, queries]) => ({
    stage: 'dns',
    reason,
    detail: queries.join(', '),
  }));
  if (!found && problems.length === 0) problems.push({ stage: 'dns', reason: 'no_address', detail: name });
  return problems;
}

/** node:dns error codes (c-ares) → stable reasons. */
function reasonOf(code: string): DnsProblem {
  switch (code) {
    case 'ENOTFOUND':
      return 'nxdomain';
    case 'ESERVFAIL':
      return 'servfail';
    case 'ETIMEOUT':
      return 'timeout';
    case 'EREFUSED':
    case 'ECONNREFUSED':
      return 'refused';
    default:
      return 'error';
  }
}

async function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, code: (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN' };
  }
}
