/**
 * How an audit event is hashed. Since keying, an event's hash is HMAC-SHA-256 under the chain key
 * over its canonical JSON (content + the previous event's hash). Installations older than keying
 * hashed with plain SHA-256: those "legacy" hashes are recognised so that verification can accept
 * them as the chain's prefix, and refuse them anywhere after a keyed event.
 */
import { hmacSha256 } from '../crypto/key-derivation.ts';
import { sha256 } from '../crypto/secret-box.ts';
import type { auditEvents } from './audit.tables.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** The action of the event that starts keying and certifies the legacy prefix before it. */
export const CHAIN_KEYED_ACTION = 'audit.chain_keyed';

export type ChainedFields = Omit<typeof auditEvents.$inferSelect, 'hash'>;
export type HashKind = 'keyed' | 'legacy' | 'mismatch';

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

function canonicalEvent(event: ChainedFields): string {
  return canonical({
    seq: event.seq,
    at: new Date(event.at).toISOString(),
    actorStaffId: event.actorStaffId,
    actorLabel: event.actorLabel,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    details: event.details,
    prevHash: event.prevHash,
  });
}

export function hashAuditEvent(event: ChainedFields, chainKey: Buffer): string {
  return hmacSha256(chainKey, canonicalEvent(event));
}

/** The hash events had before keying (plain SHA-256); never written any more. */
export function legacyHashAuditEvent(event: ChainedFields): string {
  return sha256(canonicalEvent(event));
}

/** Whether the stored hash is this event's keyed hash, its legacy hash, or neither. */
export function classifyEventHash(event: ChainedFields & { hash: string }, chainKey: Buffer): HashKind {
  if (hashAuditEvent(event, chainKey) === event.hash) return 'keyed';
  if (legacyHashAuditEvent(event) === event.hash) return 'legacy';
  return 'mismatch';
}
