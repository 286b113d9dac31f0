/**
 * The `statistics.refresh` job: keeps the figures' summary (stats_item_facts) within minutes of the
 * working tables, every five minutes and at start. One run at a time; a refresh writes only changed rows.
 */
import pino from 'pino';
import type { JobRegistration } from '../../platform/jobs/index.ts';
import { refreshStatistics } from './statistics-refresh.ts';

export const STATISTICS_REFRESH_JOB = 'statistics.refresh';
const EVERY_FIVE_MINUTES = '*/5 * * * *';

export const registerStatisticsJobs: JobRegistration = async (queue, { config, database }) => {
  const log = pino({ name: 'statistics', level: config.logLevel });
  await queue.register(
    STATISTICS_REFRESH_JOB,
    async () => {
      const done = await refreshStatistics(database.db);
      if (done.changed > 0) log.info({ changed: done.changed, ms: done.durationMs }, 'figures refreshed');
    },
    { policy: 'short', retryLimit: 2, retryDelaySeconds: 60 },
  );
  await queue.schedule(STATISTICS_REFRESH_JOB, EVERY_FIVE_MINUTES, { alsoAtStart: true });
};
