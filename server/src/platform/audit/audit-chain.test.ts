import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { count, eq, sql } from 'drizzle-orm';
import { openTestDatabase, TEST_SECRET_KEY } from '../../testing/test-database.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { appendAuditEvent, BREAK_REASONS, keyAuditChain, verifyAuditChain } from './audit.service.ts';
import { auditEvents } from './audit.tables.ts';
import { appendLegacyEvents, rehashWithoutKey, tamperWithAuditLog } from './audit.testing.ts';
import { CHAIN_KEYED_ACTION } from './audit-hash.ts';
import { configureAuditChain, deriveAuditKeys } from './audit-keys.ts';
import { runAuditVerifyCommand } from './audit-verify.command.ts';

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(() => database.close());

async function appendEvents(n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await database.db.transaction((tx) =>
      appendAuditEvent(tx, {
        actorLabel: `analyst${i}@hotline.test`,
        action: 'assessment.recorded',
        targetType: 'item',
        targetId: String(i),
        details: { verdict: 'illegal' },
      }),
    );
  }
}

/** `vigie audit verify` on the test database; returns exit code and output. */
async function verifyCommand() {
  const config = loadConfig({
    VIGIE_DATA_DIR: 'unused',
    VIGIE_SECRET_KEY: TEST_SECRET_KEY.toString('base64'),
  });
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough().on('data', (c: Buffer) => out.push(c.toString()));
  const stderr = new PassThrough().on('data', (c: Buffer) => err.push(c.toString()));
  const code = await runAuditVerifyCommand([], { stdout, stderr, isTTY: false }, async () => ({
    config,
    database,
    close: async () => {},
  }));
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The database's own message for a refused statement. */
async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const cause = (error as { cause?: Error }).cause;
    return (cause ?? (error as Error)).message;
  }
  return 'not refused';
}

describe('the database keeps audit_events append-only', () => {
  test('UPDATE, DELETE and TRUNCATE are each refused, even for the owner of the table', async () => {
    await appendEvents(3);
    const db = database.db;
    assert.equal(
      await refusal(db.execute(sql`update audit_events set actor_label = 'someone else' where seq = 2`)),
      'audit_events is append-only: UPDATE refused',
    );
    assert.equal(
      await refusal(db.execute(sql`delete from audit_events where seq = 3`)),
      'audit_events is append-only: DELETE refused',
    );
    assert.equal(
      await refusal(db.execute(sql`truncate audit_events`)),
      'audit_events is append-only: TRUNCATE refused',
    );
    const [row] = await db.select({ n: count() }).from(auditEvents);
    assert.equal(row?.n, 3);
    assert.deepEqual(await verifyAuditChain(db), { ok: true, events: 3 });
  });
});

describe('the chain is keyed with the secret key', () => {
  test('an event edited, then the rest of the chain re-hashed with plain SHA-256: the edited event is named', async () => {
    await appendEvents(6);
    await tamperWithAuditLog(database.db, async (tx) => {
      await tx
        .update(auditEvents)
        .set({ details: { verdict: 'not_illegal' } })
        .where(eq(auditEvents.seq, 4));
      await rehashWithoutKey(tx, 4);
    });
    assert.deepEqual(await verifyAuditChain(database.db), {
      ok: false,
      events: 3,
      brokenSeq: 4,
      reason: BREAK_REASONS.legacyAfterKeyed,
    });
    const res = await verifyCommand();
    assert.equal(res.code, 1);
    assert.equal(res.stdout, '');
    assert.equal(
      res.stderr,
      'audit chain broken at event #4: event hashed without the chain key after keying started\n',
    );
  });

  test('the whole chain re-hashed with plain SHA-256 from the first event: event #1 is named', async () => {
    await appendEvents(4);
    await tamperWithAuditLog(database.db, async (tx) => {
      await tx.update(auditEvents).set({ actorLabel: 'nobody' }).where(eq(auditEvents.seq, 2));
      await rehashWithoutKey(tx, 1);
    });
    const result = await verifyAuditChain(database.db);
    assert.deepEqual(result, {
      ok: false,
      events: 4,
      brokenSeq: 1,
      reason: BREAK_REASONS.uncertifiedLegacy,
    });
  });

  test('the chain does not verify under another secret key', async () => {
    await appendEvents(2);
    const other = deriveAuditKeys(crypto.randomBytes(32));
    assert.deepEqual(await verifyAuditChain(database.db, { keys: other }), {
      ok: false,
      events: 0,
      brokenSeq: 1,
      reason: BREAK_REASONS.content,
    });
  });
});

describe('a chain begun before keying (an upgraded installation)', () => {
  test('the first audited write certifies the legacy prefix, and verify says how many events it holds', async () => {
    await appendLegacyEvents(database.db, ['staff.created', 'auth.password_set', 'auth.signed_in']);
    const [legacyHead] = await database.db.select().from(auditEvents).where(eq(auditEvents.seq, 3));
    await appendEvents(1);
    const events = await database.db.select().from(auditEvents).orderBy(auditEvents.seq);
    assert.deepEqual(
      events.map((e) => e.action),
      ['staff.created', 'auth.password_set', 'auth.signed_in', CHAIN_KEYED_ACTION, 'assessment.recorded'],
    );
    assert.deepEqual(events[3]?.details, { legacyEvents: 3, legacyHead: legacyHead?.hash });
    assert.deepEqual(await verifyAuditChain(database.db), { ok: true, events: 5, legacyEvents: 3 });
    const res = await verifyCommand();
    assert.equal(res.code, 0, res.stderr);
    assert.equal(res.stdout, 'audit chain intact: 5 events, of which 3 written before keying\n');
  });

  test('the server keys it at start, once; a legacy-style event after keyed ones breaks the chain', async () => {
    await appendLegacyEvents(database.db, ['staff.created', 'auth.signed_in']);
    await keyAuditChain(database.db);
    await keyAuditChain(database.db);
    assert.deepEqual(await verifyAuditChain(database.db), { ok: true, events: 3, legacyEvents: 2 });
    await appendEvents(2);
    await appendLegacyEvents(database.db, ['auth.signed_in']);
    assert.deepEqual(await verifyAuditChain(database.db), {
      ok: false,
      events: 5,
      brokenSeq: 6,
      reason: BREAK_REASONS.legacyAfterKeyed,
    });
    const keyings = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, CHAIN_KEYED_ACTION));
    assert.equal(keyings.length, 1);
  });

  test('a keyed chain that an attacker rewrote into legacy form is not certified by a running process', async () => {
    await appendEvents(3);
    await tamperWithAuditLog(database.db, (tx) => rehashWithoutKey(tx, 2));
    await appendEvents(1); // the server keeps writing; it must not certify the rewritten events
    assert.equal((await verifyAuditChain(database.db)).ok === false, true);
    const keyings = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, CHAIN_KEYED_ACTION));
    assert.deepEqual(keyings, []);
    assert.deepEqual(await verifyAuditChain(database.db), {
      ok: false,
      events: 1,
      brokenSeq: 2,
      reason: BREAK_REASONS.legacyAfterKeyed,
    });
  });
});

describe('the chain key is set once per process', () => {
  test('another secret key in the same process is refused; the same one again is harmless', () => {
    configureAuditChain(TEST_SECRET_KEY);
    assert.throws(
      () => configureAuditChain(crypto.randomBytes(32)),
      /already configured with another secret key/,
    );
  });

  test('writing an event before the key is configured fails with a clear message', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
    const code = `import { appendAuditEvent } from './server/src/platform/audit/audit.service.ts';
      try { await appendAuditEvent({}, { actorLabel: 'cli', action: 'staff.created' }); }
      catch (error) { process.stdout.write(error.message); }`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.match(
      child.stdout,
      /^the audit chain key is not configured: call configureAuditChain\(secretKey\)/,
    );
  });
});
