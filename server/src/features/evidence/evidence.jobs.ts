/**
 * Evidence's job: a daily sweep that erases stored files no media record names any more. Uploads
 * and deletions already remove what they leave behind; this catches what a crash or a failed
 * removal could not (removeUnreferencedBlobs logs those), so deleted evidence does not linger.
 */
import pino from 'pino';
import { createFileBlobStore } from '../../platform/blobs/index.ts';
import { resolveSecretKey } from '../../platform/crypto/secret-box.ts';
import type { JobRegistration } from '../../platform/jobs/index.ts';
import { type EvidenceContext, removeUnreferencedBlobs } from './evidence.service.ts';

export const BLOB_SWEEP_JOB = 'evidence.blob-sweep';
/** Every day at 03:41 UTC, away from the contact-retention job. */
const DAILY = '41 3 * * *';
/** A blob this young may belong to an upload still in its transaction: left for the next sweep. */
const GRACE_MS = 60 * 60_000;

/** Erases blobs older than the grace period that no media record names; returns how many. */
export async function sweepUnreferencedBlobs(ctx: EvidenceContext, now = new Date()): Promise<number> {
  const old: string[] = [];
  for await (const blob of ctx.blobs.list()) {
    if (now.getTime() - blob.writtenAt.getTime() >= GRACE_MS) old.push(blob.key);
  }
  return old.length === 0 ? 0 : removeUnreferencedBlobs(ctx, old);
}

export const registerEvidenceJobs: JobRegistration = async (queue, { config, database }) => {
  const ctx: EvidenceContext = {
    db: database.db,
    blobs: createFileBlobStore(config.blobDir, resolveSecretKey(config.secretKey, config.dataDir)),
    log: pino({ name: 'evidence', level: config.logLevel }),
  };
  await queue.register(
    BLOB_SWEEP_JOB,
    async () => {
      const removed = await sweepUnreferencedBlobs(ctx);
      if (removed > 0) ctx.log.info({ removed }, 'erased evidence files no record names');
    },
    { policy: 'short', retryLimit: 3, retryDelaySeconds: 60 },
  );
  await queue.schedule(BLOB_SWEEP_JOB, DAILY);
};
