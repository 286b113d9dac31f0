/**
 * VIGIE_TRUST_PROXY as Fastify's trustProxy: which peers may tell us, through X-Forwarded-For and
 * X-Forwarded-Proto, who the client is and whether it came over https. That decides the address
 * the report and sign-in rate limits count, and the Secure flag on session cookies.
 *
 * A list of proxy addresses is checked against the connecting peer and each forwarded hop. A hop
 * count trusts the N nearest hops whatever their address — Fastify 5 refuses a bare number for that
 * reason — so it is given as a function, and is right only when nothing but the proxy can reach
 * Vigie; the server says so at start when it listens beyond the loopback interface.
 */
import net from 'node:net';
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { TrustProxy } from '../config.ts';

export function trustProxyOption(trust: TrustProxy): FastifyServerOptions['trustProxy'] {
  if (trust === false) return false;
  if ('hops' in trust) {
    const { hops } = trust;
    return (_address: string, hop: number) => hop < hops;
  }
  return trust.proxies;
}

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || (net.isIPv4(host) && host.startsWith('127.'));

export function warnAboutHopCount(trust: TrustProxy, host: string, log: FastifyBaseLogger): void {
  if (trust === false || !('hops' in trust) || isLoopback(host)) return;
  log.warn(
    `VIGIE_TRUST_PROXY=${trust.hops} trusts whoever connects to ${host} to say who the client is: ` +
      'make sure only the reverse proxy can reach this port, or list the proxy addresses instead (e.g. 10.0.0.5)',
  );
}
