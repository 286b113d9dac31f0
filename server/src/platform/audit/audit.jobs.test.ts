import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { gt } from 'drizzle-orm';
import { openTestDatabase, TEST_SECRET_KEY } from '../../testing/test-database.ts';
import type { Database } from '../db/database.ts';
import { checkAuditLog } from './audit.jobs.ts';
import { appendAuditEvent } from './audit.service.ts';
import { auditEvents } from './audit.tables.ts';
import { tamperWithAuditLog } from './audit.testing.ts';
import { checkCheckpointFile } from './audit-checkpoint.ts';
import { deriveAuditKeys } from './audit-keys.ts';

const keys = deriveAuditKeys(TEST_SECRET_KEY);
let database: Database;
let dir: string;
let file: string;
let logged: { level: string; message: string }[];
const log = {
  info: (...args: unknown[]) => void logged.push({ level: 'info', message: String(args.at(-1)) }),
  error: (...args: unknown[]) => void logged.push({ level: 'error', message: String(args.at(-1)) }),
} as never;

beforeEach(async () => {
  database = await openTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-audit-job-'));
  file = path.join(dir, 'checkpoints.txt');
  logged = [];
});
afterEach(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function appendEvents(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await database.db.transaction((tx) =>
      appendAuditEvent(tx, {
        actorLabel: 'analyst@hotline.test',
        action: 'item.claimed',
        targetId: String(i),
      }),
    );
  }
}

test('each run verifies the chain and appends a signed checkpoint the CLI accepts', async () => {
  await appendEvents(3);
  assert.equal(await checkAuditLog(database.db, keys, file, log), true);
  await appendEvents(2);
  assert.equal(await checkAuditLog(database.db, keys, file, log), true);
  const lines = fs.readFileSync(file, 'utf8');
  assert.equal(lines.trim().split('\n').length, 2);
  const held = await checkCheckpointFile(database.db, lines, 5, keys);
  assert.deepEqual(held.ok && held.newest?.events, 5);
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  assert.deepEqual(
    logged.map((l) => l.level),
    ['info', 'info'],
  );
});

test('after the newest events were removed, the run signs nothing and logs the truncation', async () => {
  await appendEvents(4);
  await checkAuditLog(database.db, keys, file, log);
  const before = fs.readFileSync(file, 'utf8');
  await tamperWithAuditLog(database.db, (tx) => tx.delete(auditEvents).where(gt(auditEvents.seq, 2)));

  assert.equal(await checkAuditLog(database.db, keys, file, log), false);
  assert.equal(fs.readFileSync(file, 'utf8'), before);
  const last = logged.at(-1);
  assert.equal(last?.level, 'error');
  assert.match(last?.message ?? '', /audit log truncated: checkpoint of .* saw 4 events, the database has 2/);
});

test('without a checkpoint file it still verifies, and names a rewritten event', async () => {
  await appendEvents(3);
  assert.equal(await checkAuditLog(database.db, keys, undefined, log), true);
  assert.equal(fs.existsSync(file), false);
  await tamperWithAuditLog(database.db, (tx) =>
    tx.update(auditEvents).set({ actorLabel: 'someone else' }).where(gt(auditEvents.seq, 1)),
  );
  assert.equal(await checkAuditLog(database.db, keys, undefined, log), false);
  assert.match(logged.at(-1)?.message ?? '', /audit chain broken at event #2/);
});
