/**
 * Append-only audit log with a keyed hash chain: each event's hash is an HMAC, under a key the
 * database never holds, over its content and the previous event's hash. Editing or deleting an
 * event breaks every hash after it, and whoever can write to the database cannot compute new ones.
 * Events are written in the same transaction as the change they describe; an advisory lock
 * serialises writers so the chain never forks. The database refuses UPDATE, DELETE and TRUNCATE on
 * the table (migration 0005); the newest events' removal is caught by checkpoints kept outside it
 * (audit-checkpoint.ts).
 *
 * Chains started before keying hold plain SHA-256 hashes. The first audited write after the upgrade
 * (or the server's start) appends an `audit.chain_keyed` event that certifies that legacy prefix;
 * from then on a legacy-style hash anywhere is a break.
 */
import type { Db, Queryable, Tx } from '../db/database.ts';
import {
  type AuditEventRow,
  findAuditEvent,
  findNewestAuditEvent,
  hasAuditAction,
  insertAuditEvent,
  listAuditEventsAfter,
  lockAuditChain,
} from './audit.queries.ts';
import {
  CHAIN_KEYED_ACTION,
  type ChainedFields,
  classifyEventHash,
  GENESIS_HASH,
  hashAuditEvent,
} from './audit-hash.ts';
import { type AuditKeys, configuredAuditKeys } from './audit-keys.ts';

export { GENESIS_HASH };

export type AuditInput = {
  actorStaffId?: string | null;
  /** Who acted, for humans: an e-mail, "cli", "system", "anonymous". */
  actorLabel: string;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
};

export async function appendAuditEvent(tx: Tx, input: AuditInput): Promise<void> {
  const keys = configuredAuditKeys();
  await lockAuditChain(tx);
  const last = await startKeyedChain(tx, keys, await findNewestAuditEvent(tx));
  await appendAfter(tx, keys, last, input);
}

/**
 * Keys a chain that still ends with a legacy event (an installation upgraded from an unkeyed
 * version), so that `vigie audit verify` holds from the first start on, before any staff action.
 */
export async function keyAuditChain(db: Db): Promise<void> {
  const keys = configuredAuditKeys();
  await db.transaction(async (tx) => {
    await lockAuditChain(tx);
    await startKeyedChain(tx, keys, await findNewestAuditEvent(tx));
  });
}

/**
 * When the chain began before keying (its first and newest events are legacy) and no keying event
 * exists, appends the one that certifies the legacy prefix (how many events, and the hash of the
 * last). Anything else is left as it is: a broken chain stays broken, and verify names where.
 */
async function startKeyedChain(
  tx: Tx,
  keys: AuditKeys,
  last: AuditEventRow | undefined,
): Promise<AuditEventRow | undefined> {
  if (!last || classifyEventHash(last, keys.chain) !== 'legacy') return last;
  if (await hasAuditAction(tx, CHAIN_KEYED_ACTION)) return last;
  const first = last.seq === 1 ? last : await findAuditEvent(tx, 1);
  if (!first || classifyEventHash(first, keys.chain) !== 'legacy') return last;
  return appendAfter(tx, keys, last, {
    actorLabel: 'system',
    action: CHAIN_KEYED_ACTION,
    details: { legacyEvents: last.seq, legacyHead: last.hash },
  });
}

async function appendAfter(
  tx: Tx,
  keys: AuditKeys,
  last: AuditEventRow | undefined,
  input: AuditInput,
): Promise<AuditEventRow> {
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
  const row = { ...event, hash: hashAuditEvent(event, keys.chain) };
  await insertAuditEvent(tx, row);
  return row;
}

export type AuditVerification =
  /** `legacyEvents` is there when the chain starts with events written before keying. */
  | { ok: true; events: number; legacyEvents?: number }
  | { ok: false; events: number; brokenSeq: number; reason: string };

export const BREAK_REASONS = {
  missing: 'event missing from the chain',
  link: 'previous-hash link does not match',
  content: 'event content does not match its hash',
  legacyAfterKeyed: 'event hashed without the chain key after keying started',
  uncertifiedLegacy: 'event hashed without the chain key, and no keying event certifies it',
} as const;

/**
 * Walks the whole chain in order, in pages, and names the first event that does not hold. Legacy
 * (unkeyed) events are accepted only as the prefix that the first keyed event, `audit.chain_keyed`,
 * certifies by count and head; otherwise the first of them is named.
 */
export async function verifyAuditChain(
  db: Queryable,
  options: { pageSize?: number; keys?: AuditKeys } = {},
): Promise<AuditVerification> {
  const chainKey = (options.keys ?? configuredAuditKeys()).chain;
  const pageSize = options.pageSize ?? 5000;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let legacy = 0;
  let keyed = false;
  const broken = (brokenSeq: number, reason: string): AuditVerification => ({
    ok: false,
    events: checked,
    brokenSeq,
    reason,
  });
  for (;;) {
    const page = await listAuditEventsAfter(db, checked, pageSize);
    for (const event of page) {
      if (event.seq !== checked + 1) return broken(checked + 1, BREAK_REASONS.missing);
      if (event.prevHash !== prevHash) return broken(event.seq, BREAK_REASONS.link);
      const kind = classifyEventHash(event, chainKey);
      if (kind === 'mismatch') return broken(event.seq, BREAK_REASONS.content);
      if (kind === 'legacy') {
        if (keyed) return broken(event.seq, BREAK_REASONS.legacyAfterKeyed);
        legacy += 1;
      } else if (!keyed) {
        if (legacy > 0 && !certifiesLegacyPrefix(event, legacy))
          return broken(1, BREAK_REASONS.uncertifiedLegacy);
        keyed = true;
      }
      prevHash = event.hash;
      checked += 1;
    }
    if (page.length < pageSize) break;
  }
  if (legacy > 0 && !keyed) return broken(1, BREAK_REASONS.uncertifiedLegacy);
  return legacy > 0 ? { ok: true, events: checked, legacyEvents: legacy } : { ok: true, events: checked };
}

function certifiesLegacyPrefix(event: AuditEventRow, legacyEvents: number): boolean {
  return (
    event.action === CHAIN_KEYED_ACTION &&
    event.details.legacyEvents === legacyEvents &&
    event.details.legacyHead === event.prevHash
  );
}

/** The public one-line verdict on a broken chain (scripts grep it). */
export const brokenLine = (result: Extract<AuditVerification, { ok: false }>) =>
  `audit chain broken at event #${result.brokenSeq}: ${result.reason}`;
