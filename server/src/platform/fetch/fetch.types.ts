/**
 * The safe fetcher's public shapes: what a caller asks (FetchPolicy), what it gets back
 * (FetchOutcome) and the stable codes of a refusal or a failure. Codes are a public interface:
 * hosting, evidence capture and `vigie fetch-check` record and print them.
 */
import type { DnsResolver } from '../dns/resolver.ts';

/** Why the fetcher would not go somewhere: the address or URL is not a public web address. */
export const ADDRESS_REFUSAL_CODES = [
  'address_loopback',
  'address_private',
  'address_link_local',
  'address_metadata',
  'address_cgnat',
  'address_unique_local',
  'address_site_local',
  'address_multicast',
  'address_unspecified',
  'address_broadcast',
  'address_reserved',
  'address_benchmarking',
  'address_documentation',
  'address_ipv4_mapped',
  'address_ipv4_compatible',
  'address_teredo',
] as const;

/** Why the fetcher would not go somewhere or keep something, besides the address itself. */
export const URL_REFUSAL_CODES = [
  'invalid_url',
  'scheme',
  'userinfo',
  'port',
  'local_name',
  'too_many_redirects',
  'content_type',
  'too_large',
] as const;

/** It tried and could not: the name, the network or the server failed. */
export const FAILURE_CODES = [
  'nxdomain',
  'no_address',
  'dns_timeout',
  'dns_error',
  'connect_refused',
  'unreachable',
  'connection_reset',
  'timeout',
  'tls',
  'http_error',
] as const;

export type AddressRefusalCode = (typeof ADDRESS_REFUSAL_CODES)[number];
export type RefusalCode = AddressRefusalCode | (typeof URL_REFUSAL_CODES)[number];
export type FailureCode = (typeof FAILURE_CODES)[number];

export type FetchPolicy = {
  /** Content types accepted for the body (e.g. ['text/html', 'image/*']); others: refused, body unread. */
  accept?: string[];
  /** Default: the fetcher's maxBytes (config.fetch.maxBytes). */
  maxBytes?: number;
  /** The whole fetch, redirects included. Default: the fetcher's timeoutMs (config.fetch.timeoutMs). */
  timeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  method?: 'GET' | 'HEAD';
  /** Extra request headers (e.g. accept: application/rdap+json); cookie, referer and the like are dropped. */
  headers?: Record<string, string>;
};

/** One redirect followed: the URL asked, its answer, and the address it was fetched from. */
export type FetchHop = { url: string; status: number; location: string | null; address: string };

export type FetchOutcome =
  | {
      ok: true;
      url: string;
      finalUrl: string;
      status: number;
      /** As received (the body is decoded, so content-encoding and content-length describe the wire). */
      headers: Record<string, string>;
      contentType: string | null;
      body: Buffer;
      address: string;
      redirects: FetchHop[];
      startedAt: string;
      durationMs: number;
    }
  | { ok: false; url: string; refused: true; reason: string; code: RefusalCode; redirects: FetchHop[] }
  | {
      ok: false;
      url: string;
      refused: false;
      reason: string;
      code: FailureCode;
      status?: number;
      redirects: FetchHop[];
    };

export type CheckResult = { ok: true; address: string } | { ok: false; reason: string; code: string };

export type SafeFetcher = {
  /** What fetch-check prints: resolve once and classify, without connecting. */
  check(url: string): Promise<CheckResult>;
  fetch(url: string, policy?: FetchPolicy): Promise<FetchOutcome>;
  close(): Promise<void>;
};

export type SafeFetcherOptions = {
  resolver: DnsResolver;
  userAgent: string;
  /** An outbound HTTP proxy (VIGIE_FETCH_PROXY); the name is still resolved and checked here first. */
  proxy?: string;
  timeoutMs: number;
  maxBytes: number;
  /** TESTS ONLY: loopback addresses (IPs/CIDRs) allowed despite their class, e.g. ['127.0.0.1']. */
  allowForTests?: string[];
};

/** A refusal or failure on the way, before the outcome is assembled. */
export type Stop =
  | { refused: true; code: RefusalCode; reason: string }
  | { refused: false; code: FailureCode; reason: string; status?: number };
