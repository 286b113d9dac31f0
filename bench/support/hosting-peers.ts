// A child process for bench:hosting: the local DNS and RDAP servers, so they do not share the
// benchmark's event loop (a real resolver and registry are other machines). Prints one JSON line
// with their addresses, then serves until stdin closes; on "counts\n" it prints the RDAP counts.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { startDnsServer } from '../../server/src/testing/dns-server.ts';
import { startRdapServer } from '../../server/src/testing/rdap-server.ts';
import { benchAddress } from './hosting-names.ts';

const folder = process.argv[2];
if (!folder) throw new Error('usage: hosting-peers.ts BOOTSTRAP_FOLDER');
const dns = await startDnsServer((name) => {
  const address = benchAddress(name);
  return address ? { A: [address] } : 'NXDOMAIN';
});
const rdap = await startRdapServer();
rdap.writeBootstrap(path.resolve(folder));
fs.writeSync(1, `${JSON.stringify({ dns: dns.address })}\n`);
const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line === 'counts') {
    const counts = { total: rdap.totalRequests(), dns: dns.totalQueries() };
    fs.writeSync(1, `${JSON.stringify(counts)}\n`);
  }
});
lines.on('close', async () => {
  await dns.close();
  await rdap.close();
  process.exit(0);
});
