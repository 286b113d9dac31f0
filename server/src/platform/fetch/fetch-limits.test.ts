/**
 * The safe fetcher's limits against hostile and broken servers on 127.0.0.1: bodies too large
 * (streamed without a length, declaring a false one, or compressed into a bomb), too slow, of a
 * type not asked for, servers that never answer; error statuses are answers, not exceptions; and
 * what the fetcher sends: its User-Agent, never a cookie or a referrer.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { startTestSite, type TestSite } from '../../testing/http-site.ts';
import { createDnsResolver } from '../dns/resolver.ts';
import { createSafeFetcher, type FetchOutcome, type SafeFetcher } from './index.ts';

const MAX = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'x');

let site: TestSite;
let raw: net.Server;
let rawPort = 0;
let fetcher: SafeFetcher;
/** Sockets of the test's own servers that closed, by route: proves a body was not read to its end. */
const closedEarly = new Set<string>();
const original = Buffer.from('<html><body>evidence page</body></html>'.repeat(100));
const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));

/** Writes CHUNK until the client goes away, then records that it went away. */
function endless(name: string) {
  return (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    const write = () => {
      if (res.destroyed) return;
      if (res.write(CHUNK)) setImmediate(write);
      else res.once('drain', write);
    };
    res.on('close', () => closedEarly.add(name));
    req.socket.on('close', () => closedEarly.add(name));
    write();
  };
}

before(async () => {
  site = await startTestSite({
    '/page': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(original),
    '/gzip': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
        .end(zlib.gzipSync(original)),
    '/br': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' })
        .end(zlib.brotliCompressSync(original)),
    '/bomb': (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb),
    '/huge': endless('huge'),
    '/declared-huge': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * MAX) });
      if (req.method === 'HEAD') return res.end();
      req.socket.on('close', () => closedEarly.add('declared-huge'));
      res.write(CHUNK);
    },
    // A page that never ends, slowly: reading any of it would last until the deadline.
    '/wrong-type': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
      const timer = setInterval(() => res.write('.'), 200);
      req.socket.on('close', () => {
        clearInterval(timer);
        closedEarly.add('wrong-type');
      });
    },
    '/not-found': (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>gone</h1>'),
    '/broken': (_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('oops'),
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(timer));
    },
    '/silent': () => {},
    '/set-cookie': (_req, res) =>
      res.writeHead(302, { location: '/echo', 'set-cookie': 'session=abc; Path=/' }).end(),
    '/echo': (req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(req.headers)),
    '/image': (_req, res) =>
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50])),
  });
  // A server that lies about its framing: a small Content-Length and a chunked body without end.
  raw = net.createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => {
      socket.write(
        'HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 10\r\ntransfer-encoding: chunked\r\n\r\n',
      );
      const write = () => {
        if (socket.destroyed) return;
        if (socket.write(`${CHUNK.length.toString(16)}\r\n${CHUNK}\r\n`)) setImmediate(write);
        else socket.once('drain', write);
      };
      write();
    });
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  rawPort = (raw.address() as net.AddressInfo).port;
  fetcher = createSafeFetcher({
    resolver: createDnsResolver(['127.0.0.1:9'], { timeoutMs: 500, tries: 1 }),
    userAgent: 'Vigie-test/1 (+https://hotline.example)',
    timeoutMs: 10_000,
    maxBytes: MAX,
    allowForTests: ['127.0.0.1'],
  });
});

after(async () => {
  await fetcher.close();
  await site.close();
  await new Promise<void>((resolve) => raw.close(() => resolve()));
});

function expectStop(outcome: FetchOutcome, refused: boolean, code: string) {
  assert.ok(!outcome.ok && outcome.refused === refused && outcome.code === code, JSON.stringify(outcome));
}

/** The server's side of a close arrives a moment after the client's: wait for it, boundedly. */
async function closedSoon(name: string): Promise<boolean> {
  for (let i = 0; i < 50 && !closedEarly.has(name); i++) await new Promise((r) => setTimeout(r, 50));
  return closedEarly.has(name);
}

async function timed(run: () => Promise<FetchOutcome>) {
  const started = Date.now();
  const outcome = await run();
  return { outcome, ms: Date.now() - started };
}

describe('size', () => {
  test('a body without a length is counted while it streams and refused at the limit', async () => {
    const { outcome, ms } = await timed(() => fetcher.fetch(`${site.origin}/huge`));
    expectStop(outcome, true, 'too_large');
    assert.ok(ms < 8_000, `took ${ms} ms`);
    assert.ok(await closedSoon('huge'), 'the connection was not closed at the limit');
  });

  test('a declared length over the limit is refused before reading; a false small one changes nothing', async () => {
    expectStop(await fetcher.fetch(`${site.origin}/declared-huge`), true, 'too_large');
    assert.ok(await closedSoon('declared-huge'));
    const lying = await fetcher.fetch(`http://127.0.0.1:${rawPort}/`);
    expectStop(lying, false, 'http_error');
    assert.match(lying.ok ? '' : lying.reason, /does not match its Content-Length/);
  });

  test('a gzip bomb is refused by its decompressed size', async () => {
    assert.ok(bomb.length < MAX, 'the bomb fits the limit on the wire');
    expectStop(await fetcher.fetch(`${site.origin}/bomb`), true, 'too_large');
  });

  test('gzip and brotli bodies are decoded; headers are kept as received', async () => {
    for (const path of ['/gzip', '/br', '/page']) {
      const outcome = await fetcher.fetch(`${site.origin}${path}`);
      assert.ok(outcome.ok, JSON.stringify(outcome));
      assert.ok(outcome.body.equals(original), path);
    }
    const gzip = await fetcher.fetch(`${site.origin}/gzip`);
    assert.ok(gzip.ok && gzip.headers['content-encoding'] === 'gzip');
  });

  test('a per-fetch limit applies', async () => {
    expectStop(await fetcher.fetch(`${site.origin}/page`, { maxBytes: 100 }), true, 'too_large');
  });
});

describe('time', () => {
  test('a body that trickles past the limit is stopped at the deadline', async () => {
    const { outcome, ms } = await timed(() => fetcher.fetch(`${site.origin}/slow`, { timeoutMs: 1_500 }));
    expectStop(outcome, false, 'timeout');
    assert.ok(ms >= 1_400 && ms < 6_000, `took ${ms} ms`);
  });

  test('a server that never answers is a timeout, not a hang', async () => {
    const { outcome, ms } = await timed(() => fetcher.fetch(`${site.origin}/silent`, { timeoutMs: 1_000 }));
    expectStop(outcome, false, 'timeout');
    assert.ok(ms < 6_000, `took ${ms} ms`);
  });

  test('a closed port is a failure, not an exception', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expectStop(await fetcher.fetch(`http://127.0.0.1:${port}/`), false, 'connect_refused');
  });
});

describe('types and statuses', () => {
  test('a type not asked for is refused before its body is read', async () => {
    const { outcome, ms } = await timed(() =>
      fetcher.fetch(`${site.origin}/wrong-type`, { accept: ['image/*', 'video/mp4'] }),
    );
    expectStop(outcome, true, 'content_type');
    assert.ok(ms < 5_000, `took ${ms} ms: the endless body was being read`);
    assert.ok(await closedSoon('wrong-type'), 'the endless body was left open');
    const image = await fetcher.fetch(`${site.origin}/image`, { accept: ['image/*'] });
    assert.ok(image.ok && image.contentType === 'image/png');
  });

  test('404 and 500 are outcomes with their status and body', async () => {
    const gone = await fetcher.fetch(`${site.origin}/not-found`);
    assert.ok(
      gone.ok && gone.status === 404 && gone.body.toString() === '<h1>gone</h1>',
      JSON.stringify(gone),
    );
    const broken = await fetcher.fetch(`${site.origin}/broken`);
    assert.ok(broken.ok && broken.status === 500 && broken.body.toString() === 'oops');
    const goneAsImage = await fetcher.fetch(`${site.origin}/not-found`, { accept: ['image/*'] });
    assert.ok(goneAsImage.ok && goneAsImage.status === 404 && goneAsImage.body.length === 0);
  });

  test('HEAD asks for headers only', async () => {
    const head = await fetcher.fetch(`${site.origin}/page`, { method: 'HEAD' });
    assert.ok(head.ok && head.status === 200 && head.body.length === 0);
    assert.equal(site.requests.at(-1)?.method, 'HEAD');
    const large = await fetcher.fetch(`${site.origin}/declared-huge`, { method: 'HEAD' });
    assert.ok(large.ok && large.headers['content-length'] === String(10 * MAX), JSON.stringify(large));
  });
});

test('sends its User-Agent, never a cookie or a referrer, even after Set-Cookie and a redirect', async () => {
  const outcome = await fetcher.fetch(`${site.origin}/set-cookie`, {
    headers: { Cookie: 'a=b', referer: 'https://staff.example/item/1', accept: 'application/rdap+json' },
  });
  assert.ok(outcome.ok, JSON.stringify(outcome));
  assert.equal(outcome.redirects.length, 1);
  const sent = JSON.parse(outcome.body.toString());
  assert.equal(sent['user-agent'], 'Vigie-test/1 (+https://hotline.example)');
  assert.equal(sent.cookie, undefined);
  assert.equal(sent.referer, undefined);
  assert.equal(sent.accept, 'application/rdap+json');
  assert.match(sent['accept-encoding'], /gzip/);
  const first = site.requests.find((r) => r.url === '/set-cookie');
  assert.equal(first?.headers.cookie, undefined);
  assert.equal(first?.headers['user-agent'], 'Vigie-test/1 (+https://hotline.example)');
});
