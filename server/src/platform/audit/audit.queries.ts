/** The audit log's queries (drizzle only; the chain's rules live in audit.service.ts). */
import { asc, desc, eq, gt, type SQL, sql } from 'drizzle-orm';
import { type Queryable, rowsOf, type Tx } from '../db/database.ts';
import { auditEvents } from './audit.tables.ts';

export type AuditEventRow = typeof auditEvents.$inferSelect;

/** One key for every audited write: see docs/adr/0004-audit-lock.md. */
const AUDIT_LOCK_KEY = 7_242_001;

/** Serialises audited writes until the transaction ends, so two writers never fork the chain. */
export async function lockAuditChain(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
}

export async function findNewestAuditEvent(db: Queryable): Promise<AuditEventRow | undefined> {
  const [last] = await db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  return last;
}

export async function hasAuditAction(db: Queryable, action: string): Promise<boolean> {
  const rows = await db
    .select({ seq: auditEvents.seq })
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .limit(1);
  return rows.length > 0;
}

export async function insertAuditEvent(tx: Tx, event: AuditEventRow): Promise<void> {
  await tx.insert(auditEvents).values(event);
}

/** Events after `afterSeq`, in order. */
export function listAuditEventsAfter(db: Queryable, afterSeq: number, limit: number) {
  return db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.seq, afterSeq))
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
}

export async function findAuditEvent(db: Queryable, seq: number): Promise<AuditEventRow | undefined> {
  const [row] = await db.select().from(auditEvents).where(eq(auditEvents.seq, seq));
  return row;
}

export async function findAuditEventHash(db: Queryable, seq: number): Promise<string | undefined> {
  const [row] = await db.select({ hash: auditEvents.hash }).from(auditEvents).where(eq(auditEvents.seq, seq));
  return row?.hash;
}

export type AuditListRow = {
  seq: number | string;
  at: Date | string;
  actor_label: string;
  actor_staff_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_label: string | null;
  details: Record<string, unknown>;
};

export type AuditSearch = {
  actor?: string | undefined;
  action?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  timeZone: string;
  beforeSeq?: number | undefined;
  limit: number;
};

/**
 * Audit events newest first, filtered, with what their target is called now. The names are read from
 * the features' tables by their SQL names: the audit log records targets by kind and id only, and
 * the platform may not import the features (a target that no longer exists has no name).
 */
export async function selectAuditEvents(db: Queryable, search: AuditSearch): Promise<AuditListRow[]> {
  const where: SQL[] = [];
  if (search.actor) where.push(sql`e.actor_staff_id = ${search.actor}`);
  if (search.action?.endsWith('.')) where.push(sql`starts_with(e.action, ${search.action})`);
  else if (search.action) where.push(sql`e.action = ${search.action}`);
  if (search.targetType) where.push(sql`e.target_type = ${search.targetType}`);
  if (search.targetId) where.push(sql`e.target_id = ${search.targetId}`);
  if (search.from) where.push(sql`e.at >= (${search.from}::date)::timestamp at time zone ${search.timeZone}`);
  if (search.to) where.push(sql`e.at < (${search.to}::date + 1)::timestamp at time zone ${search.timeZone}`);
  if (search.beforeSeq !== undefined) where.push(sql`e.seq < ${search.beforeSeq}`);
  const uuidTarget = sql`case when e.target_id ~ '^[0-9a-f-]{36}$' then e.target_id::uuid end`;
  return rowsOf<AuditListRow>(
    await db.execute(sql`
      select e.seq, e.at, e.actor_label, e.actor_staff_id, e.action, e.target_type, e.target_id, e.details,
        case e.target_type
          when 'staff' then (select display_name from staff where id = ${uuidTarget})
          when 'item' then (select url from items where id = ${uuidTarget})
          when 'report' then (select tracking_code from reports where id = ${uuidTarget})
          when 'notice' then (select coalesce(recipient_name, address) from notices where id = ${uuidTarget})
          when 'directory_entry' then (select name from directory_entries where id = ${uuidTarget})
          when 'partner_hotline' then (select name from partner_hotlines where id = ${uuidTarget})
        end as target_label
      from audit_events e
      ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
      order by e.seq desc
      limit ${search.limit}`),
  );
}

/** Everyone who appears in the log as having acted, by their current name (for the "who" filter). */
export async function selectAuditActors(db: Queryable): Promise<Array<{ staff_id: string; label: string }>> {
  return rowsOf<{ staff_id: string; label: string }>(
    await db.execute(sql`
      select s.id as staff_id, s.display_name as label from staff s
      where exists (select 1 from audit_events e where e.actor_staff_id = s.id)
      order by s.display_name`),
  );
}
