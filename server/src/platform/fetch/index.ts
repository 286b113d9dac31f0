/**
 * The safe fetcher, the one way Vigie touches reported URLs: what features and the composition
 * root use. Features never fetch a reported URL any other way.
 */
import type { Config } from '../config.ts';
import { createDnsResolver } from '../dns/resolver.ts';
import type { SafeFetcher } from './fetch.types.ts';
import { createSafeFetcher } from './safe-fetcher.ts';

export { type AddressVerdict, classifyAddress } from './address-policy.ts';
export type {
  AddressRefusalCode,
  CheckResult,
  FailureCode,
  FetchHop,
  FetchOutcome,
  FetchPolicy,
  RefusalCode,
  SafeFetcher,
  SafeFetcherOptions,
} from './fetch.types.ts';
export { ADDRESS_REFUSAL_CODES, FAILURE_CODES, URL_REFUSAL_CODES } from './fetch.types.ts';
export { createSafeFetcher } from './safe-fetcher.ts';

/**
 * The fetcher as configured (VIGIE_DNS_SERVERS, VIGIE_FETCH_*). VIGIE_UNSAFE_FETCH_ALLOW_FOR_TESTS
 * (loopback addresses only) exists so browser tests can serve pages from 127.0.0.1 to a real
 * server process; the server warns loudly at start when it is set.
 */
export function createConfiguredFetcher(config: Pick<Config, 'dnsServers' | 'fetch'>): SafeFetcher {
  return createSafeFetcher({
    resolver: createDnsResolver(config.dnsServers),
    userAgent: config.fetch.userAgent,
    proxy: config.fetch.proxy,
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    allowForTests: config.fetch.allowForTests,
  });
}
