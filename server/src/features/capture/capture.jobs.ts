/**
 * Capture's jobs. `capture.run` works the queued captures (the captures table is the queue): every
 * minute, once at start, and right after a capture is asked for in this process
 * (announceCaptureRequested). `capture.retention` runs daily and erases the captured originals whose
 * category's retention has ended — or whose item is now in a hashes-only category — keeping each
 * record with its hashes, PDQ, preview and dates.
 */
import pino from 'pino';
import { createFileBlobStore } from '../../platform/blobs/index.ts';
import { resolveSecretKey } from '../../platform/crypto/secret-box.ts';
import { createConfiguredFetcher, type SafeFetcher } from '../../platform/fetch/index.ts';
import { createWakeSignal, type JobRegistration, wakeJobOn } from '../../platform/jobs/index.ts';
import { createMediaPool, type EvidenceContext, eraseMediaOriginal } from '../evidence/index.ts';
import { listCapturedOriginals, takeDueCaptures } from './capture.queries.ts';
import type { CaptureContext } from './capture-context.ts';
import { capturePolicyFor, originalExpiry } from './capture-policy.ts';
import { recordCapture } from './capture-record.ts';
import { emptyResult, retryOrFail, runCapture } from './capture-run.ts';
import { createScreenshotTaker, type ScreenshotTaker } from './screenshot.ts';

export const CAPTURE_RUN_JOB = 'capture.run';
export const CAPTURE_RETENTION_JOB = 'capture.retention';
const EVERY_MINUTE = '* * * * *';
/** Every day at 04:23 UTC, away from the other daily jobs. */
const DAILY = '23 4 * * *';
/** A running capture not finished by then is taken up again (its worker is presumed dead). */
const LEASE_MS = 15 * 60_000;
/** Captures taken per transaction, and worked per job run (the next run takes the rest). */
const BATCH = 4;
const MAX_PER_RUN = 40;

const captureRequested = createWakeSignal();

/** Call after the transaction that queued a capture has committed: wakes the worker in this process. */
export const announceCaptureRequested = captureRequested.announce;

/**
 * Runs the captures due now (`clock()`), a few at a time, until none is due or MAX_PER_RUN are
 * done; returns how many ran. An unexpected error ends that attempt like a transient failure.
 */
export async function runDueCaptures(
  ctx: CaptureContext,
  clock: () => Date = () => new Date(),
): Promise<number> {
  let ran = 0;
  while (ran < MAX_PER_RUN) {
    const now = clock();
    const batch = await ctx.db.transaction((tx) =>
      takeDueCaptures(tx, now, new Date(now.getTime() + LEASE_MS), BATCH),
    );
    if (batch.length === 0) break;
    for (const due of batch) {
      try {
        await runCapture(ctx, due, clock());
      } catch (error) {
        ctx.log.error({ err: error, capture: due.id }, 'a capture stopped on an unexpected error');
        const reason = 'an unexpected error stopped the capture (the server log says which)';
        await recordCapture(
          ctx,
          due,
          retryOrFail(due, clock()),
          { ...emptyResult(), errorCode: 'internal', errorReason: reason },
          [],
        );
      }
      ran += 1;
    }
  }
  return ran;
}

/** Erases the captured originals that must go at `now`; returns how many went. */
export async function eraseExpiredOriginals(ctx: EvidenceContext, now = new Date()): Promise<number> {
  let erased = 0;
  let after: string | null = null;
  for (;;) {
    const batch = await listCapturedOriginals(ctx.db, after, 500);
    if (batch.length === 0) return erased;
    for (const media of batch) {
      const reason = originalExpiry(capturePolicyFor(media.category), media.requestedAt, now);
      if (reason && (await eraseMediaOriginal(ctx, media.mediaId, reason))) erased += 1;
    }
    after = batch[batch.length - 1]?.mediaId ?? null;
  }
}

/** Tests give their own fetcher (with its loopback allow-list) and screenshot taker. */
export function captureJobs(
  options: { fetcher?: SafeFetcher; screenshots?: ScreenshotTaker } = {},
): JobRegistration {
  return async (queue, { config, database }) => {
    const ctx: CaptureContext = {
      db: database.db,
      blobs: createFileBlobStore(config.blobDir, resolveSecretKey(config.secretKey, config.dataDir)),
      log: pino({ name: 'capture', level: config.logLevel }),
      // Its own threads, apart from uploads': a capture never makes an analyst's upload wait.
      pool: createMediaPool(config.mediaPool),
      fetcher: options.fetcher ?? createConfiguredFetcher(config),
      screenshots: options.screenshots ?? createScreenshotTaker({ chromium: config.capture.chromium }),
      limits: {
        maxMedia: config.capture.maxMedia,
        maxMediaBytes: config.capture.maxMediaBytes,
        maxBytesPerMedia: config.fetch.maxBytes,
      },
    };
    // Attempts fail inside (recorded, retried by the captures table), so pg-boss retries only what threw.
    await queue.register(CAPTURE_RUN_JOB, async () => void (await runDueCaptures(ctx)), {
      policy: 'short',
      retryLimit: 3,
      retryDelaySeconds: 30,
    });
    await queue.schedule(CAPTURE_RUN_JOB, EVERY_MINUTE, { alsoAtStart: true });
    await queue.register(
      CAPTURE_RETENTION_JOB,
      async () => {
        const erased = await eraseExpiredOriginals(ctx);
        if (erased > 0) ctx.log.info({ erased }, 'erased captured originals whose retention ended');
      },
      { policy: 'short', retryLimit: 3, retryDelaySeconds: 60 },
    );
    await queue.schedule(CAPTURE_RETENTION_JOB, DAILY);
    wakeJobOn(queue, captureRequested, CAPTURE_RUN_JOB);
  };
}

export const registerCaptureJobs: JobRegistration = captureJobs();
