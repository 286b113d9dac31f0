/**
 * The `notices.proposals` job: every minute and at start, it routes the items whose verdict became
 * final (notice-proposals.ts) and lets automatic notices whose delay has passed go. One run at a time
 * per process ('short' policy); several processes share the work safely (each assessment is claimed
 * by a unique key). Items are found by query: no hook in qualification is needed, and a verdict
 * waits at most a minute.
 */
import pino from 'pino';
import { createSecretBox, resolveSecretKey } from '../../platform/crypto/secret-box.ts';
import type { Queryable } from '../../platform/db/database.ts';
import type { JobRegistration } from '../../platform/jobs/index.ts';
import { type NoticeParts, noPartnerHotlines, noticeParts, type PartnerFor } from './notice-parts.ts';
import { runNoticeProposals } from './notice-proposals.ts';

export const NOTICE_PROPOSALS_JOB = 'notices.proposals';
const EVERY_MINUTE = '* * * * *';
const BATCH = 100;

/**
 * `findPartner`: the partner hotline list's look-up (features/partners), given by the composition
 * root; without it routing is told of no partner hotline.
 */
export function noticeJobs(
  options: {
    parts?: NoticeParts;
    findPartner?: (db: Queryable, country: string) => ReturnType<PartnerFor>;
  } = {},
): JobRegistration {
  return async (queue, { config, database }) => {
    const log = pino({ name: 'notices', level: config.logLevel });
    const ctx = {
      db: database.db,
      secretBox: createSecretBox(resolveSecretKey(config.secretKey, config.dataDir)),
      notifier: config.notifier,
      parts: options.parts ?? noticeParts,
      partnerFor: options.findPartner
        ? (country: string) => options.findPartner?.(database.db, country) ?? noPartnerHotlines(country)
        : noPartnerHotlines,
      log,
    };
    await queue.register(
      NOTICE_PROPOSALS_JOB,
      async () => {
        const run = await runNoticeProposals(ctx, { batch: BATCH });
        if (run.routed + run.released > 0) log.info(run, 'notice proposals');
        // A full batch means more are waiting: go on without waiting for the next minute.
        if (run.routed >= BATCH) await queue.send(NOTICE_PROPOSALS_JOB, {});
      },
      { policy: 'short', retryLimit: 3, retryDelaySeconds: 30 },
    );
    await queue.schedule(NOTICE_PROPOSALS_JOB, EVERY_MINUTE, { alsoAtStart: true });
  };
}
