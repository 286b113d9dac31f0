/**
 * Screenshots by Debian's chromium, fed only by the safe fetcher. The page shows a green image its
 * site serves and red ones on a refused private address and on a loopback address the test does not
 * allow (a second site that must never see a connection); a script would paint the page red, and
 * preconnect/prefetch hints point at that second site. The picture must hold the green, no red, and
 * the stylesheet's blue bar the fetcher fetched. Skipped, saying so, where chromium is not installed.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { type SiteHandler, startTestSite, type TestSite } from '../../testing/http-site.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { reportItem } from '../triage/workspace.testing.ts';
import { runDueCaptures } from './capture.jobs.ts';
import type { Capture } from './capture.schemas.ts';
import { TEST_USER_AGENT, testCaptureContext, testFetcher } from './capture.testing.ts';
import { createScreenshotTaker, VIEWPORT } from './screenshot.ts';

const CHROMIUM = process.env.VIGIE_CHROMIUM ?? '/usr/bin/chromium';
const skip = fs.existsSync(CHROMIUM) ? false : `chromium is not installed at ${CHROMIUM} (VIGIE_CHROMIUM)`;

const solid = (r: number, g: number, b: number) =>
  sharp({ create: { width: 300, height: 300, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();

let t: TestApp;
let ana: StaffAgent;
let dns: TestDnsServer;
let site: TestSite;
let canary: TestSite;
let green: Buffer;
let red: Buffer;

const send =
  (type: string, body: () => Buffer | string): SiteHandler =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': type }).end(body());

/** The page under test; `script` and hints that a browser left to itself would act on. */
const page = () => `<!doctype html><html><head>
  <link rel="preconnect" href="http://127.0.0.2:${canary.port}">
  <link rel="dns-prefetch" href="http://elsewhere.test">
  <link rel="prefetch" href="http://127.0.0.2:${canary.port}/prefetched.png">
  <link rel="stylesheet" href="/style.css">
  <style>body { margin: 0; background: #fff } img { display: block; width: 300px; height: 300px }</style>
</head><body>
  <img src="/green.png" alt="">
  <img src="http://10.0.0.1/red.png" alt="">
  <img src="http://127.0.0.2:${canary.port}/red.png" alt="">
  <script>document.body.style.background = 'rgb(255, 0, 0)'</script>
</body></html>`;

before(async () => {
  if (skip) return;
  t = await createTestApp({ VIGIE_CHROMIUM: CHROMIUM });
  ana = await signedInStaff(t, 'analyst');
  green = await solid(0, 200, 0);
  red = await solid(255, 0, 0);
  canary = await startTestSite(
    { '/red.png': send('image/png', () => red), '/prefetched.png': send('image/png', () => red) },
    { host: '127.0.0.2' },
  );
  dns = await startDnsServer({});
  site = await startTestSite({
    '/shot': send('text/html; charset=utf-8', page),
    '/green.png': send('image/png', () => green),
    '/style.css': send('text/css', () => 'body { border-top: 40px solid rgb(0, 0, 255) }'),
  });
});

after(async () => {
  if (skip) return;
  await site.close();
  await canary.close();
  await dns.close();
  await t.close();
});

/** Pixels of a PNG that are mostly one primary colour. */
async function countColours(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let green = 0;
  let red = 0;
  let blue = 0;
  for (let i = 0; i < data.length; i += 3) {
    const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
    if (g > 150 && r < 60 && b < 60) green++;
    if (r > 200 && g < 60 && b < 60) red++;
    if (b > 200 && r < 60 && g < 60) blue++;
  }
  return { green, red, blue, width: info.width, height: info.height };
}

describe('screenshots', { skip }, () => {
  test('a capture of a hate-speech page gets a screenshot showing only what the fetcher served', async () => {
    const ctx = testCaptureContext(t, testFetcher(dns.address));
    try {
      const item = await reportItem(t, { url: `${site.origin}/shot`, category: 'hate_racial_religious' });
      const asked = await ana.inject({ method: 'POST', url: `/api/items/${item.id}/captures` });
      assert.equal(asked.statusCode, 202, asked.body);
      await runDueCaptures(ctx);
      const c: Capture = (await ana.inject({ url: `/api/captures/${asked.json().capture.id}` })).json()
        .capture;
      assert.equal(c.state, 'done');
      assert.equal(c.screenshot?.outcome, 'stored', c.screenshot?.reason ?? '');
      assert.ok(c.screenshot_media_id);

      const media = (await ana.inject({ url: `/api/items/${item.id}/media` })).json().media;
      const shot = media.find((m: { id: string }) => m.id === c.screenshot_media_id);
      assert.equal(shot.kind, 'screenshot');
      assert.equal(shot.content_type, 'image/png');
      assert.match(shot.pdq, /^[0-9a-f]{64}$/);
      assert.ok(shot.preview_url, 'blurred preview by default, like any image');
      const png = (await ana.inject({ url: `/api/media/${shot.id}/content` })).rawPayload;
      const seen = await countColours(png);
      assert.equal(seen.width, VIEWPORT.width);
      assert.ok(seen.green > 300 * 300 * 0.9, `the served image is there (${seen.green} green pixels)`);
      assert.equal(seen.red, 0, 'no refused image, and no script ran');
      assert.ok(seen.blue > 1280 * 30, 'the stylesheet came through the fetcher');

      // Everything the browser used came through the fetcher, or from what the capture had already
      // fetched (the green image was asked for once, by the media step).
      for (const request of site.requests) assert.equal(request.headers['user-agent'], TEST_USER_AGENT);
      assert.equal(site.requests.filter((r) => r.url === '/green.png').length, 1);
      assert.equal(site.requests.filter((r) => r.url === '/style.css').length, 1);
      assert.equal(canary.connections(), 0, 'nothing reached the address the test does not allow');
    } finally {
      await ctx.close();
    }
  });

  test('the browser reaches nothing by itself: only the stored document and what the fetcher gives it', async () => {
    const before = site.requests.length;
    const take = createScreenshotTaker({ chromium: CHROMIUM });
    const result = await take({
      url: `${site.origin}/shot`,
      body: Buffer.from(page()),
      contentType: 'text/html',
      known: new Map(),
      fetcher: testFetcher(dns.address),
      maxBytes: 1024 * 1024,
    });
    assert.ok(result.ok, result.ok ? '' : result.reason);
    const requested = site.requests.slice(before).map((r) => r.url);
    assert.deepEqual(
      requested.sort(),
      ['/green.png', '/style.css'],
      'the document itself is never fetched again',
    );
    assert.equal(canary.connections(), 0);
    for (const line of result.escapes) assert.doesNotMatch(line, /127\.0\.0|\.test/);
  });

  test('a time limit ends a render that takes too long, with the reason', async () => {
    const take = createScreenshotTaker({ chromium: CHROMIUM, timeLimitMs: 1 });
    const result = await take({
      url: `${site.origin}/shot`,
      body: Buffer.from(page()),
      contentType: 'text/html',
      known: new Map(),
      fetcher: testFetcher(dns.address),
      maxBytes: 1024,
    });
    assert.equal(result.ok, false);
    assert.equal(result.ok ? '' : result.outcome, 'failed');
  });
});

test('without chromium a screenshot is "unavailable", without trying anything', async () => {
  const take = createScreenshotTaker({ chromium: '/nonexistent/chromium' });
  const result = await take({
    url: 'http://127.0.0.1:9/never',
    body: Buffer.from('<p>'),
    contentType: 'text/html',
    known: new Map(),
    fetcher: testFetcher('127.0.0.1:9'),
    maxBytes: 1,
  });
  assert.deepEqual(result, {
    ok: false,
    outcome: 'unavailable',
    reason: 'screenshot unavailable: no chromium at /nonexistent/chromium (VIGIE_CHROMIUM)',
    escapes: [],
  });
});
