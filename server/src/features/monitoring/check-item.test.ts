/**
 * One removal check against real servers: HTTP on 127.0.0.1, the test DNS server for names (and
 * NXDOMAIN), a closed port for a refused connection; pictures made with sharp, never real media.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type net from 'node:net';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { createDnsResolver } from '../../platform/dns/resolver.ts';
import { createSafeFetcher, type SafeFetcher } from '../../platform/fetch/index.ts';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { type SiteHandler, startTestSite, type TestSite } from '../../testing/http-site.ts';
import type { CheckItem, CheckRecord, Fingerprints } from './check.types.ts';
import { imagePdq, sha256Hex } from './check-fingerprints.ts';
import { createItemChecker } from './check-item.ts';

/** A picture with structure (PDQ needs some): diagonal waves and a block, seeded by `seed`. */
function picture(seed: number, side = 256) {
  const pixels = Buffer.alloc(side * side * 3);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const i = (y * side + x) * 3;
      const wave = 128 + 100 * Math.sin((x * (seed + 2) + y * (3 - seed)) / 17);
      const block = x > side / 3 && x < (side * 2) / 3 && y > side / 4 && y < side / 2 ? 80 : 0;
      pixels[i] = Math.min(255, wave + block);
      pixels[i + 1] = (x * seed + y) % 256;
      pixels[i + 2] = 255 - wave;
    }
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 3 } });
}

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const send =
  (type: string, body: string | Buffer, status = 200): SiteHandler =>
  (_req, res) =>
    res.writeHead(status, { 'content-type': type }).end(body);
const html = (body: string, status = 200) => send('text/html; charset=utf-8', page(body), status);
const redirectTo =
  (location: string): SiteHandler =>
  (_req, res) =>
    res.writeHead(302, { location }).end();

let dns: TestDnsServer;
let site: TestSite;
let fetcher: SafeFetcher;
let check: CheckItem;
let closedPort: number;
let captured: Buffer;
let evidence: Fingerprints;
const capturedPage = page('<p>the reported page</p><img src="/image.jpg">');
const nothingCaptured: Fingerprints = { sha256: [], pdq: [] };

before(async () => {
  captured = await picture(1).jpeg({ quality: 90 }).toBuffer();
  const reencoded = await picture(1).resize(180, 180).webp({ quality: 40 }).toBuffer();
  const otherPicture = await picture(5).jpeg({ quality: 90 }).toBuffer();
  const capturedPdq = (await imagePdq(captured))?.hash as string;
  evidence = { sha256: [sha256Hex(Buffer.from(capturedPage)), sha256Hex(captured)], pdq: [capturedPdq] };

  site = await startTestSite({
    '/page': send('text/html', capturedPage),
    '/image.jpg': send('image/jpeg', captured),
    '/image-as-bytes': send('application/octet-stream', captured),
    '/reencoded.webp': send('image/webp', reencoded),
    '/other.jpg': send('image/jpeg', otherPicture),
    '/changed-page': html('<h1>New layout, comments</h1><img src="/logo.jpg"><img src="image.jpg">'),
    '/changed-page-reencoded': html('<picture><source srcset="/reencoded.webp 2x"></picture>'),
    '/soft-404': html('<h1>This page does not exist</h1><img src="/logo.jpg">'),
    '/logo.jpg': send('image/jpeg', otherPicture),
    '/text-not-found': send('text/plain', 'File not found'),
    '/missing': html('<h1>Not found</h1>', 404),
    '/gone': html('<h1>Gone</h1>', 410),
    '/to-missing': redirectTo('/missing'),
    '/to-dead-name': redirectTo('http://dead.test/x'),
    '/broken': html('<h1>Internal error</h1>', 500),
    '/page-with-broken-image': html('<img src="/broken-image.jpg">'),
    '/broken-image.jpg': send('text/plain', 'oops', 503),
    '/never': () => {},
  });
  dns = await startDnsServer((name) => (name === 'site.test' ? { A: ['127.0.0.1'] } : 'NXDOMAIN'));
  fetcher = createSafeFetcher({
    resolver: createDnsResolver([dns.address], { timeoutMs: 1_000, tries: 1 }),
    userAgent: 'Vigie-test/1',
    timeoutMs: 800,
    maxBytes: 1024 * 1024,
    allowForTests: ['127.0.0.1'],
  });
  check = createItemChecker({ fetcher });
  closedPort = await freePort();
});

after(async () => {
  await fetcher.close();
  await site.close();
  await dns.close();
});

const at = (path: string) => `http://site.test:${site.port}${path}`;
const expectCheck = (record: CheckRecord, outcome: string, reason: string) =>
  assert.deepEqual({ outcome: record.outcome, reason: record.reason }, { outcome, reason });

describe('online', () => {
  test('the same bytes: the page or the image as captured', async () => {
    const record = await check(at('/page'), evidence);
    expectCheck(record, 'online', 'same_bytes');
    assert.equal(record.status, 200);
    assert.equal(record.bodySha256, sha256Hex(Buffer.from(capturedPage)));
    assert.equal(record.pdq, null);

    const image = await check(at('/image.jpg'), evidence);
    expectCheck(image, 'online', 'same_bytes');
    assert.equal(image.pdq, evidence.pdq[0]);
    expectCheck(await check(at('/image-as-bytes'), evidence), 'online', 'same_bytes');
  });

  test('the image re-encoded at another size and quality is the same picture by PDQ', async () => {
    const record = await check(at('/reencoded.webp'), evidence);
    expectCheck(record, 'online', 'same_picture');
    assert.match(record.pdq ?? '', /^[0-9a-f]{64}$/);
    assert.notEqual(record.bodySha256, sha256Hex(captured));
  });

  test('a changed page that still embeds the captured image, as is or re-encoded', async () => {
    expectCheck(await check(at('/changed-page'), evidence), 'online', 'embeds_captured_media');
    expectCheck(await check(at('/changed-page-reencoded'), evidence), 'online', 'embeds_captured_media');
  });

  test('nothing captured to compare with: a 2xx answer cannot be called removed', async () => {
    expectCheck(await check(at('/soft-404'), nothingCaptured), 'online', 'answers_without_evidence');
  });
});

describe('removed', () => {
  test('404 and 410, also at the end of a redirect', async () => {
    const missing = await check(at('/missing'), evidence);
    expectCheck(missing, 'removed', 'not_found');
    assert.equal(missing.status, 404);
    expectCheck(await check(at('/gone'), evidence), 'removed', 'gone');

    const redirected = await check(at('/to-missing'), evidence);
    expectCheck(redirected, 'removed', 'not_found');
    assert.equal(redirected.finalUrl, at('/missing'));
  });

  test('a soft 404: a page answering 200 without the captured media', async () => {
    const record = await check(at('/soft-404'), evidence);
    expectCheck(record, 'removed', 'content_gone');
    assert.equal(record.status, 200);
    expectCheck(await check(at('/text-not-found'), evidence), 'removed', 'content_gone');
  });

  test('another picture at the image URL', async () => {
    expectCheck(await check(at('/other.jpg'), evidence), 'removed', 'content_gone');
  });

  test('the name no longer resolves, also after a redirect', async () => {
    const record = await check(`http://dead.test:${site.port}/item`, evidence);
    expectCheck(record, 'removed', 'name_gone');
    assert.equal(record.status, null);

    const redirected = await check(at('/to-dead-name'), evidence);
    expectCheck(redirected, 'removed', 'name_gone');
    assert.equal(redirected.finalUrl, 'http://dead.test/x');
  });

  test('the connection is refused', async () => {
    expectCheck(
      await check(`http://127.0.0.1:${closedPort}/item`, evidence),
      'removed',
      'connection_refused',
    );
  });
});

describe('inconclusive', () => {
  test('a server error and a timeout say nothing about the content', async () => {
    const broken = await check(at('/broken'), evidence);
    expectCheck(broken, 'inconclusive', 'http_error');
    assert.equal(broken.status, 500);
    const slow = await check(at('/never'), evidence);
    expectCheck(slow, 'inconclusive', 'timeout');
    // undici times out on coarse timers: the deadline of 800 ms may end a little early.
    assert.ok(slow.durationMs >= 400, `took ${slow.durationMs} ms`);
  });

  test('a page whose only media could not be fetched this time is not called removed', async () => {
    expectCheck(await check(at('/page-with-broken-image'), evidence), 'inconclusive', 'http_error');
  });
});

test('a record holds the fingerprints of the answer, never its body', async () => {
  const record = await check(at('/image.jpg'), evidence);
  assert.deepEqual(Object.keys(record).sort(), [
    'bodySha256',
    'durationMs',
    'finalUrl',
    'outcome',
    'pdq',
    'reason',
    'startedAt',
    'status',
  ]);
  assert.ok(record.startedAt instanceof Date);
  assert.equal(record.finalUrl, at('/image.jpg'));
});

test('embedded media fetched are bounded by maxEmbedded', async () => {
  const images = Array.from({ length: 6 }, (_, n) => `<img src="/many/${n}.jpg">`).join('');
  const many = await startTestSite({ '/': html(images) });
  try {
    const bounded = createItemChecker({ fetcher, maxEmbedded: 3 });
    expectCheck(await bounded(`http://127.0.0.1:${many.port}/`, evidence), 'removed', 'content_gone');
    assert.equal(many.requests.length, 1 + 3);
  } finally {
    await many.close();
  }
});

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
