/**
 * Runs drizzle's migrator only when a migration is pending. The migrator always starts with
 * `CREATE SCHEMA IF NOT EXISTS drizzle` and `CREATE TABLE IF NOT EXISTS …`, which PostgreSQL checks
 * for the CREATE privilege even when the objects exist: without this check a server running as an
 * application role that owns nothing (docs/adr/0003-audit-chain.md) could not start.
 */
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { type Db, rowsOf } from './database.ts';

/** drizzle's defaults: the migrator records each applied migration's journal time here. */
const APPLIED_TABLE = 'drizzle.__drizzle_migrations';

export async function hasPendingMigrations(db: Db, migrationsFolder: string): Promise<boolean> {
  const newest = Math.max(...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));
  const [table] = rowsOf<{ present: boolean }>(
    await db.execute(sql`select to_regclass(${APPLIED_TABLE}) is not null as present`),
  );
  if (!table?.present) return true;
  const [applied] = rowsOf<{ last: string | null }>(
    await db.execute(sql.raw(`select max(created_at)::text as last from ${APPLIED_TABLE}`)),
  );
  return !applied?.last || Number(applied.last) < newest;
}

export async function migrateUnlessApplied(
  db: Db,
  migrationsFolder: string,
  migrate: () => Promise<void>,
): Promise<void> {
  if (!(await hasPendingMigrations(db, migrationsFolder))) return;
  try {
    await migrate();
  } catch (error) {
    // 42501 insufficient_privilege (drizzle wraps the driver's error as its cause).
    const cause = ((error as { cause?: unknown }).cause ?? error) as { code?: string; message?: string };
    if (cause.code === '42501') {
      throw new Error(
        `database migrations are pending and this database role may not apply them: run "vigie migrate" as the role that owns the tables (${cause.message})`,
      );
    }
    throw error;
  }
}
