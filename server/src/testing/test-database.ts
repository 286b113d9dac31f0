/**
 * A throw-away database per test file: embedded PGlite loaded from a migrated template (made once
 * per test run by scripts/test.mjs), or, when VIGIE_TEST_PG_URL is set, a fresh database created
 * on that PostgreSQL server and dropped afterwards. Same migrations either way.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { configureAuditChain } from '../platform/audit/audit-keys.ts';
import { type Database, openDatabase } from '../platform/db/database.ts';

/**
 * The secret key of every test app and test database in this process: the audit chain key is set
 * once per process (as in production), so tests that write audit events share it.
 */
export const TEST_SECRET_KEY = crypto.randomBytes(32);

export async function openTestDatabase(): Promise<Database> {
  configureAuditChain(TEST_SECRET_KEY);
  const serverUrl = process.env.VIGIE_TEST_PG_URL;
  if (serverUrl) return openServerTestDatabase(serverUrl);
  const template = process.env.VIGIE_TEST_PGLITE_TEMPLATE;
  if (template && fs.existsSync(template)) {
    return openDatabase({ kind: 'embedded', loadDataDir: new Blob([fs.readFileSync(template)]) });
  }
  const database = await openDatabase({ kind: 'embedded' });
  await database.migrate();
  return database;
}

async function openServerTestDatabase(serverUrl: string): Promise<Database> {
  const name = `vigie_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  await database.migrate();
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await dropTestDatabase(cleanup, name);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/**
 * pool.end() resolves once the pool has asked its clients to close, not once they have. Dropping
 * `with (force)` at that moment kills backends still saying goodbye, and the server's "terminating
 * connection" message then reaches a client nobody listens to: an uncaught error after the test file
 * ended. So wait (briefly) until the database's client connections are gone; force then only ends
 * what the server runs on its own (autovacuum) or a connection that really leaked.
 */
async function dropTestDatabase(admin: pg.Client, name: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const { rows } = await admin.query<{ open: number }>(
      `select count(*)::int as open from pg_stat_activity where datname = $1 and backend_type = 'client backend'`,
      [name],
    );
    if (rows[0]?.open === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await admin.query(`drop database if exists ${name} with (force)`);
}

/** Writes a migrated, empty PGlite data directory to `file`, for openTestDatabase to load. */
export async function writePgliteTemplate(file: string): Promise<void> {
  const database = await openDatabase({ kind: 'embedded' });
  await database.migrate();
  const dump = await database.pglite?.dumpDataDir('gzip');
  if (!dump) throw new Error('could not dump the template database');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}
