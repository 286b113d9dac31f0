/**
 * Checkpoints: the chain's head (how many events, the newest hash, when) signed with a key derived
 * from the secret key, printed as one line to keep outside the database host. The chain alone
 * cannot tell that its newest events were removed (what remains is still a valid chain); a
 * checkpoint can: the database must still hold event #count with that hash. This file owns the
 * line format, its signature and the comparison with the database; where the lines are kept is the
 * operator's choice (see docs/adr/0003-audit-chain.md).
 */

import { hmacSha256 } from '../crypto/key-derivation.ts';
import { safeEqual } from '../crypto/secret-box.ts';
import type { Queryable } from '../db/database.ts';
import { findAuditEventHash } from './audit.queries.ts';
import { brokenLine, verifyAuditChain } from './audit.service.ts';
import { GENESIS_HASH } from './audit-hash.ts';
import type { AuditKeys } from './audit-keys.ts';

export type Checkpoint = { events: number; head: string; at: string };

const PREFIX = 'vigie-audit-checkpoint v1';
const LINE = new RegExp(
  `^${PREFIX} events=(0|[1-9]\\d{0,15}) head=([0-9a-f]{64}) at=(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z) sig=([0-9a-f]{64})$`,
);

const signedPart = (c: Checkpoint) => `${PREFIX} events=${c.events} head=${c.head} at=${c.at}`;

export function formatCheckpoint(checkpoint: Checkpoint, keys: AuditKeys): string {
  const body = signedPart(checkpoint);
  return `${body} sig=${hmacSha256(keys.checkpoint, body)}`;
}

/** The checkpoint of a line, or why it cannot be trusted. */
export function parseCheckpoint(
  line: string,
  keys: AuditKeys,
): { ok: true; checkpoint: Checkpoint } | { ok: false; reason: string } {
  const match = LINE.exec(line.trim());
  if (!match) return { ok: false, reason: 'not a checkpoint line' };
  const [, events, head, at, sig] = match as unknown as [string, string, string, string, string];
  const checkpoint = { events: Number(events), head, at };
  if (!safeEqual(hmacSha256(keys.checkpoint, signedPart(checkpoint)), sig)) {
    return {
      ok: false,
      reason: 'signature does not match (the line was altered or forged, or signed with another secret key)',
    };
  }
  return { ok: true, checkpoint };
}

/** The head of a chain that verify found intact with `events` events. */
export async function readChainHead(db: Queryable, events: number, at = new Date()): Promise<Checkpoint> {
  const head = events === 0 ? GENESIS_HASH : await findAuditEventHash(db, events);
  if (!head) throw new Error(`audit event #${events} disappeared while the checkpoint was taken`);
  return { events, head, at: at.toISOString() };
}

/**
 * Compares one trusted checkpoint with the database, whose chain verify found intact with
 * `events` events. Null when the database still holds what the checkpoint saw.
 */
export async function compareCheckpoint(
  db: Queryable,
  checkpoint: Checkpoint,
  events: number,
): Promise<string | null> {
  if (checkpoint.events > events) {
    return `audit log truncated: checkpoint of ${checkpoint.at} saw ${checkpoint.events} events, the database has ${events}`;
  }
  const hash = checkpoint.events === 0 ? GENESIS_HASH : await findAuditEventHash(db, checkpoint.events);
  if (hash !== checkpoint.head) {
    return `audit log rewritten: event #${checkpoint.events} is not the one the checkpoint of ${checkpoint.at} saw`;
  }
  return null;
}

export type CheckpointFileCheck =
  | { ok: true; checkpoints: number; newest: Checkpoint | undefined }
  | { ok: false; message: string };

/**
 * Checks every line of a checkpoint file (blank lines and `#` comments aside): each must carry a
 * valid signature, and the database must still hold what each saw. The first failure, in file order,
 * is the message.
 */
export async function checkCheckpointFile(
  db: Queryable,
  text: string,
  events: number,
  keys: AuditKeys,
): Promise<CheckpointFileCheck> {
  let checkpoints = 0;
  let newest: Checkpoint | undefined;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const parsed = parseCheckpoint(line, keys);
    if (!parsed.ok) return { ok: false, message: `checkpoint line ${index + 1}: ${parsed.reason}` };
    const problem = await compareCheckpoint(db, parsed.checkpoint, events);
    if (problem) return { ok: false, message: problem };
    checkpoints += 1;
    if (!newest || parsed.checkpoint.events >= newest.events) newest = parsed.checkpoint;
  }
  return { ok: true, checkpoints, newest };
}

/**
 * Verifies the chain and what the earlier checkpoints (`earlier`, a checkpoint file's text) saw, then
 * signs the head; refuses, with the reason, when either does not hold: a signature on a tampered head
 * would vouch for the tampering. Shared by `vigie audit checkpoint` and the daily audit job.
 */
export async function signChainHead(
  db: Queryable,
  earlier: string,
  keys: AuditKeys,
): Promise<{ ok: true; line: string } | { ok: false; reason: string }> {
  const result = await verifyAuditChain(db, { keys });
  if (!result.ok) return { ok: false, reason: brokenLine(result) };
  const held = await checkCheckpointFile(db, earlier, result.events, keys);
  if (!held.ok) return { ok: false, reason: held.message };
  return { ok: true, line: formatCheckpoint(await readChainHead(db, result.events), keys) };
}
