/**
 * Opens the database: embedded PGlite in the data directory by default, a real PostgreSQL server
 * when DATABASE_URL is set. Both get the same drizzle schema and the same migrations. The embedded
 * data directory is made private (0700) and locked for the life of the database (one process at a time).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { migrateUnlessApplied } from './pending-migrations.ts';
import { type LogLine, logOnStderr, makePrivateFolder } from './private-folder.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Queryable = Db | Tx;

export type Database = {
  db: Db;
  kind: 'embedded' | 'postgres';
  /** The PGlite instance, when embedded (the job queue needs it). */
  pglite?: PGlite;
  /** The connection string, when on a server (the job queue opens its own pool). */
  url?: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../drizzle',
);

/**
 * PostgreSQL extensions the migrations create (`create extension if not exists …`). A real server
 * ships them as contrib modules; PGlite must be handed each one's bundle when the database opens,
 * every time, or the migration and then every query that uses it fail.
 */
const PGLITE_EXTENSIONS = { pg_trgm };

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number; log?: LogLine }
  | { kind: 'embedded'; dataDir?: string; loadDataDir?: Blob; log?: LogLine };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection the server ends (a restart, a failover, an administrator's
    // pg_terminate_backend) is reported on the pool; unheard, that error would end the process.
    // The pool drops that connection and opens a new one for the next query.
    const log = options.log ?? logOnStderr;
    pool.on('error', (error) => log(`an idle PostgreSQL connection was closed: ${reasonOf(error)}`));
    // Fail fast with a clear message when the server is unreachable.
    try {
      await pool.query('select 1');
    } catch (error) {
      await pool.end().catch(() => {});
      throw new Error(`cannot use the PostgreSQL server at ${serverOf(options.url)}: ${reasonOf(error)}`);
    }
    const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      url: options.url,
      migrate: () =>
        migrateUnlessApplied(db, migrationsFolder, () => migrateNodePg(db as never, { migrationsFolder })),
      close: () => pool.end(),
    };
  }
  if (!options.dataDir) {
    return wrapPglite(
      await PGlite.create({ loadDataDir: options.loadDataDir, extensions: PGLITE_EXTENSIONS }),
    );
  }
  makePrivateFolder(options.dataDir, options.log);
  const lock = await lockDataDir(options.dataDir);
  try {
    const pglite = await PGlite.create(path.join(options.dataDir, 'pgdata'), {
      extensions: PGLITE_EXTENSIONS,
    });
    return wrapPglite(pglite, lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

function wrapPglite(pglite: PGlite, release: () => void = () => {}): Database {
  const db = drizzlePglite({ client: pglite, schema }) as unknown as Db;
  return {
    db,
    kind: 'embedded',
    pglite,
    migrate: () =>
      migrateUnlessApplied(db, migrationsFolder, () => migratePglite(db as never, { migrationsFolder })),
    async close() {
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}

/** host:port/database of a connection string: never its password. */
function serverOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

/** One line on why a connection failed; a refused dual-stack connect is an AggregateError with no message. */
function reasonOf(error: unknown): string {
  const e = error as { message?: string; code?: string; errors?: { message?: string }[] };
  return (e.message || e.errors?.[0]?.message || e.code || String(error)).split('\n')[0] ?? '';
}

/** Rows of a raw `db.execute(sql...)`, whichever driver ran it. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
