/**
 * The `notices.police_batch` job: every day at VIGIE_POLICE_BATCH_HOUR (default 07:00) in
 * VIGIE_TIME_ZONE (default Europe/Paris), and at each start to catch up a missed day, it gathers the
 * queued police portal notices into the day's batch (police-batch.service.ts). Safe with several
 * processes: preparing is serialised and the day's batch is made once.
 */
import pino from 'pino';
import type { JobRegistration } from '../../platform/jobs/index.ts';
import { prepareDailyPoliceBatch } from './police-batch.service.ts';

export const POLICE_BATCH_JOB = 'notices.police_batch';

export const policeBatchCron = (hour: number) => `0 ${hour} * * *`;

export const registerPoliceBatchJobs: JobRegistration = async (queue, { config, database }) => {
  const log = pino({ name: 'notices', level: config.logLevel });
  const ctx = { db: database.db, timeZone: config.timeZone, notifier: config.notifier };
  await queue.register(
    POLICE_BATCH_JOB,
    async () => {
      const batch = await prepareDailyPoliceBatch(ctx, config.policeBatchHour);
      if (batch) {
        log.info(
          { batch_id: batch.id, date: batch.date, notices: batch.notice_count, items: batch.item_count },
          'police portal batch prepared',
        );
      }
    },
    { policy: 'short', retryLimit: 3, retryDelaySeconds: 60 },
  );
  await queue.schedule(POLICE_BATCH_JOB, policeBatchCron(config.policeBatchHour), {
    alsoAtStart: true,
    timeZone: config.timeZone,
  });
};
