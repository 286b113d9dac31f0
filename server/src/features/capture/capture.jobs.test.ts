/**
 * Capture's jobs: a requested capture is run by the queue without waiting for the next minute, and
 * the daily retention job erases captured originals when their category's period ends (a fake
 * clock stands for the days passing) or at once when the item now belongs to a hashes-only
 * category — keeping every record with its hashes, PDQ, preview and dates.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { createJobQueue } from '../../platform/jobs/index.ts';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { type SiteHandler, startTestSite, type TestSite } from '../../testing/http-site.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { filesUnder, syntheticImage } from '../evidence/evidence.testing.ts';
import { reportItem } from '../triage/workspace.testing.ts';
import { captureJobs, eraseExpiredOriginals, runDueCaptures } from './capture.jobs.ts';
import type { Capture } from './capture.schemas.ts';
import { testCaptureContext, testFetcher } from './capture.testing.ts';
import { createScreenshotTaker } from './screenshot.ts';

const DAY = 86_400_000;

let t: TestApp;
let ana: StaffAgent;
let dns: TestDnsServer;
let site: TestSite;
let ctx: ReturnType<typeof testCaptureContext>;
const images = new Map<string, Buffer>();

const send =
  (type: string, body: () => Buffer | string): SiteHandler =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': type }).end(body());

before(async () => {
  t = await createTestApp({ VIGIE_CHROMIUM: '/nonexistent/chromium' });
  ana = await signedInStaff(t, 'analyst');
  for (const [name, seed] of [
    ['one', 41],
    ['two', 42],
    ['three', 43],
  ] as const) {
    images.set(name, await syntheticImage('png', { width: 100, height: 80, seed }));
  }
  dns = await startDnsServer({});
  site = await startTestSite({
    '/page-one': send('text/html', () => '<h1>one</h1><img src="/one.png">'),
    '/page-two': send('text/html', () => '<h1>two</h1><img src="/two.png">'),
    '/one.png': send('image/png', () => images.get('one') as Buffer),
    '/two.png': send('image/png', () => images.get('two') as Buffer),
    '/three.png': send('image/png', () => images.get('three') as Buffer),
  });
  ctx = testCaptureContext(t, testFetcher(dns.address));
});

after(async () => {
  await ctx.close();
  await site.close();
  await dns.close();
  await t.close();
});

async function captured(path: string, category: string): Promise<Capture> {
  const item = await reportItem(t, { url: `${site.origin}${path}?n=${crypto.randomUUID()}`, category });
  const asked = await ana.inject({ method: 'POST', url: `/api/items/${item.id}/captures` });
  assert.equal(asked.statusCode, 202, asked.body);
  await runDueCaptures(ctx);
  return (await ana.inject({ url: `/api/captures/${asked.json().capture.id}` })).json().capture;
}

const contentStatus = async (mediaId: string) =>
  (await ana.inject({ url: `/api/media/${mediaId}/content` })).statusCode;
const storedIds = (c: Capture) => [c.page_media_id as string, ...c.media.map((m) => m.media_id as string)];

describe('retention of captured originals', () => {
  test('originals go when the category’s period ends; records, hashes and previews stay; audited', async () => {
    const c = await captured('/page-one', 'hate_racial_religious');
    assert.equal(c.retention.keep, 'original');
    const until = Date.parse(c.retention.keep === 'original' ? c.retention.until : '');
    assert.equal(until - Date.parse(c.requested_at), 90 * DAY, 'the French pack keeps 90 days');
    // The same image uploaded by hand to another item shares its encrypted file.
    const other = await reportItem(t);
    const upload = await ana.inject({
      method: 'POST',
      url: `/api/items/${other.id}/media`,
      payload: images.get('one'),
      headers: { 'content-type': 'image/png' },
    });
    assert.equal(upload.statusCode, 201, upload.body);
    const ids = storedIds(c);
    assert.equal(ids.length, 2);
    const files = filesUnder(t.config.blobDir).length;

    assert.equal(await eraseExpiredOriginals(ctx, new Date(until - 60_000)), 0, 'not a minute early');
    for (const id of ids) assert.equal(await contentStatus(id), 200);

    assert.equal(await eraseExpiredOriginals(ctx, new Date(until + 60_000)), 2);
    for (const id of ids) {
      const res = await ana.inject({ url: `/api/media/${id}/content` });
      assert.equal(res.statusCode, 410);
      assert.equal(res.json().error.code, 'media.original_erased');
      assert.ok(res.json().error.details.original_erased_at);
    }
    const media = (await ana.inject({ url: `/api/items/${c.item_id}/media` })).json().media;
    const image = media.find((m: { kind: string }) => m.kind === 'image');
    assert.ok(image.original_erased_at);
    assert.match(image.sha256, /^[0-9a-f]{64}$/);
    assert.match(image.pdq, /^[0-9a-f]{64}$/);
    assert.equal((await ana.inject({ url: image.preview_url })).statusCode, 200, 'the blurred preview stays');
    assert.equal(
      filesUnder(t.config.blobDir).length,
      files - 1,
      'the page went; the shared image file stayed',
    );
    assert.equal(await contentStatus(upload.json().id), 200, 'the upload on the other item is untouched');

    const events = rowsOf<{
      actor_label: string;
      actor_staff_id: string | null;
      details: { reason: string };
    }>(
      await t.database.db.execute(sql`
        select actor_label, actor_staff_id, details from audit_events
        where action = 'media.original_erased' and target_id = ${c.item_id}`),
    );
    assert.equal(events.length, 2);
    for (const e of events) {
      assert.equal(e.actor_label, 'system');
      assert.equal(e.actor_staff_id, null);
      assert.equal(e.details.reason, 'retention_ended');
    }
    assert.equal(await eraseExpiredOriginals(ctx, new Date(until + 60_000)), 0, 'a second run finds nothing');
  });

  test('an item re-qualified into a hashes-only category loses its captured originals at the next run', async () => {
    const c = await captured('/page-two', 'other');
    const ids = storedIds(c);
    assert.equal(await eraseExpiredOriginals(ctx), 0);
    // What an assessment does to the item's working category.
    await t.database.db.execute(
      sql`update items set category = 'child_sexual_abuse_material' where id = ${c.item_id}`,
    );
    const now = (await ana.inject({ url: `/api/captures/${c.id}` })).json().capture;
    assert.deepEqual(now.retention, { keep: 'hashes_only' });
    assert.equal(await eraseExpiredOriginals(ctx), 2);
    for (const id of ids) assert.equal(await contentStatus(id), 410);
    const [event] = rowsOf<{ details: { reason: string } }>(
      await t.database.db.execute(sql`
        select details from audit_events where action = 'media.original_erased' and target_id = ${c.item_id}`),
    );
    assert.equal(event?.details.reason, 'hashes_only');
  });
});

// Last: its capture would be one more original for the retention tests to find.
describe('the capture job', () => {
  test('a capture asked for through the API is run by the queue at once', async () => {
    const queue = createJobQueue(t.database, {
      enabled: true,
      pollingIntervalSeconds: 0.5,
      log: { error() {}, warn() {} },
    });
    const fetcher = testFetcher(dns.address);
    const screenshots = createScreenshotTaker({ chromium: '/nonexistent/chromium' });
    await captureJobs({ fetcher, screenshots })(queue, { config: t.config, database: t.database });
    await queue.start();
    try {
      const item = await reportItem(t, { url: `${site.origin}/three.png?queued`, category: 'other' });
      const asked = await ana.inject({ method: 'POST', url: `/api/items/${item.id}/captures` });
      const id = asked.json().capture.id;
      const deadline = Date.now() + 20_000;
      let c: Capture;
      do {
        assert.ok(Date.now() < deadline, 'the queue did not run the capture');
        await new Promise((r) => setTimeout(r, 200));
        c = (await ana.inject({ url: `/api/captures/${id}` })).json().capture;
      } while (c.state !== 'done');
      assert.ok(c.page_media_id);
    } finally {
      await queue.stop();
    }
  });
});
