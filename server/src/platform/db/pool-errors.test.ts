/**
 * A PostgreSQL server that ends an idle connection (restart, failover, pg_terminate_backend) must not
 * end Vigie: the pool reports it, Vigie logs one line, and the next query gets a new connection.
 * Runs with `node scripts/test.mjs --postgres`; skipped on the embedded database.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openTestDatabase } from '../../testing/test-database.ts';
import { rowsOf } from './database.ts';

const serverUrl = process.env.VIGIE_TEST_PG_URL;

test('an idle connection ended by the server is logged, and the next query works', {
  skip: serverUrl ? false : 'needs VIGIE_TEST_PG_URL (node scripts/test.mjs --postgres)',
}, async () => {
  const database = await openTestDatabase();
  const logged: string[] = [];
  const writeStderr = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const [own] = rowsOf<{ pid: number; db: string }>(
      await database.db.execute(sql`select pg_backend_pid() as pid, current_database() as db`),
    );
    assert.ok(own);
    // The pool's connection is idle now; end it from the server's side.
    await admin.query('select pg_terminate_backend($1)', [own.pid]);
    await waitFor(() => logged.some((line) => line.includes('idle PostgreSQL connection was closed')));
    const [after] = rowsOf<{ one: number }>(await database.db.execute(sql`select 1 as one`));
    assert.equal(after?.one, 1);
  } finally {
    process.stderr.write = writeStderr;
    await admin.end();
    await database.close();
  }
});

async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the pool never reported the closed connection');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
