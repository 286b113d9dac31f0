// A child process for bench:monitoring: the local DNS server (every h<N>.bench.test is 127.0.0.1)
// and the HTTP server of the sites checked, so they do not share the checker's event loop (real
// sites are other machines). Prints one JSON line with their addresses and the evidence's
// fingerprints, then serves until stdin closes; on "counts\n" it prints what the huge answers sent.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import readline from 'node:readline';
import sharp from 'sharp';
import { startDnsServer } from '../../server/src/testing/dns-server.ts';
import { BENCH_DOMAIN, MAX_BYTES, SLOW_MS, type TaskKind } from './monitoring-mix.ts';

const filler = (words: number) => Array.from({ length: words }, (_, k) => `word${k % 97}`).join(' ');
const page = (body: string) =>
  Buffer.from(`<!doctype html><html><head><title>item</title></head><body>${body}</body></html>`);
const capturedPage = page(`<h1>The reported page</h1><p>${filler(1500)}</p>`);
const softPage = page(`<h1>Sorry, this page does not exist</h1><img src="/logo.png"><p>${filler(200)}</p>`);
const notFoundPage = page('<h1>Not found</h1>');

/** Synthetic pictures: gradients, nothing real. */
const gradient = (side: number, tilt: number) => {
  const pixels = Buffer.alloc(side * side * 3);
  for (let i = 0; i < side * side; i++) {
    const x = i % side;
    const y = Math.floor(i / side);
    pixels.set([(x * 2 + y * tilt) % 256, (y * 3) % 256, (x * y) % 256], i * 3);
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 3 } });
};
const capturedImage = await gradient(128, 1).jpeg({ quality: 85 }).toBuffer();
const logo = await gradient(64, 5).png().toBuffer();

const CHUNK = Buffer.alloc(64 * 1024, 0x61);
let hugeStreamedBytes = 0;
let hugeStreamed = 0;

const send = (res: http.ServerResponse, status: number, type: string, body: Buffer) =>
  res.writeHead(status, { 'content-type': type, 'content-length': body.length }).end(body);

/** Writes until the reader hangs up or 16 × the limit is sent, minding back-pressure. */
function streamHuge(res: http.ServerResponse) {
  hugeStreamed += 1;
  res.writeHead(200, { 'content-type': 'video/mp4' });
  let sent = 0;
  const pump = () => {
    while (!res.destroyed) {
      if (sent >= MAX_BYTES * 16) return res.end();
      sent += CHUNK.length;
      hugeStreamedBytes += CHUNK.length;
      if (!res.write(CHUNK)) return res.once('drain', pump);
    }
  };
  pump();
}

const answers: Record<TaskKind | 'missing' | 'logo.png', (res: http.ServerResponse) => void> = {
  online_page: (res) => send(res, 200, 'text/html; charset=utf-8', capturedPage),
  online_image: (res) => send(res, 200, 'image/jpeg', capturedImage),
  not_found: (res) => send(res, 404, 'text/html', notFoundPage),
  slow: (res) => setTimeout(() => send(res, 200, 'text/html; charset=utf-8', capturedPage), SLOW_MS),
  soft_404: (res) => send(res, 200, 'text/html; charset=utf-8', softPage),
  redirect: (res) => res.writeHead(302, { location: '/missing' }).end(),
  missing: (res) => send(res, 404, 'text/html', notFoundPage),
  'logo.png': (res) => send(res, 200, 'image/png', logo),
  huge_declared: (res) => {
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': MAX_BYTES * 32 });
    res.write(CHUNK);
    // The reader refuses on the declared length and hangs up; nothing more is sent.
  },
  huge_streamed: streamHuge,
};

const server = http.createServer((req, res) => {
  res.on('error', () => {});
  const kind = (req.url ?? '/').split('/')[1] as keyof typeof answers;
  const answer = answers[kind];
  if (answer) answer(res);
  else send(res, 404, 'text/plain', Buffer.from('no such kind'));
});
server.keepAliveTimeout = 5_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const dns = await startDnsServer((name) =>
  name.endsWith(`.${BENCH_DOMAIN}`) ? { A: ['127.0.0.1'] } : 'NXDOMAIN',
);

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');
fs.writeSync(
  1,
  `${JSON.stringify({
    dns: dns.address,
    port: (server.address() as net.AddressInfo).port,
    evidence: {
      sha256: [sha256(capturedPage), sha256(capturedImage)],
      image: capturedImage.toString('base64'),
    },
  })}\n`,
);
const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line === 'counts') fs.writeSync(1, `${JSON.stringify({ hugeStreamed, hugeStreamedBytes })}\n`);
});
lines.on('close', async () => {
  server.closeAllConnections();
  server.close();
  await dns.close();
  process.exit(0);
});
