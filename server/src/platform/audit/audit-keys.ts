/**
 * The audit log's keys, derived from the secret key and held only by the processes that write or
 * check the log, never by the database: the chain key (each event's hash is an HMAC under it, so
 * whoever can write to the database cannot re-hash an edited chain) and the checkpoint key (signs
 * the heads kept outside the database). Configured once per process, at the composition root
 * (`createServer`, `openConfiguredDatabase`) and by the test database; `appendAuditEvent` keeps its
 * `(tx, input)` signature and finds the key here.
 */
import { deriveKey } from '../crypto/key-derivation.ts';

export type AuditKeys = { chain: Buffer; checkpoint: Buffer };

const CHAIN_LABEL = 'vigie:audit-chain:v1';
const CHECKPOINT_LABEL = 'vigie:audit-checkpoint:v1';

let configured: { secretKey: Buffer; keys: AuditKeys } | undefined;

export function deriveAuditKeys(secretKey: Buffer): AuditKeys {
  return { chain: deriveKey(secretKey, CHAIN_LABEL), checkpoint: deriveKey(secretKey, CHECKPOINT_LABEL) };
}

/**
 * Sets this process's audit keys. Calling it again with the same secret key is harmless; with
 * another one it throws, since one process writing one chain under two keys would break it.
 */
export function configureAuditChain(secretKey: Buffer): void {
  if (configured) {
    if (configured.secretKey.equals(secretKey)) return;
    throw new Error('the audit chain is already configured with another secret key in this process');
  }
  configured = { secretKey: Buffer.from(secretKey), keys: deriveAuditKeys(secretKey) };
}

export function configuredAuditKeys(): AuditKeys {
  if (!configured) {
    throw new Error(
      'the audit chain key is not configured: call configureAuditChain(secretKey) at start-up, before writing or checking audit events',
    );
  }
  return configured.keys;
}
