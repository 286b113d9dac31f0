/**
 * The DNS resolver Vigie asks about reported hosts: the hotline's own resolvers when
 * VIGIE_DNS_SERVERS names them (a hotline may want answers that do not depend on its office
 * network, or a resolver that does not log), else the system's. Hosting look-ups and the safe
 * fetcher share it, so both see the same answers. Short timeouts: a name that does not answer is
 * recorded as such, it never holds up an analyst.
 */
import { Resolver } from 'node:dns/promises';

export type DnsResolver = Resolver;

export function createDnsResolver(
  servers: string[] | undefined,
  options: { timeoutMs?: number; tries?: number } = {},
): DnsResolver {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 2_000, tries: options.tries ?? 2 });
  if (servers && servers.length > 0) resolver.setServers(servers);
  return resolver;
}
