/**
 * Group commit with form tokens: rows of one batch leave in one statement, and a row whose form
 * token is already stored (earlier, or earlier in the same batch) is skipped with its items.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { type Database, rowsOf } from '../../platform/db/database.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import type { ReportRow } from './intake.queries.ts';
import { items } from './intake.tables.ts';
import { createReportBatcher } from './report-batch.ts';
import { newTrackingCode } from './tracking-code.ts';

let database: Database;
before(async () => {
  database = await openTestDatabase();
});
after(() => database.close());

const row = (formTokenHash: string | null, urls: string[]): ReportRow => ({
  tracking_code: newTrackingCode(),
  secret_hash: 'not-a-real-hash',
  channel: 'web_form',
  reporter_kind: 'public',
  received_at: new Date().toISOString(),
  claimed_category: 'other',
  description: null,
  language: 'fr',
  contact_email_enc: null,
  contact_expires_at: null,
  form_token_hash: formTokenHash,
  urls,
  severity: 3,
  assess_within_hours: 72,
  trusted: false,
});

test('one batch: a repeated form token is stored once, its neighbours all are, one statement', async () => {
  const batcher = createReportBatcher(database.db, { maxInFlight: 1 });
  const shared = 'https://batch.example/shared';
  const rows = [
    row('token-a', [shared, 'https://batch.example/a']),
    row('token-a', [shared, 'https://batch.example/a']),
    row(null, [shared]),
    row('token-b', [shared]),
    row('token-b', [shared]),
  ];
  // Added in the same event-loop turn, so they leave together in one statement.
  const stored = await Promise.all(rows.map((r) => batcher.add(r)));
  assert.deepEqual(stored, [true, false, true, true, false]);
  // Rows written by one statement (one transaction) share their xmin.
  const codes = rows.map((r) => r.tracking_code);
  const transactions = await database.db.execute(sql`
    select count(distinct xmin::text)::int as n from reports
    where tracking_code in (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )})`);
  assert.equal(rowsOf<{ n: number }>(transactions)[0]?.n, 1, 'one statement for the whole batch');

  const result = await database.db.execute(sql`
    select form_token_hash, count(*)::int as n from reports
    where form_token_hash in ('token-a', 'token-b') group by form_token_hash order by form_token_hash`);
  assert.deepEqual(rowsOf(result), [
    { form_token_hash: 'token-a', n: 1 },
    { form_token_hash: 'token-b', n: 1 },
  ]);
  const [item] = await database.db.select().from(items).where(eq(items.url, shared));
  assert.equal(item?.reportCount, 3, 'the shared address counts the three reports stored');

  // A later batch repeating a stored token stores nothing and touches no item.
  assert.deepEqual(await Promise.all([batcher.add(row('token-a', [shared]))]), [false]);
  const [later] = await database.db.select().from(items).where(eq(items.url, shared));
  assert.equal(later?.reportCount, 3);
});
