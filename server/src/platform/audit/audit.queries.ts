/** The audit log's queries (drizzle only; the chain's rules live in audit.service.ts). */
import { asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../db/database.ts';
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
