/**
 * Append-only audit log with a hash chain: each event's hash covers its content and the previous
 * event's hash, so editing or deleting any event breaks every hash after it. Events are written in
 * the same transaction as the change they describe; an advisory lock serialises writers so the
 * chain never forks.
 */
import { asc, desc, gt, sql } from 'drizzle-orm';
import { sha256 } from '../crypto/secret-box.ts';
import type { Queryable, Tx } from '../db/database.ts';
import { auditEvents } from './audit.tables.ts';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK_KEY = 7_242_001;

export type AuditInput = {
  actorStaffId?: string | null;
  /** Who acted, for humans: an e-mail, "cli", "system", "anonymous". */
  actorLabel: string;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
};

type ChainedFields = Omit<typeof auditEvents.$inferSelect, 'hash'>;

/** Canonical JSON: object keys sorted, so the hash does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function hashAuditEvent(event: ChainedFields): string {
  return sha256(
    canonical({
      seq: event.seq,
      at: new Date(event.at).toISOString(),
      actorStaffId: event.actorStaffId,
      actorLabel: event.actorLabel,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      details: event.details,
      prevHash: event.prevHash,
    }),
  );
}

export async function appendAuditEvent(tx: Tx, input: AuditInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const event: ChainedFields = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actorStaffId: input.actorStaffId ?? null,
    actorLabel: input.actorLabel,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    details: input.details ?? {},
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditEvents).values({ ...event, hash: hashAuditEvent(event) });
}

export type AuditVerification =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenSeq: number; reason: string };

/** Walks the whole chain in order, in pages, and names the first event that does not hold. */
export async function verifyAuditChain(db: Queryable, pageSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(pageSize);
    for (const event of page) {
      const fail = (reason: string) => ({
        ok: false as const,
        events: checked,
        brokenSeq: event.seq,
        reason,
      });
      if (event.seq !== expectedSeq) {
        return { ok: false, events: checked, brokenSeq: expectedSeq, reason: 'event missing from the chain' };
      }
      if (event.prevHash !== prevHash) return fail('previous-hash link does not match');
      if (hashAuditEvent(event) !== event.hash) return fail('event content does not match its hash');
      prevHash = event.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (page.length < pageSize) return { ok: true, events: checked };
  }
}
