import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { reportItem } from '../triage/workspace.testing.ts';
import { largeImage } from './evidence.testing.ts';

let jpeg: Buffer;
before(async () => {
  // 100 megapixels (the most an upload may have), about 33 MB.
  jpeg = await largeImage(10_000, 10_000);
});

const upload = (agent: StaffAgent, itemId: string, bytes: Buffer) =>
  agent.inject({
    method: 'POST',
    url: `/api/items/${itemId}/media`,
    payload: bytes,
    headers: { 'content-type': 'image/jpeg' },
  });

/**
 * Polls `url` every 50 ms from a thread of its own (so a blocked server thread cannot hide its own
 * delay) until told to stop; resolves with each response time in milliseconds.
 */
function pollHealth(url: string): { stop(): Promise<number[]> } {
  const client = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const latencies = [];
     let running = true;
     parentPort.on('message', () => { running = false; });
     (async () => {
       while (running) {
         const started = performance.now();
         const res = await fetch(workerData.url);
         await res.text();
         latencies.push(res.status === 200 ? performance.now() - started : Number.POSITIVE_INFINITY);
         await new Promise((resolve) => setTimeout(resolve, 50));
       }
       parentPort.postMessage(latencies);
     })();`,
    { eval: true, workerData: { url } },
  );
  return {
    stop: () =>
      new Promise((resolve) => {
        client.once('message', (latencies: number[]) => client.terminate().then(() => resolve(latencies)));
        client.postMessage('stop');
      }),
  };
}

describe('large uploads', () => {
  let t: TestApp;
  let ana: StaffAgent;
  before(async () => {
    t = await createTestApp();
    ana = await signedInStaff(t, 'analyst');
  });
  after(() => t.close());

  test('while four 100-megapixel images are examined, /api/health keeps answering (within 3 s even on a loaded machine)', async () => {
    const items = await Promise.all([1, 2, 3, 4].map(() => reportItem(t)));
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    const health = pollHealth(`http://127.0.0.1:${port}/api/health`);
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 20);
    const started = performance.now();
    const results = await Promise.all(items.map((item) => upload(ana, item.id, jpeg)));
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    const latencies = await health.stop();
    for (const res of results) assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(
      results.map((r) => [r.json().width, r.json().height]),
      items.map(() => [10_000, 10_000]),
    );
    const slowest = Math.max(...latencies);
    const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
    t.app.log.info(
      `uploads took ${Math.round(elapsed)} ms; ${latencies.length} health checks, slowest ${Math.round(slowest)} ms; ` +
        `RSS ${mib(rssBefore)} before, peak ${mib(peakRss)}`,
    );
    assert.ok(latencies.length >= 5, `only ${latencies.length} health checks ran during the uploads`);
    // Examined on the server's own thread, these four held /api/health for 4 s (quiet machine) to
    // 11 s (shared machine); in the pool, its slowest answer stays under 0.3 s quiet, 1.8 s shared.
    assert.ok(slowest < 3000, `/api/health took ${Math.round(slowest)} ms under upload load`);
  });
});

describe('a full queue', () => {
  let t: TestApp;
  let ana: StaffAgent;
  before(async () => {
    t = await createTestApp({ VIGIE_MEDIA_WORKERS: '1', VIGIE_MEDIA_QUEUE: '1' });
    ana = await signedInStaff(t, 'analyst');
  });
  after(() => t.close());

  test('one file examined, one waiting: the next ones are refused at once with 503 media.busy and Retry-After', async () => {
    const items = await Promise.all([1, 2, 3, 4].map(() => reportItem(t)));
    const results = await Promise.all(items.map((item) => upload(ana, item.id, jpeg)));
    // Which two get through depends on the order the requests reach the pool.
    assert.deepEqual(
      results.map((r) => r.statusCode).sort(),
      [201, 201, 503, 503],
      results.map((r) => r.body).join('\n'),
    );
    const refused = results.flatMap((r, index) => (r.statusCode === 503 ? [{ r, item: items[index] }] : []));
    for (const { r } of refused) {
      assert.equal(r.json().error.code, 'media.busy');
      assert.equal(r.headers['retry-after'], '10');
      assert.match(r.json().error.message, /send this one again in 10 seconds/);
    }
    const first = refused[0]?.item?.id as string;
    const list = await ana.inject({ url: `/api/items/${first}/media` });
    assert.deepEqual(list.json().media, [], 'nothing stored for a refused upload');
    const retried = await upload(ana, first, jpeg);
    assert.equal(retried.statusCode, 201, retried.body);
  });
});
