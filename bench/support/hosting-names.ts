// The names bench:hosting looks up: `h<N>.site<N % DOMAINS>.com`, each resolving to an address in
// one of the local registry's three documentation networks, so RDAP has three networks and
// DOMAINS registrable domains to answer for, whatever the number of names.
export const DOMAINS = 50;
const NETWORKS = ['192.0.2', '198.51.100', '203.0.113'];

export const benchName = (n: number) => `h${n}.site${n % DOMAINS}.com`;

/** The address the bench's DNS server gives a bench name; null for any other name. */
export function benchAddress(name: string): string | null {
  const match = /^h(\d+)\.site\d+\.com$/.exec(name);
  if (!match) return null;
  const n = Number(match[1]);
  return `${NETWORKS[n % NETWORKS.length]}.${1 + (Math.floor(n / NETWORKS.length) % 120)}`;
}
