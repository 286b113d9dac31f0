/**
 * Test helpers that play the attacker (someone with superuser rights on the database, but without
 * the secret key) and the old, unkeyed version of Vigie. Tests only.
 */
import { asc, eq, gte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.ts';
import { auditEvents } from './audit.tables.ts';
import { GENESIS_HASH, legacyHashAuditEvent } from './audit-hash.ts';

/**
 * Runs `change` with the append-only triggers off, as a superuser can: session_replication_role =
 * replica skips ordinary triggers, and only a superuser may set it.
 */
export async function tamperWithAuditLog(db: Db, change: (tx: Tx) => Promise<unknown>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await change(tx);
  });
}

/** Recomputes every hash from event #fromSeq on with plain SHA-256, links included. */
export async function rehashWithoutKey(tx: Tx, fromSeq: number): Promise<void> {
  const [before] = await tx
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.seq, fromSeq - 1));
  let prevHash = before?.hash ?? GENESIS_HASH;
  const events = await tx
    .select()
    .from(auditEvents)
    .where(gte(auditEvents.seq, fromSeq))
    .orderBy(asc(auditEvents.seq));
  for (const event of events) {
    const hash = legacyHashAuditEvent({ ...event, prevHash });
    await tx.update(auditEvents).set({ prevHash, hash }).where(eq(auditEvents.seq, event.seq));
    prevHash = hash;
  }
}

/** Appends events the way versions before keying did: plain SHA-256, no lock, no keying. */
export async function appendLegacyEvents(db: Db, actions: string[]): Promise<void> {
  for (const action of actions) {
    const [last] = await db.select().from(auditEvents).orderBy(sql`${auditEvents.seq} desc`).limit(1);
    const event = {
      seq: (last?.seq ?? 0) + 1,
      at: new Date().toISOString(),
      actorStaffId: null,
      actorLabel: 'cli',
      action,
      targetType: null,
      targetId: null,
      details: {},
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    await db.insert(auditEvents).values({ ...event, hash: legacyHashAuditEvent(event) });
  }
}
