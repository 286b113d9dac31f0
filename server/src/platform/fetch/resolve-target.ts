/**
 * Resolves a target's host once and decides on the whole answer: every A and AAAA address must be
 * allowed, or the name is refused (a name that mixes a public and a private address is a rebinding
 * or pivot attempt, and a proxy or a retry could pick the private one). The address returned is the
 * one the connection will be pinned to; nothing asks DNS again for this hop.
 */

import type { DnsResolver } from '../dns/resolver.ts';
import { describeAddress, isAllowedForTests } from './address-policy.ts';
import type { FailureCode, Stop } from './fetch.types.ts';
import type { Target } from './target-policy.ts';

export type Resolved = { ok: true; address: string; family: 4 | 6 } | ({ ok: false } & Stop);

type AllowList = Parameters<typeof isAllowedForTests>[1];

/** c-ares error codes (node:dns) and what they mean for a reported URL. */
const DNS_FAILURES: Record<string, { code: FailureCode; says: string }> = {
  ENOTFOUND: { code: 'nxdomain', says: 'does not exist (NXDOMAIN)' },
  ENODATA: { code: 'no_address', says: 'has no IPv4 or IPv6 address' },
  ETIMEOUT: { code: 'dns_timeout', says: 'did not resolve in time (DNS timeout)' },
  ESERVFAIL: { code: 'dns_error', says: 'could not be resolved (SERVFAIL)' },
  EREFUSED: { code: 'dns_error', says: 'could not be resolved (the resolver refused)' },
  ECONNREFUSED: { code: 'dns_error', says: 'could not be resolved (no resolver answers)' },
};

export async function resolveTarget(
  resolver: DnsResolver,
  target: Target,
  allowList: AllowList,
  signal?: AbortSignal,
): Promise<Resolved> {
  const verdictFor = (address: string) =>
    isAllowedForTests(address, allowList) ? ({ allowed: true } as const) : describeAddress(address);

  if (target.literal) {
    const verdict = verdictFor(target.host);
    if (!verdict.allowed) {
      return { ok: false, refused: true, code: verdict.code, reason: `${verdict.text} is ${verdict.what}` };
    }
    return { ok: true, address: target.host, family: target.host.includes(':') ? 6 : 4 };
  }

  const [v4, v6] = await untilAborted(
    Promise.allSettled([resolver.resolve4(target.host), resolver.resolve6(target.host)]),
    signal,
  );
  const ipv4 = v4.status === 'fulfilled' ? v4.value : [];
  const ipv6 = v6.status === 'fulfilled' ? v6.value : [];
  const all = [...ipv4, ...ipv6];
  if (all.length === 0) return dnsFailure(target.host, v4, v6);

  for (const address of all) {
    const verdict = verdictFor(address);
    if (verdict.allowed) continue;
    const among = all.length > 1 ? ` (one of its ${all.length} addresses: the whole name is refused)` : '';
    return {
      ok: false,
      refused: true,
      code: verdict.code,
      reason: `${target.host} resolves to ${verdict.text}, ${verdict.what}${among}`,
    };
  }
  // IPv4 first: a server without IPv6 connectivity is still common, a site without IPv4 rare.
  const first = ipv4[0];
  return first ? { ok: true, address: first, family: 4 } : { ok: true, address: all[0] as string, family: 6 };
}

function dnsFailure(
  host: string,
  v4: PromiseSettledResult<string[]>,
  v6: PromiseSettledResult<string[]>,
): Resolved {
  const codes = [v4, v6].map((r) => (r.status === 'rejected' ? errorCode(r.reason) : 'ENODATA'));
  // The more telling of the two: a timeout or NXDOMAIN says more than "no AAAA record".
  const code = codes.find((c) => c !== 'ENODATA') ?? 'ENODATA';
  const known = DNS_FAILURES[code] ?? { code: 'dns_error', says: `could not be resolved (${code})` };
  return { ok: false, refused: false, code: known.code, reason: `${host} ${known.says}` };
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'EUNKNOWN';
}

/** DNS questions cannot be cancelled; the whole-fetch deadline still ends the wait for them. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
