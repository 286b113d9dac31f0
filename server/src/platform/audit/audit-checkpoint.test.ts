import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { gt, sql } from 'drizzle-orm';
import { runCli } from '../../cli.ts';
import { openTestDatabase, TEST_SECRET_KEY } from '../../testing/test-database.ts';
import type { OpenConfigured } from '../auth/admin-create.command.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { appendAuditEvent } from './audit.service.ts';
import { auditEvents } from './audit.tables.ts';
import { tamperWithAuditLog } from './audit.testing.ts';
import { AUDIT_CHECKPOINT_USAGE, runAuditCheckpointCommand } from './audit-checkpoint.command.ts';
import { formatCheckpoint } from './audit-checkpoint.ts';
import { readAuditKeys } from './audit-cli.ts';
import { deriveAuditKeys } from './audit-keys.ts';
import { runAuditVerifyCommand } from './audit-verify.command.ts';

const config = loadConfig({ VIGIE_DATA_DIR: 'unused', VIGIE_SECRET_KEY: TEST_SECRET_KEY.toString('base64') });
let database: Database;
let dir: string;
let file: string;
beforeEach(async () => {
  database = await openTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-checkpoints-'));
  file = path.join(dir, 'audit-checkpoints.txt');
});
afterEach(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const open: OpenConfigured = async () => ({ config, database, close: async () => {} });

async function run(command: typeof runAuditVerifyCommand, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough().on('data', (c: Buffer) => out.push(c.toString()));
  const stderr = new PassThrough().on('data', (c: Buffer) => err.push(c.toString()));
  const code = await command(argv, { stdout, stderr, isTTY: false }, open);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
const checkpoint = () => run(runAuditCheckpointCommand, ['--append', file]);
const verify = () => run(runAuditVerifyCommand, ['--checkpoint', file]);

async function appendEvents(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await database.db.transaction((tx) =>
      appendAuditEvent(tx, {
        actorLabel: 'supervisor@hotline.test',
        action: 'item.claimed',
        targetId: String(i),
      }),
    );
  }
}

const deleteEventsAfter = (seq: number) =>
  tamperWithAuditLog(database.db, (tx) => tx.delete(auditEvents).where(gt(auditEvents.seq, seq)));

const LINE = /^vigie-audit-checkpoint v1 events=(\d+) head=[0-9a-f]{64} at=(\S+) sig=[0-9a-f]{64}\n$/;

describe('vigie audit checkpoint', () => {
  test('prints the signed head; --append keeps the lines in a 0600 file that verify --checkpoint accepts', async () => {
    await appendEvents(3);
    const first = await checkpoint();
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, LINE);
    assert.equal(LINE.exec(first.stdout)?.[1], '3');
    assert.equal(fs.readFileSync(file, 'utf8'), first.stdout);
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);

    await appendEvents(2);
    const second = await checkpoint();
    assert.equal(second.code, 0, second.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), first.stdout + second.stdout);
    const at = LINE.exec(second.stdout)?.[2];
    const res = await verify();
    assert.equal(res.code, 0, res.stderr);
    assert.equal(
      res.stdout,
      `audit chain intact: 5 events\ncheckpoints hold: 2, the newest of ${at} saw 5 events\n`,
    );
  });

  test('refuses to sign a broken chain', async () => {
    await appendEvents(3);
    await tamperWithAuditLog(database.db, (tx) =>
      tx.execute(sql`update audit_events set actor_label = 'someone else' where seq = 2`),
    );
    const res = await run(runAuditCheckpointCommand, []);
    assert.equal(res.code, 1);
    assert.equal(res.stdout, '');
    assert.equal(
      res.stderr,
      'vigie audit checkpoint: not signing: audit chain broken at event #2: event content does not match its hash\n',
    );
  });

  test('--help, usage errors, and registration in the vigie command', async () => {
    const help = await run(runAuditCheckpointCommand, ['--help']);
    assert.equal(help.code, 0);
    assert.equal(help.stdout, AUDIT_CHECKPOINT_USAGE);
    assert.match(help.stdout, /exit status/);
    const bad = await run(runAuditCheckpointCommand, ['--bogus']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^vigie audit checkpoint: .*\(see vigie audit checkpoint --help\)\n$/);
    assert.equal((await run(runAuditVerifyCommand, ['--checkpoint'])).code, 2);
    const out: string[] = [];
    const stdout = new PassThrough().on('data', (c: Buffer) => out.push(c.toString()));
    assert.equal(
      await runCli(['audit', 'checkpoint', '--help'], { stdout, stderr: new PassThrough(), isTTY: false }),
      0,
    );
    assert.equal(out.join(''), AUDIT_CHECKPOINT_USAGE);
  });

  test('without a secret key the audit commands stop with one line instead of inventing a key', () => {
    const keyless = loadConfig({ VIGIE_DATA_DIR: path.join(dir, 'no-such-folder') });
    assert.throws(() => readAuditKeys(keyless), /^Error: no secret key: set VIGIE_SECRET_KEY/);
    assert.equal(fs.existsSync(path.join(dir, 'no-such-folder')), false);
  });
});

describe('vigie audit verify --checkpoint', () => {
  test('names the truncation when the newest events were deleted, which the chain alone cannot see', async () => {
    await appendEvents(5);
    const signed = await checkpoint();
    const at = LINE.exec(signed.stdout)?.[2];
    await deleteEventsAfter(3);

    // What remains is a valid chain: without a checkpoint, nothing looks wrong.
    const alone = await run(runAuditVerifyCommand, []);
    assert.equal(alone.stdout, 'audit chain intact: 3 events\n');

    const res = await verify();
    assert.equal(res.code, 1);
    assert.equal(res.stdout, '');
    assert.equal(res.stderr, `audit log truncated: checkpoint of ${at} saw 5 events, the database has 3\n`);

    const again = await checkpoint();
    assert.equal(again.code, 1);
    assert.equal(again.stderr, `vigie audit checkpoint: not signing: ${res.stderr}`);
    assert.equal(fs.readFileSync(file, 'utf8'), signed.stdout, 'nothing appended');
  });

  test('new events written after a truncation do not hide it: the event the checkpoint saw is named rewritten', async () => {
    await appendEvents(5);
    const at = LINE.exec((await checkpoint()).stdout)?.[2];
    await deleteEventsAfter(3);
    await appendEvents(3);
    const res = await verify();
    assert.equal(res.code, 1);
    assert.equal(res.stderr, `audit log rewritten: event #5 is not the one the checkpoint of ${at} saw\n`);
  });

  test('an altered, forged or foreign checkpoint line is refused, naming the line', async () => {
    await appendEvents(5);
    const real = (await checkpoint()).stdout.trim();
    const head3 = (await database.db.select().from(auditEvents).where(sql`seq = 3`))[0]?.hash ?? '';
    const foreignKeys = deriveAuditKeys(crypto.randomBytes(32));
    const cases: [string, string][] = [
      [real.replace('events=5', 'events=4'), 'signature does not match'],
      [real.replace(/head=[0-9a-f]{64}/, `head=${head3}`), 'signature does not match'],
      [
        formatCheckpoint({ events: 5, head: head3, at: new Date().toISOString() }, foreignKeys),
        'signature does not match',
      ],
      [real.replace(/sig=[0-9a-f]{64}/, `sig=${'0'.repeat(64)}`), 'signature does not match'],
      ['events=5 head=abc', 'not a checkpoint line'],
    ];
    for (const [line, reason] of cases) {
      fs.writeFileSync(file, `# kept on the backup host\n${real}\n${line}\n`);
      const res = await verify();
      assert.equal(res.code, 1, line);
      assert.match(res.stderr, new RegExp(`^checkpoint line 3: ${reason}`), line);
    }
    fs.writeFileSync(file, '\n');
    const empty = await verify();
    assert.equal(empty.code, 1);
    assert.equal(empty.stderr, `vigie audit verify: ${file} holds no checkpoint\n`);
    fs.rmSync(file);
    const missing = await verify();
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^vigie audit verify: ENOENT: no such file or directory/);
  });
});
