/**
 * How the RDAP client reaches a server: one injected function, so the look-up engine can route RDAP
 * through the safe fetcher (platform/fetch) like every other outbound request. The default here uses
 * global fetch: Accept `application/rdap+json` (RFC 7480 §4.2), a time limit, a size limit, and at
 * most MAX_RDAP_REDIRECTS redirects (registries redirect between each other for resources they do
 * not hold, RFC 7480 §5.2). A network failure rejects (the client turns it into `unreachable`), a
 * time-out rejects with a TimeoutError (`timeout`); every HTTP answer resolves, whatever its status.
 */

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
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function createRdapHttp(options: { timeoutMs: number; userAgent: string }): RdapHttp {
  return async (url) => {
    const signal = AbortSignal.timeout(options.timeoutMs);
    let current = url;
    for (let hop = 0; ; hop += 1) {
      const res = await fetch(current, {
        headers: { accept: 'application/rdap+json, application/json', 'user-agent': options.userAgent },
        redirect: 'manual',
        signal,
      });
      const location = res.headers.get('location');
      if (REDIRECTS.has(res.status) && location && hop < MAX_RDAP_REDIRECTS) {
        await res.body?.cancel();
        const next = new URL(location, current);
        if (next.protocol !== 'https:' && next.protocol !== 'http:')
          return { status: res.status, body: undefined };
        current = next.href;
        continue;
      }
      return {
        status: res.status,
        body: await readJson(res),
        ...retryAfter(res.headers.get('retry-after')),
      };
    }
  };
}

async function readJson(res: Response): Promise<unknown> {
  if (!res.body) return undefined;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RDAP_BYTES) {
      // The rest of an oversized body is never read.
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
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
