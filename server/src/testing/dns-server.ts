/**
 * A real DNS server on 127.0.0.1 for tests and benchmarks (UDP, RFC 1035 messages via dns-packet):
 * the hosting look-ups and the safe fetcher ask it through the configurable resolver
 * (VIGIE_DNS_SERVERS), exactly as they would ask the hotline's resolver. Nothing reaches the
 * internet. Answers come from a table or a function, so a test can change them between queries
 * (DNS rebinding), answer NXDOMAIN, SERVFAIL, or never answer (a timeout), and count the queries.
 */
import dgram from 'node:dgram';
import dnsPacket from 'dns-packet';

/** What the server answers for one name: records by type, or a failure. */
export type DnsAnswer =
  | { A?: string[]; AAAA?: string[]; CNAME?: string; ttl?: number }
  | 'NXDOMAIN'
  | 'SERVFAIL'
  | 'TIMEOUT';

export type DnsZone = Record<string, DnsAnswer> | ((name: string, type: string) => DnsAnswer | undefined);

export type TestDnsServer = {
  /** `127.0.0.1:port`, the form VIGIE_DNS_SERVERS and dns.Resolver#setServers take. */
  address: string;
  port: number;
  /** Replaces the answer for one name (table zones only). */
  set(name: string, answer: DnsAnswer): void;
  /** Questions received for a name (any type), lower-cased without the trailing dot. */
  queriesFor(name: string): number;
  /** All questions received. */
  totalQueries(): number;
  close(): Promise<void>;
};

const normalise = (name: string) => name.toLowerCase().replace(/\.$/, '');

export async function startDnsServer(zone: DnsZone = {}): Promise<TestDnsServer> {
  const table =
    typeof zone === 'function' ? undefined : new Map(Object.entries(zone).map(([k, v]) => [normalise(k), v]));
  const lookup = (name: string, type: string): DnsAnswer | undefined =>
    typeof zone === 'function' ? zone(name, type) : table?.get(name);
  const counts = new Map<string, number>();
  let total = 0;
  const socket = dgram.createSocket('udp4');

  socket.on('message', (message, peer) => {
    let query: dnsPacket.Packet;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return; // not a DNS message: a real server drops it too
    }
    const question = query.questions?.[0];
    if (!question) return;
    const name = normalise(question.name);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    total += 1;
    const answer = lookup(name, question.type);
    if (answer === 'TIMEOUT') return;
    const reply = (rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL', answers: dnsPacket.Answer[] = []) =>
      socket.send(
        dnsPacket.encode({
          id: query.id,
          type: 'response',
          flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | rcodeFlag(rcode),
          questions: [question],
          answers,
        }),
        peer.port,
        peer.address,
      );
    if (answer === undefined || answer === 'NXDOMAIN') return reply('NXDOMAIN');
    if (answer === 'SERVFAIL') return reply('SERVFAIL');
    const ttl = answer.ttl ?? 60;
    const answers: dnsPacket.Answer[] = [];
    if (answer.CNAME) answers.push({ type: 'CNAME', name: question.name, ttl, data: answer.CNAME });
    if (question.type === 'A') {
      for (const ip of answer.A ?? []) answers.push({ type: 'A', name: question.name, ttl, data: ip });
    }
    if (question.type === 'AAAA') {
      for (const ip of answer.AAAA ?? []) answers.push({ type: 'AAAA', name: question.name, ttl, data: ip });
    }
    return reply('NOERROR', answers);
  });

  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => resolve());
  });
  const { port } = socket.address();
  return {
    address: `127.0.0.1:${port}`,
    port,
    set(name, answer) {
      if (!table) throw new Error('set() needs a table zone, not a function');
      table.set(normalise(name), answer);
    },
    queriesFor: (name) => counts.get(normalise(name)) ?? 0,
    totalQueries: () => total,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

/** The RCODE bits of the header's flags (RFC 1035 §4.1.1). */
function rcodeFlag(rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL'): number {
  return { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3 }[rcode];
}
