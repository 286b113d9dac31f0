/**
 * A real RDAP server on 127.0.0.1 for tests and benchmarks (HTTP, RFC 7480 paths, RFC 9083 bodies
 * from rdap-fixtures.ts): `/ip/<address>` answers the most specific fixture network holding the
 * address (longest prefix), `/domain/<name>` the fixture domain, anything else an RDAP 404 error.
 * `/redirect/<path>` answers 302 to `/<path>`, as registries redirect between each other. A test can
 * make one address or name (or `*`, every query) answer 404, 429 with Retry-After, a malformed body
 * or slowly, and count the queries. `bootstrap()` is an RFC 9224 bootstrap that sends every
 * documentation network, AS range and test TLD here. Nothing reaches the internet.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { buildRdapBootstrap, type RdapBootstrap } from '../features/hosting/rdap-bootstrap.ts';
import { fixtureDomains, fixtureNetworks } from './rdap-fixtures.ts';

/** How a query may be made to answer instead of normally. */
export const RDAP_BEHAVIOURS = ['not_found', 'rate_limited', 'malformed', 'slow'] as const;
export type RdapBehaviour = (typeof RDAP_BEHAVIOURS)[number];

export type TestRdapServer = {
  /** The base URL, ending with '/', as bootstrap registries give them. */
  url: string;
  /** A bootstrap pointing here; `via: 'redirect'` makes every first answer a redirect. */
  bootstrap(options?: { via?: 'redirect' }): RdapBootstrap;
  /**
   * The same bootstrap as files in `folder` (for VIGIE_RDAP_BOOTSTRAP_DIR), sending every address,
   * not only the documentation networks, here: a server process under test then asks nobody else.
   */
  writeBootstrap(folder: string): void;
  /** How an address or a domain (or '*': every query) answers from now on; undefined: normally. */
  behave(key: string, behaviour: RdapBehaviour | undefined): void;
  /** Queries received for a path such as `ip/192.0.2.10` or `domain/example.com`. */
  requestsFor(path: string): number;
  totalRequests(): number;
  close(): Promise<void>;
};

const networks = fixtureNetworks
  .map((n) => ({ ...n, range: ipaddr.parseCIDR(n.cidr) }))
  .sort((a, b) => b.range[1] - a.range[1]);

export async function startRdapServer(
  options: { slowMs?: number; retryAfterSeconds?: number } = {},
): Promise<TestRdapServer> {
  const behaviours = new Map<string, RdapBehaviour>();
  const counts = new Map<string, number>();
  let total = 0;
  let base = '';

  const send = (res: http.ServerResponse, status: number, body: unknown, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/rdap+json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const notFound = (res: http.ServerResponse) =>
    send(res, 404, { errorCode: 404, title: 'Not Found', description: ['No object matches the query.'] });

  const server = http.createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', base).pathname).replace(/^\/+/, '');
    if (path.startsWith('redirect/')) {
      return send(res, 302, '', { location: `${base}${path.slice('redirect/'.length)}` });
    }
    counts.set(path, (counts.get(path) ?? 0) + 1);
    total += 1;
    const [kind, ...rest] = path.split('/');
    const key = rest.join('/').toLowerCase();
    const behaviour = behaviours.get(key) ?? behaviours.get('*');
    if (behaviour === 'not_found') return notFound(res);
    if (behaviour === 'rate_limited') {
      return send(
        res,
        429,
        { errorCode: 429, title: 'Too Many Requests', description: ['Query rate limit exceeded.'] },
        { 'retry-after': String(options.retryAfterSeconds ?? 120) },
      );
    }
    if (behaviour === 'malformed') return send(res, 200, '{"objectClassName": "ip network", "handle": ');
    if (behaviour === 'slow') await new Promise((resolve) => setTimeout(resolve, options.slowMs ?? 3000));
    const answer = kind === 'ip' ? networkAnswer(key) : kind === 'domain' ? fixtureDomains[key] : undefined;
    return answer ? send(res, 200, answer(base)) : notFound(res);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url: base,
    bootstrap(bootstrapOptions = {}) {
      return buildRdapBootstrap(
        bootstrapFiles(bootstrapOptions.via === 'redirect' ? `${base}redirect/` : base),
      );
    },
    writeBootstrap(folder) {
      const files = bootstrapFiles(base, { everyAddress: true });
      fs.mkdirSync(folder, { recursive: true });
      for (const [name, file] of Object.entries(files)) {
        fs.writeFileSync(path.join(folder, `${name}.json`), JSON.stringify(file));
      }
    },
    behave(key, behaviour) {
      if (behaviour) behaviours.set(key.toLowerCase(), behaviour);
      else behaviours.delete(key.toLowerCase());
    },
    requestsFor: (path) => counts.get(path) ?? 0,
    totalRequests: () => total,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** RFC 9224 registries sending the test networks, AS range and TLDs (or every address) to `url`. */
function bootstrapFiles(url: string, options: { everyAddress?: boolean } = {}) {
  const v4 = options.everyAddress ? ['0.0.0.0/0'] : ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'];
  const v6 = options.everyAddress ? ['::/0'] : ['2001:db8::/32'];
  return {
    ipv4: { services: [[v4, [url]]] as [string[], string[]][] },
    ipv6: { services: [[v6, [url]]] as [string[], string[]][] },
    asn: { services: [[['64496-64511'], [url]]] as [string[], string[]][] },
    dns: { services: [[['com', 'net', 'org', 'example', 'test'], [url]]] as [string[], string[]][] },
  };
}

/** The fixture of the most specific network holding `address`, if any. */
function networkAnswer(address: string) {
  if (!ipaddr.isValid(address)) return undefined;
  const parsed = ipaddr.process(address);
  return networks.find((n) => n.range[0].kind() === parsed.kind() && parsed.match(n.range))?.answer;
}
