/**
 * Evidence capture end to end: an analyst asks through the API, the capture job fetches the item's
 * URL from real HTTP servers on 127.0.0.1 through the safe fetcher (its test allow-list names
 * 127.0.0.1 only; names resolve at a test DNS server), and the evidence store keeps what it got.
 * A second site on 127.0.0.2 stands for everything not allowed: it must never see a connection.
 * Screenshots are screenshot.test.ts's; here chromium is pointed at a path that does not exist.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import type http from 'node:http';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { type SiteHandler, startTestSite, type TestSite } from '../../testing/http-site.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { filesUnder, minimalMp4, syntheticImage } from '../evidence/evidence.testing.ts';
import { reportItem } from '../triage/workspace.testing.ts';
import { runDueCaptures } from './capture.jobs.ts';
import { takeDueCaptures } from './capture.queries.ts';
import type { Capture } from './capture.schemas.ts';
import { TEST_USER_AGENT, testCaptureContext, testFetcher } from './capture.testing.ts';
import { MAX_ATTEMPTS, runCapture } from './capture-run.ts';
import { createScreenshotTaker } from './screenshot.ts';

let t: TestApp;
let ana: StaffAgent;
let bob: StaffAgent;
let lia: StaffAgent;
let dns: TestDnsServer;
let site: TestSite;
let canary: TestSite;
let ctx: ReturnType<typeof testCaptureContext>;
let images: Record<string, Buffer>;
let flaky = 0;

/** An HTML page; a function body is built per request (it may name the sites' ports). */
const html =
  (body: string | (() => string)): SiteHandler =>
  (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'session=secret' })
      .end(typeof body === 'string' ? body : body());
const file =
  (type: string, bytes: () => Buffer): SiteHandler =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': type }).end(bytes());
const redirect =
  (location: string | (() => string), status = 302): SiteHandler =>
  (_req, res) =>
    res.writeHead(status, { location: typeof location === 'string' ? location : location() }).end();

/** Sends a body a few bytes at a time, far slower than the fetcher waits. */
const slow: SiteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  const timer = setInterval(() => res.write('<p>'), 200);
  req.socket.on('close', () => clearInterval(timer));
};

before(async () => {
  t = await createTestApp({ VIGIE_CHROMIUM: '/nonexistent/chromium' });
  ana = await signedInStaff(t, 'analyst', { displayName: 'Ana' });
  bob = await signedInStaff(t, 'analyst', { displayName: 'Bob' });
  lia = await signedInStaff(t, 'liaison_officer', { displayName: 'Lia' });
  images = {
    a: await syntheticImage('png', { width: 120, height: 90, seed: 11 }),
    large: await syntheticImage('jpeg', { width: 200, height: 150, seed: 12 }),
    small: await syntheticImage('jpeg', { width: 60, height: 45, seed: 13 }),
    og: await syntheticImage('webp', { width: 100, height: 100, seed: 14 }),
    abs: await syntheticImage('gif', { width: 80, height: 60, seed: 15 }),
    item: await syntheticImage('png', { width: 160, height: 120, seed: 16 }),
    csam: await syntheticImage('png', { width: 160, height: 120, seed: 18 }),
    mislabelled: await syntheticImage('jpeg', { width: 90, height: 90, seed: 17 }),
  };
  canary = await startTestSite(
    { '/red.png': file('image/png', () => images.a as Buffer) },
    { host: '127.0.0.2' },
  );
  dns = await startDnsServer({ 'private.test': { A: ['10.0.0.1'] }, 'site.test': { A: ['127.0.0.1'] } });
  site = await startTestSite({
    '/page': html(
      () => `<html><head><meta property="og:image" content="/og.webp"></head><body>
      <img src="img/a.png"><img src="img/a.png#twice">
      <img src="/small.jpg" srcset="/small.jpg 60w, /large.jpg 200w">
      <img src="http://127.0.0.1:${site.port}/abs.gif">
      <img src="http://10.0.0.1/private.png"><img src="http://private.test/named.png">
      <img src="http://127.0.0.2:${canary.port}/red.png">
      <img src="/gone.png"><img src="/not-an-image.png"><img src="/wrongly-named.png">
      <video><source src="/clip.mp4"></video></body></html>`,
    ),
    '/img/a.png': file('image/png', () => images.a as Buffer),
    '/large.jpg': file('image/jpeg', () => images.large as Buffer),
    '/small.jpg': file('image/jpeg', () => images.small as Buffer),
    '/og.webp': file('image/webp', () => images.og as Buffer),
    '/abs.gif': file('image/gif', () => images.abs as Buffer),
    '/not-an-image.png': file('image/png', () => Buffer.from('<html>not an image</html>')),
    '/wrongly-named.png': file('image/jpg', () => images.mislabelled as Buffer),
    '/clip.mp4': file('video/mp4', () => minimalMp4('capture')),
    '/start': redirect('/moved', 301),
    '/moved': redirect(() => `http://site.test:${site.port}/page`, 302),
    '/image.png': file('image/png', () => images.item as Buffer),
    '/hashes-only.png': file('image/png', () => images.csam as Buffer),
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.alloc(3 * 1024 * 1024, 'a'));
    },
    '/slow': slow,
    '/pdf': file('application/pdf', () => Buffer.from('%PDF-1.4')),
    '/flaky': (req, res) => {
      flaky += 1;
      if (flaky === 1) return res.writeHead(503, { 'content-type': 'text/html' }).end('busy');
      return html('<p>back</p>')(req, res);
    },
    '/to-private': redirect('http://10.0.0.1/'),
    '/few': html('<img src="/img/a.png"><img src="/large.jpg"><img src="/og.webp"><img src="/abs.gif">'),
  });
  ctx = testCaptureContext(t, testFetcher(dns.address));
});

after(async () => {
  await ctx.close();
  await site.close();
  await canary.close();
  await dns.close();
  await t.close();
});

beforeEach(() => {
  flaky = 0;
});

/** The site's URL for a path, by address (127.0.0.1) or by name (site.test). */
const at = (path: string, host = '127.0.0.1') => `http://${host}:${site.port}${path}`;

async function itemAt(path: string, category = 'hate_racial_religious') {
  return reportItem(t, { url: `${at(path)}?n=${crypto.randomUUID()}`, category });
}

async function ask(agent: StaffAgent, itemId: string) {
  return agent.inject({ method: 'POST', url: `/api/items/${itemId}/captures` });
}

/** Asks for a capture, runs the job, returns the capture as the API shows it. */
async function capture(path: string, category?: string): Promise<Capture> {
  const item = await itemAt(path, category);
  const res = await ask(ana, item.id);
  assert.equal(res.statusCode, 202, res.body);
  await runDueCaptures(ctx);
  const read = await ana.inject({ url: `/api/captures/${res.json().capture.id}` });
  assert.equal(read.statusCode, 200, read.body);
  return read.json().capture;
}

const mediaRow = async (id: string) =>
  (await ana.inject({ url: `/api/items/${(await itemOfMedia(id)) ?? ''}/media` }))
    .json()
    .media.find((m: { id: string }) => m.id === id);
async function itemOfMedia(id: string): Promise<string | undefined> {
  const [row] = rowsOf<{ item_id: string }>(
    await t.database.db.execute(sql`select item_id from item_media where id = ${id}`),
  );
  return row?.item_id;
}
const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

describe('capturing a page', () => {
  test('the page and its embedded media are stored; refused, failed and missing ones say why', async () => {
    const requestsBefore = site.requests.length;
    const c = await capture('/page');
    assert.equal(c.state, 'done');
    assert.equal(c.status, 200);
    assert.equal(c.address, '127.0.0.1');
    assert.equal(c.error, null);
    assert.ok(c.page_media_id);
    assert.equal(c.response_headers?.['content-type'], 'text/html; charset=utf-8');
    assert.equal(c.response_headers?.['set-cookie'], undefined, 'a session cookie is not evidence');
    assert.deepEqual(c.retention.keep, 'original');
    const byPath = Object.fromEntries(c.media.map((m) => [new URL(m.url).pathname, m]));
    assert.deepEqual(
      c.media.map((m) => new URL(m.url).pathname),
      [
        '/og.webp',
        '/img/a.png',
        '/large.jpg',
        '/abs.gif',
        '/private.png',
        '/named.png',
        '/red.png',
        '/gone.png',
        '/not-an-image.png',
        '/wrongly-named.png',
        '/clip.mp4',
      ],
      'the og:image first, relative and absolute URLs resolved, the largest srcset candidate, each once',
    );
    for (const path of [
      '/og.webp',
      '/img/a.png',
      '/large.jpg',
      '/abs.gif',
      '/wrongly-named.png',
      '/clip.mp4',
    ]) {
      assert.equal(byPath[path]?.outcome, 'stored', path);
      assert.ok(byPath[path]?.media_id, path);
    }
    assert.equal(byPath['/private.png']?.outcome, 'refused');
    assert.equal(byPath['/private.png']?.code, 'address_private');
    assert.equal(byPath['/named.png']?.code, 'address_private', 'a name that resolves to a private address');
    assert.equal(byPath['/red.png']?.code, 'address_loopback', 'loopback beyond the allow-list');
    assert.equal(byPath['/gone.png']?.outcome, 'failed');
    assert.equal(byPath['/gone.png']?.code, 'http_status');
    assert.equal(byPath['/not-an-image.png']?.outcome, 'refused');
    assert.equal(byPath['/not-an-image.png']?.code, 'unsupported_media');

    // What was stored: the page's own bytes as HTML, media by their real type, hashes of the bytes.
    const page = await mediaRow(c.page_media_id as string);
    assert.equal(page.kind, 'page');
    assert.equal(page.content_type, 'text/html');
    assert.equal(page.origin, 'capture');
    assert.equal(page.capture_id, c.id);
    assert.equal(page.preview_url, null);
    const large = await mediaRow(byPath['/large.jpg']?.media_id as string);
    assert.equal(large.sha256, sha256(images.large as Buffer));
    assert.match(large.pdq, /^[0-9a-f]{64}$/);
    assert.ok(large.preview_url, 'an image gets its blurred preview');
    const mislabelled = await mediaRow(byPath['/wrongly-named.png']?.media_id as string);
    assert.equal(
      mislabelled.content_type,
      'image/jpeg',
      'the type its bytes show, not the one it was served as',
    );
    assert.equal((await mediaRow(byPath['/clip.mp4']?.media_id as string)).kind, 'video');

    // The fetcher fetched, and nothing else did: every request the site saw carries its User-Agent,
    // the smaller srcset candidate was never asked for, the canary saw no connection at all.
    const seen = site.requests.slice(requestsBefore);
    assert.deepEqual(
      seen.map((r) => r.url).sort(),
      [
        '/abs.gif',
        '/clip.mp4',
        '/gone.png',
        '/img/a.png',
        '/large.jpg',
        '/not-an-image.png',
        '/og.webp',
        seen[0]?.url,
        '/wrongly-named.png',
      ].sort(),
      'the page once, each media once; never the smaller srcset candidate',
    );
    for (const request of seen) assert.equal(request.headers['user-agent'], TEST_USER_AGENT, request.url);
    assert.equal(canary.connections(), 0);

    // The page itself goes out as text, never rendered.
    const content = await ana.inject({ url: `/api/media/${c.page_media_id}/content` });
    assert.equal(content.statusCode, 200);
    assert.equal(content.headers['content-type'], 'text/plain; charset=utf-8');
    assert.equal(content.headers['content-security-policy'], "sandbox; default-src 'none'");
    assert.equal(content.headers['x-content-type-options'], 'nosniff');
    assert.match(content.body, /<img src="img\/a.png">/);

    // Without chromium the rest still works, and the capture says why there is no screenshot.
    assert.equal(c.screenshot?.outcome, 'unavailable');
    assert.match(c.screenshot?.reason ?? '', /screenshot unavailable/);
    assert.equal(c.screenshot_media_id, null);
  });

  test('a redirect chain is recorded hop by hop, with the address of each', async () => {
    const c = await capture('/start');
    assert.equal(c.state, 'done');
    assert.deepEqual(
      c.redirects.map((hop) => [new URL(hop.url).pathname, hop.status, hop.address]),
      [
        ['/start', 301, '127.0.0.1'],
        ['/moved', 302, '127.0.0.1'],
      ],
    );
    assert.equal(c.final_url, at('/page', 'site.test'));
    assert.ok(c.page_media_id);
  });

  test('a URL that is itself an image is stored as an image; no screenshot applies', async () => {
    const c = await capture('/image.png');
    assert.equal(c.state, 'done');
    assert.deepEqual(c.media, []);
    const media = await mediaRow(c.page_media_id as string);
    assert.equal(media.kind, 'image');
    assert.equal(media.sha256, sha256(images.item as Buffer));
    assert.equal(c.screenshot?.outcome, 'not_applicable');
  });

  test('a 404 is recorded as evidence of removal, and nothing is stored', async () => {
    const c = await capture('/no-such-page');
    assert.equal(c.state, 'done');
    assert.equal(c.status, 404);
    assert.equal(c.page_media_id, null);
    assert.equal(c.error, null);
    assert.deepEqual(c.media, []);
  });

  test('a body over the limit, a wrong type and a redirect to a private address fail with the fetcher’s reason', async () => {
    const before = filesUnder(t.config.blobDir).length;
    const huge = await capture('/huge');
    assert.equal(huge.state, 'failed');
    assert.equal(huge.error?.code, 'too_large');
    const pdf = await capture('/pdf');
    assert.equal(pdf.state, 'failed');
    assert.equal(pdf.error?.code, 'content_type');
    const privateHop = await capture('/to-private');
    assert.equal(privateHop.state, 'failed');
    assert.equal(privateHop.error?.code, 'address_private');
    assert.equal(privateHop.redirects.length, 1);
    assert.equal(filesUnder(t.config.blobDir).length, before, 'nothing stored');
  });

  test('a slow body times out; the capture is retried with back-off, then fails with the reason', async () => {
    const slowCtx = testCaptureContext(t, testFetcher(dns.address, { timeoutMs: 500 }));
    try {
      const item = await itemAt('/slow');
      const id = (await ask(ana, item.id)).json().capture.id;
      let clock = Date.now();
      await runDueCaptures(slowCtx, () => new Date(clock));
      let c: Capture = (await ana.inject({ url: `/api/captures/${id}` })).json().capture;
      assert.equal(c.state, 'queued', 'a time-out is transient');
      assert.equal(c.attempts, 1);
      assert.equal(c.error?.code, 'timeout');
      assert.equal(await runDueCaptures(slowCtx, () => new Date(clock)), 0, 'not before its back-off');
      for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
        clock += 60 * 60_000;
        assert.equal(await runDueCaptures(slowCtx, () => new Date(clock)), 1);
      }
      c = (await ana.inject({ url: `/api/captures/${id}` })).json().capture;
      assert.equal(c.state, 'failed');
      assert.equal(c.attempts, MAX_ATTEMPTS);
      assert.equal(c.error?.code, 'timeout');
      assert.ok(c.finished_at);
    } finally {
      await slowCtx.close();
    }
  });

  test('a 503 is retried, and the next attempt stores the page', async () => {
    const item = await itemAt('/flaky');
    const id = (await ask(ana, item.id)).json().capture.id;
    await runDueCaptures(ctx);
    let c: Capture = (await ana.inject({ url: `/api/captures/${id}` })).json().capture;
    assert.equal(c.state, 'queued');
    assert.equal(c.error?.code, 'http_status');
    await runDueCaptures(ctx, () => new Date(Date.now() + 2 * 60_000));
    c = (await ana.inject({ url: `/api/captures/${id}` })).json().capture;
    assert.equal(c.state, 'done');
    assert.equal(c.attempts, 2);
    assert.equal(c.error, null);
    assert.ok(c.page_media_id);
  });

  test('the embedded media stop at the configured number; the rest are listed as skipped', async () => {
    const few = testCaptureContext(t, testFetcher(dns.address), { maxMedia: 2 });
    try {
      const item = await itemAt('/few');
      const id = (await ask(ana, item.id)).json().capture.id;
      await runDueCaptures(few);
      const c: Capture = (await ana.inject({ url: `/api/captures/${id}` })).json().capture;
      assert.deepEqual(
        c.media.map((m) => m.outcome),
        ['stored', 'stored', 'skipped', 'skipped'],
      );
    } finally {
      await few.close();
    }
  });
});

describe('asking for a capture', () => {
  test('202 with the queued capture; asking again while it waits answers with the same one', async () => {
    const item = await itemAt('/page');
    const first = await ask(ana, item.id);
    assert.equal(first.statusCode, 202, first.body);
    const queued: Capture = first.json().capture;
    assert.equal(queued.state, 'queued');
    assert.equal(queued.url, item.url);
    assert.deepEqual(queued.requested_by, { id: ana.id, display_name: 'Ana' });
    assert.equal(queued.screenshot, null);
    const again = await ask(ana, item.id);
    assert.equal(again.statusCode, 202);
    assert.equal(again.json().capture.id, queued.id);
    const list = await lia.inject({ url: `/api/items/${item.id}/captures` });
    assert.equal(list.statusCode, 200, 'the whole workspace reads capture records');
    assert.deepEqual(
      list.json().captures.map((c: Capture) => c.id),
      [queued.id],
    );
    await runDueCaptures(ctx);
  });

  test('refused while someone else holds the claim; refused to roles that do not handle media', async () => {
    const item = await itemAt('/page');
    assert.equal((await bob.inject({ method: 'POST', url: `/api/items/${item.id}/claim` })).statusCode, 200);
    const refused = await ask(ana, item.id);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'item.claimed');
    assert.equal((await ask(lia, item.id)).statusCode, 403);
    assert.deepEqual((await ana.inject({ url: `/api/items/${item.id}/captures` })).json().captures, []);
    const byHolder = await ask(bob, item.id);
    assert.equal(byHolder.statusCode, 202, 'the holder may');
    await runDueCaptures(ctx);
  });

  test('unknown ids: 404 with a stable code; no CSRF header: 403', async () => {
    const unknown = crypto.randomUUID();
    assert.equal((await ask(ana, unknown)).json().error.code, 'item.not_found');
    assert.equal(
      (await ana.inject({ url: `/api/items/${unknown}/captures` })).json().error.code,
      'item.not_found',
    );
    assert.equal(
      (await ana.inject({ url: `/api/captures/${unknown}` })).json().error.code,
      'capture.not_found',
    );
    assert.equal((await ana.inject({ url: '/api/captures/not-a-uuid' })).statusCode, 400);
    const item = await itemAt('/page');
    const noCsrf = await ana.inject({
      method: 'POST',
      url: `/api/items/${item.id}/captures`,
      headers: { 'x-csrf-token': '' },
    });
    assert.equal(noCsrf.statusCode, 403);
  });

  test('the item history shows who asked, what the media records are, and how the capture ended', async () => {
    const c = await capture('/image.png');
    const history = (await ana.inject({ url: `/api/items/${c.item_id}/history` })).json();
    const events = history.entries.filter((e: { kind: string }) => e.kind === 'event');
    assert.deepEqual(
      events.map((e: { action: string; actor_label: string }) => [e.action, e.actor_label]),
      [
        ['capture.requested', ana.email],
        ['media.added', ana.email],
        ['capture.completed', 'system'],
      ],
    );
    const completed = events[2].details;
    assert.equal(completed.capture_id, c.id);
    assert.equal(completed.page_stored, true);
    assert.equal(completed.status, 200);
    assert.equal(JSON.stringify(completed).includes('127.0.0.1'), false, 'no URL in the audit details');
    assert.equal(events[1].details.origin, 'capture');
  });
});

describe('a capture run twice', () => {
  test('a worker presumed dead that finishes late records nothing twice: no second record, no second event', async () => {
    const item = await itemAt('/few');
    const id = (await ask(ana, item.id)).json().capture.id;
    const start = Date.now();
    // Worker A takes the capture with a one-second lease, then goes quiet.
    const [late] = await t.database.db.transaction((tx) =>
      takeDueCaptures(tx, new Date(start), new Date(start + 1_000), 1),
    );
    assert.equal(late?.id, id);
    // Worker B finds the lease expired and does the work.
    assert.equal(await runDueCaptures(ctx, () => new Date(start + 5_000)), 1);
    // A wakes up and does it all again.
    await runCapture(ctx, late as NonNullable<typeof late>);
    const c: Capture = (await ana.inject({ url: `/api/captures/${id}` })).json().capture;
    assert.equal(c.state, 'done');
    assert.equal(c.attempts, 2);
    const media = (await ana.inject({ url: `/api/items/${item.id}/media` })).json().media;
    assert.equal(media.length, 5, 'the page and its four images, once each');
    const counts = rowsOf<{ action: string; n: number }>(
      await t.database.db.execute(sql`
        select action, count(*)::int as n from audit_events where target_id = ${item.id} group by action`),
    );
    assert.deepEqual(Object.fromEntries(counts.map((r) => [r.action, Number(r.n)])), {
      'capture.requested': 1,
      'media.added': 5,
      'capture.completed': 1,
    });
  });
});

describe('categories whose originals are not kept', () => {
  test('hashes only: the record has its hashes, PDQ and preview, the original is never written (410)', async () => {
    const before = filesUnder(t.config.blobDir).length;
    const c = await capture('/hashes-only.png', 'child_sexual_abuse_material');
    assert.equal(c.state, 'done');
    assert.deepEqual(c.retention, { keep: 'hashes_only' });
    const media = await mediaRow(c.page_media_id as string);
    assert.equal(media.sha256, sha256(images.csam as Buffer));
    assert.match(media.pdq, /^[0-9a-f]{64}$/);
    assert.ok(media.original_erased_at);
    assert.equal(filesUnder(t.config.blobDir).length, before + 1, 'the blurred preview only');
    const content = await ana.inject({ url: `/api/media/${media.id}/content` });
    assert.equal(content.statusCode, 410);
    assert.equal(content.json().error.code, 'media.original_erased');
    assert.equal((await ana.inject({ url: `/api/media/${media.id}/preview` })).statusCode, 200);
  });

  test('a page of a child-abuse category keeps only hashes and gets no screenshot', async () => {
    let asked = 0;
    const real = createScreenshotTaker({ chromium: '/nonexistent/chromium' });
    const counting = testCaptureContext(t, testFetcher(dns.address), {
      screenshots: (request) => {
        asked += 1;
        return real(request);
      },
    });
    try {
      const item = await itemAt('/few', 'child_sexual_abuse_material');
      const id = (await ask(ana, item.id)).json().capture.id;
      await runDueCaptures(counting);
      const c: Capture = (await ana.inject({ url: `/api/captures/${id}` })).json().capture;
      assert.equal(c.screenshot?.outcome, 'not_allowed');
      assert.equal(asked, 0, 'the browser was never asked');
      const media = (await ana.inject({ url: `/api/items/${item.id}/media` })).json().media;
      assert.equal(media.length, 5, 'the page and its four images');
      for (const m of media) assert.ok(m.original_erased_at, `${m.kind} kept as hashes only`);
    } finally {
      await counting.close();
    }
  });
});
