/**
 * The throw-away server databases (PostgreSQL only): closing one must not leave its connections to be
 * killed by the DROP, which surfaced as "terminating connection due to administrator command" after
 * the test file had ended (a flaky suite). On embedded PGlite there is nothing to check.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from './test-database.ts';

const onServer = Boolean(process.env.VIGIE_TEST_PG_URL);

const title = 'closing a test database never surfaces an error from its own connections';
test(title, { skip: !onServer }, async () => {
  const errors: string[] = [];
  const record = (error: Error) => errors.push(error.message);
  process.on('uncaughtException', record);
  try {
    for (let round = 0; round < 40; round++) {
      const database = await openTestDatabase();
      // Every connection of the pool busy once, as a route test's concurrent requests leave them.
      await Promise.all(Array.from({ length: 5 }, () => database.db.execute(sql`select pg_sleep(0.005)`)));
      await database.close();
    }
    // Errors from a killed connection arrive a moment after the drop.
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    process.off('uncaughtException', record);
  }
  assert.deepEqual(errors, []);
});
