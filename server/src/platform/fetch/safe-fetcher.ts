/**
 * The safe fetcher: the one way Vigie touches a reported URL (hosting's RDAP queries, evidence
 * capture, removal checks). Each hop is checked (target-policy), resolved once and checked again
 * (resolve-target), and connected to the address that was checked (hop-dispatcher); redirects are
 * followed by hand so each new URL goes through the same three steps. One deadline covers the
 * whole fetch; bodies are read under a size limit (read-body). It sends no cookie, no referrer, and
 * names itself with the configured User-Agent. Nothing here throws for a bad URL or a bad server:
 * every end is an outcome, and a 404 or a 500 is an answer like any other.
 */
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { request } from 'undici';
import { parseTestAllowList } from './address-policy.ts';
import type {
  FetchHop,
  FetchOutcome,
  FetchPolicy,
  SafeFetcher,
  SafeFetcherOptions,
  Stop,
} from './fetch.types.ts';
import { describeNetworkError } from './fetch-errors.ts';
import { createHopDispatcher } from './hop-dispatcher.ts';
import { ACCEPT_ENCODING, discardBody, isAccepted, readBody } from './read-body.ts';
import { resolveTarget } from './resolve-target.ts';
import { checkTarget, type Target } from './target-policy.ts';

const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Request headers a caller may not set: the fetcher never sends a cookie, a referrer or
 * credentials, and it alone decides how it names itself, what encodings it takes and the framing.
 */
const DROPPED_HEADERS = new Set([
  'cookie',
  'cookie2',
  'referer',
  'origin',
  'authorization',
  'proxy-authorization',
  'host',
  'user-agent',
  'accept-encoding',
  'connection',
  'content-length',
  'transfer-encoding',
]);

export function createSafeFetcher(options: SafeFetcherOptions): SafeFetcher {
  const allowList = parseTestAllowList(options.allowForTests ?? []);

  async function check(url: string) {
    const checked = checkTarget(url);
    if (!checked.ok) return { ok: false as const, code: checked.code, reason: checked.reason };
    const deadline = startDeadline(options.timeoutMs);
    try {
      const resolved = await resolveTarget(options.resolver, checked.target, allowList, deadline.signal);
      return resolved.ok
        ? { ok: true as const, address: resolved.address }
        : { ok: false as const, code: resolved.code, reason: resolved.reason };
    } catch {
      return {
        ok: false as const,
        code: 'dns_timeout',
        reason: `${checked.target.host} did not resolve in time`,
      };
    } finally {
      deadline.clear();
    }
  }

  async function fetch(url: string, policy: FetchPolicy = {}): Promise<FetchOutcome> {
    const startedAt = new Date().toISOString();
    const started = performance.now();
    const timeoutMs = policy.timeoutMs ?? options.timeoutMs;
    const maxBytes = policy.maxBytes ?? options.maxBytes;
    const maxRedirects = policy.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const headers = requestHeaders(options.userAgent, policy);
    const deadline = startDeadline(timeoutMs);
    const redirects: FetchHop[] = [];
    const stop = (s: Stop): FetchOutcome => ({ ok: false, url, redirects, ...s });
    // GET or HEAD only, so every redirect, 303 included, keeps the method (RFC 9110 §15.4).
    const method = policy.method ?? 'GET';
    let next = url;
    let base: URL | undefined;
    let host = '';
    try {
      for (;;) {
        const checked = checkTarget(next, base);
        if (!checked.ok) return stop({ refused: true, code: checked.code, reason: checked.reason });
        const target = checked.target;
        host = target.host;
        const pin = await resolveTarget(options.resolver, target, allowList, deadline.signal);
        if (!pin.ok) return stop(pin);
        const dispatcher = createHopDispatcher(pin, { proxy: options.proxy, timeoutMs });
        try {
          const answer = await request(target.url, { dispatcher, method, headers, signal: deadline.signal });
          const location = headerValue(answer.headers.location);
          if (REDIRECT_STATUSES.has(answer.statusCode) && location !== null) {
            discardBody(answer.body);
            redirects.push({
              url: target.url.href,
              status: answer.statusCode,
              location,
              address: pin.address,
            });
            if (redirects.length > maxRedirects) {
              return stop({
                refused: true,
                code: 'too_many_redirects',
                reason: `more than ${maxRedirects} redirects`,
              });
            }
            next = location;
            base = target.url;
            continue;
          }
          const ended = await finish(target, answer, pin.address, {
            maxBytes,
            accept: policy.accept,
            head: method === 'HEAD',
          });
          if ('refused' in ended) return stop(ended);
          return {
            ok: true,
            url,
            redirects,
            ...ended,
            startedAt,
            durationMs: Math.round(performance.now() - started),
          };
        } finally {
          await dispatcher.destroy().catch(() => {});
        }
      }
    } catch (error) {
      if (deadline.signal.aborted) {
        return stop({
          refused: false,
          code: 'timeout',
          reason: `no complete answer within ${seconds(timeoutMs)}`,
        });
      }
      return stop(describeNetworkError(error, host));
    } finally {
      deadline.clear();
    }
  }

  // Each hop's dispatcher is destroyed when the hop ends: nothing stays open between fetches.
  return { check, fetch, close: async () => {} };
}

type Answer = { statusCode: number; headers: Record<string, string | string[] | undefined>; body: Readable };
type Kept = {
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  contentType: string | null;
  body: Buffer;
  address: string;
};

/** The last answer: its type decided before its body is read, its body read under the limit. */
async function finish(
  target: Target,
  answer: Answer,
  address: string,
  limits: { maxBytes: number; accept?: string[]; head: boolean },
): Promise<Kept | Stop> {
  const headers = flattenHeaders(answer.headers);
  const contentType = headers['content-type'] ?? null;
  const kept = { finalUrl: target.url.href, status: answer.statusCode, headers, contentType, address };
  if (!isAccepted(contentType, limits.accept)) {
    discardBody(answer.body);
    // A refused type on an error page is still an answer: the status says what happened.
    if (answer.statusCode < 200 || answer.statusCode > 299) return { ...kept, body: Buffer.alloc(0) };
    return {
      refused: true,
      code: 'content_type',
      reason: `the answer is ${contentType ?? 'of no stated type'}, not one of ${limits.accept?.join(', ')}`,
    };
  }
  // The Content-Length of a HEAD answer describes the body a GET would get: nothing to read here.
  if (limits.head) {
    discardBody(answer.body);
    return { ...kept, body: Buffer.alloc(0) };
  }
  const declared = Number(headers['content-length']);
  if (declared > limits.maxBytes) {
    discardBody(answer.body);
    return tooLarge(limits.maxBytes, `it declares ${declared} bytes`);
  }
  const read = await readBody(answer.body, headers['content-encoding'] ?? null, limits.maxBytes);
  if (read.ok) return { ...kept, body: read.body };
  if (read.tooLarge) return tooLarge(limits.maxBytes, 'counted while reading');
  return {
    refused: false,
    code: 'http_error',
    reason: `${target.host}: ${read.reason}`,
    status: answer.statusCode,
  };
}

function tooLarge(maxBytes: number, how: string): Stop {
  return { refused: true, code: 'too_large', reason: `the body is larger than ${maxBytes} bytes (${how})` };
}

function requestHeaders(userAgent: string, policy: FetchPolicy): Record<string, string> {
  const headers: Record<string, string> = {};
  if (policy.accept && policy.accept.length > 0) headers.accept = policy.accept.join(', ');
  for (const [name, value] of Object.entries(policy.headers ?? {})) {
    const key = name.toLowerCase();
    if (!DROPPED_HEADERS.has(key)) headers[key] = value;
  }
  headers['user-agent'] = userAgent;
  headers['accept-encoding'] = ACCEPT_ENCODING;
  return headers;
}

/** Headers as received; a repeated header is joined with ", " (RFC 9110 §5.3). */
function flattenHeaders(headers: Answer['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function startDeadline(timeoutMs: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('deadline')), timeoutMs);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
