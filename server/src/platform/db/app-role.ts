/**
 * The two-role deployment on PostgreSQL: an owner role applies migrations and owns every table; the
 * server runs as an application role that owns nothing. A table's owner can switch its triggers off
 * (`ALTER TABLE … DISABLE TRIGGER`); a role that owns nothing cannot, so the audit log's append-only
 * trigger holds against the server's own credentials. This file grants the application role what
 * the server needs: reading and writing the data, only SELECT and INSERT on the audit log, the job
 * queue's tables, and reading which migrations were applied. Re-run after every migration (new
 * tables get no grants until then).
 */
import { sql } from 'drizzle-orm';
import { JOB_QUEUE_SCHEMA } from '../jobs/index.ts';
import { type Db, rowsOf } from './database.ts';

/** Tables the application may only read and append to. */
export const APPEND_ONLY_TABLES = ['audit_events'] as const;

type RoleFacts = { exists: boolean; superuser: boolean; owns: number; is_current: boolean };

export async function grantApplicationRole(db: Db, role: string): Promise<void> {
  const [facts] = rowsOf<RoleFacts>(
    await db.execute(sql`
      select exists (select 1 from pg_roles where rolname = ${role}) as exists,
             coalesce((select rolsuper or rolbypassrls from pg_roles where rolname = ${role}), false) as superuser,
             (select count(*)::int from pg_class c join pg_roles r on r.oid = c.relowner
               where r.rolname = ${role} and c.relnamespace in ('public'::regnamespace, to_regnamespace(${JOB_QUEUE_SCHEMA}))) as owns,
             ${role} = current_user as is_current`),
  );
  if (!facts?.exists) {
    throw new Error(
      `role "${role}" does not exist: create it first (CREATE ROLE ${role} LOGIN PASSWORD '…')`,
    );
  }
  if (facts.is_current || facts.owns > 0) {
    throw new Error(`role "${role}" owns tables: the server must run as a role that owns none`);
  }
  if (facts.superuser) {
    throw new Error(
      `role "${role}" is a superuser (or bypasses row security): the server must run as an ordinary role`,
    );
  }
  const to = sql.identifier(role);
  const jobs = sql.identifier(JOB_QUEUE_SCHEMA);
  const [{ name } = { name: '' }] = rowsOf<{ name: string }>(
    await db.execute(sql`select current_database() as name`),
  );
  await db.transaction(async (tx) => {
    const statements = [
      sql`grant connect on database ${sql.identifier(name)} to ${to}`,
      sql`grant usage on schema public to ${to}`,
      sql`grant select, insert, update, delete on all tables in schema public to ${to}`,
      sql`grant usage, select on all sequences in schema public to ${to}`,
      ...APPEND_ONLY_TABLES.flatMap((table) => [
        sql`revoke all on ${sql.identifier(table)} from ${to}`,
        sql`grant select, insert on ${sql.identifier(table)} to ${to}`,
      ]),
      // The server checks whether migrations are pending before it would run them.
      sql`grant usage on schema drizzle to ${to}`,
      sql`grant select on drizzle.__drizzle_migrations to ${to}`,
      sql`grant usage on schema ${jobs} to ${to}`,
      sql`grant select, insert, update, delete on all tables in schema ${jobs} to ${to}`,
      sql`grant usage, select on all sequences in schema ${jobs} to ${to}`,
      sql`grant execute on all functions in schema ${jobs} to ${to}`,
    ];
    for (const statement of statements) await tx.execute(statement);
  });
}
