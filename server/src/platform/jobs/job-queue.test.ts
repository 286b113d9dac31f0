import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openTestDatabase } from '../../testing/test-database.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { createJobQueue, type JobQueue } from './index.ts';

const quiet = { error: () => {}, warn: () => {} };
const fast = { pollingIntervalSeconds: 0.5, log: quiet };

async function waitFor(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the job');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('job queue', () => {
  let database: Database;
  let queue: JobQueue;

  before(async () => {
    database = await openTestDatabase();
    queue = createJobQueue(database, { enabled: true, ...fast });
    await queue.start();
  });
  after(async () => {
    await queue.stop();
    await database.close();
  });

  test('a job runs with its data', async () => {
    const seen: unknown[] = [];
    await queue.register<{ n: number }>('test.runs', async (data) => {
      seen.push(data);
    });
    const id = await queue.send('test.runs', { n: 42 });
    assert.ok(id);
    await waitFor(() => seen.length === 1);
    assert.deepEqual(seen, [{ n: 42 }]);
  });

  test('a delayed job waits for its time', async () => {
    let ranAt = 0;
    await queue.register('test.delayed', async () => {
      ranAt = Date.now();
    });
    const sentAt = Date.now();
    await queue.send('test.delayed', {}, { startAfter: 2 });
    await waitFor(() => ranAt > 0);
    assert.ok(ranAt - sentAt >= 1900, `ran after ${ranAt - sentAt} ms`);
  });

  test('a failing job is retried, then succeeds', async () => {
    let attempts = 0;
    let done = false;
    await queue.register(
      'test.flaky',
      async () => {
        attempts++;
        if (attempts < 3) throw new Error(`transient failure ${attempts}`);
        done = true;
      },
      { retryLimit: 3, retryDelaySeconds: 1, backoff: false },
    );
    await queue.send('test.flaky', {});
    await waitFor(() => done, 20_000);
    assert.equal(attempts, 3);
  });

  test('a singleton key keeps one queued job', async () => {
    await queue.register('test.once', async () => {}, { policy: 'short' });
    const first = await queue.send('test.once', {}, { singletonKey: 'k', startAfter: 60 });
    const second = await queue.send('test.once', {}, { singletonKey: 'k', startAfter: 60 });
    assert.ok(first);
    assert.equal(second, null);
  });

  test('registering the same job twice is a programming error', async () => {
    await assert.rejects(
      queue.register('test.runs', async () => {}),
      /already registered/,
    );
  });
});

describe('job queue across a restart', () => {
  test('a job sent before a stop runs after a restart on the same database', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-jobs-'));
    const onServer = Boolean(process.env.VIGIE_TEST_PG_URL);
    const open = () => (onServer ? openTestDatabase() : openDatabase({ kind: 'embedded', dataDir }));
    let database = await open();
    try {
      // First life: jobs off, so the job is only stored.
      const sender = createJobQueue(database, { enabled: false, ...fast });
      await sender.register('test.survivor', async () => assert.fail('must not run while jobs are off'));
      await sender.start();
      await sender.send('test.survivor', { ticket: 7 });
      await sender.stop();
      if (!onServer) {
        await database.close();
        database = await open();
      }
      // Second life: the job is still there and runs.
      const seen: unknown[] = [];
      const worker = createJobQueue(database, { enabled: true, ...fast });
      await worker.register('test.survivor', async (data) => {
        seen.push(data);
      });
      await worker.start();
      await waitFor(() => seen.length === 1);
      await worker.stop();
      assert.deepEqual(seen, [{ ticket: 7 }]);
    } finally {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
