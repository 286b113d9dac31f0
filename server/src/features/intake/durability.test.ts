/**
 * "Nothing acknowledged is lost": the real server takes reports from concurrent clients, is killed
 * with SIGKILL in the middle of the load (no shutdown hook, no flush), restarts on the same data,
 * and must still know every report it answered 201 for. Runs on the embedded database, and also
 * on a fresh PostgreSQL database when VIGIE_TEST_PG_URL is set.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { test } from 'node:test';
import pg from 'pg';
import { makeDataDir, startServerProcess } from '../../testing/server-process.ts';

const CLIENTS = 16;
const MIN_LOAD_MS = 2_000;
const MAX_LOAD_MS = 15_000;
const TARGET_ACKS = 300;
// About 35 s in all on an idle 2-core machine, mostly the embedded database starting twice; a
// shared, busy machine can make each start take a minute, hence the generous limits.
const START_TIMEOUT_MS = 150_000;

type Receipt = { tracking_code: string; secret: string };

async function submitUntilStopped(url: string, client: number, stop: { now: boolean }, receipts: Receipt[]) {
  for (let n = 0; !stop.now; n++) {
    const body = {
      category: 'terrorism',
      // Mostly unique URLs, and one shared by every client so items see concurrent upserts too.
      urls: [`https://crash-${client}-${n}.example/post/${n}`, 'https://shared.example/same-page'],
      description: `durability ${client}/${n}`,
      language: 'fr',
      ...(n % 5 === 0 ? { contact_email: `r${client}.${n}@mail.example` } : {}),
    };
    try {
      const res = await fetch(`${url}/api/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status === 201) receipts.push((await res.json()) as Receipt);
      else await res.arrayBuffer();
    } catch {
      // The server died under this request: it was never acknowledged, so it may be lost.
      return;
    }
  }
}

/**
 * A GET that tries again on a connection reset: on a busy machine a kept-alive connection can be
 * closed by the server (its keep-alive timeout) just as the client sends on it. That says nothing of
 * durability, and a GET can be repeated.
 */
async function getWithRetry(url: string, headers: Record<string, string>): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { headers });
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

async function crashAndCheck(env: Record<string, string>) {
  const dataDir = makeDataDir('vigie-crash-');
  // Info level, so a start that hangs shows in the failure message which stage it reached.
  const settings = { ...env, VIGIE_RATE_LIMIT_REPORTS: '0', LOG_LEVEL: 'info' };
  try {
    const first = await startServerProcess({ dataDir, env: settings, timeoutMs: START_TIMEOUT_MS });
    const receipts: Receipt[] = [];
    const stop = { now: false };
    const clients = Array.from({ length: CLIENTS }, (_, i) =>
      submitUntilStopped(first.url, i, stop, receipts),
    );
    // Enough load to catch commits in flight, however slow the machine: at least MIN_LOAD_MS and,
    // within MAX_LOAD_MS, at least TARGET_ACKS acknowledged reports.
    const began = Date.now();
    while (
      Date.now() - began < MAX_LOAD_MS &&
      (Date.now() - began < MIN_LOAD_MS || receipts.length < TARGET_ACKS)
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    // Kill while the clients are still sending: some requests are mid-flight.
    await first.kill();
    stop.now = true;
    await Promise.all(clients);
    assert.ok(receipts.length > 0, 'no report was acknowledged before the kill');

    const second = await startServerProcess({ dataDir, env: settings, timeoutMs: START_TIMEOUT_MS });
    try {
      const missing: string[] = [];
      for (let i = 0; i < receipts.length; i += CLIENTS) {
        await Promise.all(
          receipts.slice(i, i + CLIENTS).map(async ({ tracking_code, secret }) => {
            const res = await getWithRetry(`${second.url}/api/reports/${tracking_code}`, {
              'x-report-secret': secret,
            });
            if (res.status !== 200) missing.push(`${tracking_code} (${res.status})`);
            await res.arrayBuffer();
          }),
        );
      }
      assert.deepEqual(missing, [], `${missing.length} of ${receipts.length} acknowledged reports lost`);
    } finally {
      await second.stop();
    }
    return receipts.length;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

test('embedded database: every acknowledged report survives a SIGKILL', { timeout: 400_000 }, async (t) => {
  const acknowledged = await crashAndCheck({});
  t.diagnostic(`${acknowledged} acknowledged reports checked after the crash`);
});

const serverUrl = process.env.VIGIE_TEST_PG_URL;
test('PostgreSQL: every acknowledged report survives a SIGKILL of the server process', {
  skip: serverUrl ? false : 'VIGIE_TEST_PG_URL not set',
  timeout: 400_000,
}, async (t) => {
  const name = `vigie_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    const acknowledged = await crashAndCheck({ DATABASE_URL: url.toString() });
    t.diagnostic(`${acknowledged} acknowledged reports checked after the crash`);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});
