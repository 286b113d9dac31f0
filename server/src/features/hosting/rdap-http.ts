/**
 * How the RDAP client reaches a registry: through the safe fetcher, like every other outbound
 * request (platform/fetch: public addresses only, redirects re-checked, time and size limits).
 * Accept `application/rdap+json` (RFC 7480 §4.2); registries redirect between each other for
 * resources they do not hold (RFC 7480 §5.2), which the fetcher follows, at most MAX_RDAP_REDIRECTS.
 * A failure to reach the registry rejects (the client turns it into `unreachable`), a time-out
 * rejects with a TimeoutError (`timeout`); every HTTP answer resolves, whatever its status.
 */
import type { SafeFetcher } from '../../platform/fetch/index.ts';

export type RdapHttpResponse = {
  status: number;
  /** The parsed JSON body; undefined when the body is not JSON. */
  body: unknown;
  /** A 429's or 503's Retry-After, in seconds. */
  retryAfterSeconds?: number;
};
export type RdapHttp = (url: string) => Promise<RdapHttpResponse>;

export const MAX_RDAP_REDIRECTS = 3;
/** RDAP answers are a few kilobytes; a megabyte is far more than any registry sends. */
export const MAX_RDAP_BYTES = 1024 * 1024;
const RDAP_TYPES = ['application/rdap+json', 'application/json'];

export function createRdapHttp(fetcher: SafeFetcher, options: { timeoutMs: number }): RdapHttp {
  return async (url) => {
    const outcome = await fetcher.fetch(url, {
      accept: RDAP_TYPES,
      headers: { accept: RDAP_TYPES.join(', ') },
      maxBytes: MAX_RDAP_BYTES,
      maxRedirects: MAX_RDAP_REDIRECTS,
      timeoutMs: options.timeoutMs,
    });
    if (!outcome.ok) {
      // A registry answering with a type we did not ask for (an HTML error page) is still an answer.
      if (!outcome.refused && outcome.status !== undefined)
        return { status: outcome.status, body: undefined };
      const error = new Error(`${url}: ${outcome.reason}`);
      error.name = !outcome.refused && outcome.code === 'timeout' ? 'TimeoutError' : 'RdapUnreachable';
      throw error;
    }
    return {
      status: outcome.status,
      body: parseJson(outcome.body),
      ...retryAfter(outcome.headers['retry-after'] ?? null),
    };
  };
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Retry-After as seconds (RFC 9110 §10.2.3: a number of seconds or an HTTP date). */
export function retryAfter(header: string | null, now = Date.now()): { retryAfterSeconds?: number } {
  if (!header) return {};
  const seconds = /^\d+$/.test(header.trim()) ? Number(header.trim()) : (Date.parse(header) - now) / 1000;
  return Number.isFinite(seconds) && seconds > 0 ? { retryAfterSeconds: Math.ceil(seconds) } : {};
}
