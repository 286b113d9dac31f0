/**
 * The `hosting.lookups` job: every minute, at start, and as soon as new reports are stored or
 * someone asks for a look-up, it enrols new items and looks up what is due (item-hosting.ts).
 * One run at a time per process ('short' policy); several processes share the work safely (due
 * look-ups are leased with SKIP LOCKED).
 */
import pino from 'pino';
import { createConfiguredFetcher } from '../../platform/fetch/index.ts';
import { type JobRegistration, wakeJobOn } from '../../platform/jobs/index.ts';
import { onReportsStored } from '../intake/index.ts';
import { createHostingLookup } from './hosting-service.ts';
import { announceDueLookups, dueLookups, runDueLookups } from './item-hosting.ts';

export const HOSTING_LOOKUPS_JOB = 'hosting.lookups';
const EVERY_MINUTE = '* * * * *';

export const registerHostingJobs: JobRegistration = async (queue, { config, database }) => {
  const log = pino({ name: 'hosting', level: config.logLevel });
  const ctx = {
    db: database.db,
    lookUp: createHostingLookup({ config, fetcher: createConfiguredFetcher(config), db: database.db }),
    log,
  };
  await queue.register(
    HOSTING_LOOKUPS_JOB,
    async () => {
      const run = await runDueLookups(ctx, { batch: 200, concurrency: 8 });
      if (run.lookedUp > 0) log.info(run, 'hosting look-ups');
      // A full batch means more are waiting: go on without waiting for the next minute.
      if (run.lookedUp >= 200 || run.enrolled >= 200) announceDueLookups();
    },
    { policy: 'short', retryLimit: 3, retryDelaySeconds: 30 },
  );
  await queue.schedule(HOSTING_LOOKUPS_JOB, EVERY_MINUTE, { alsoAtStart: true });
  wakeJobOn(queue, dueLookups, HOSTING_LOOKUPS_JOB);
  wakeJobOn(queue, { listen: onReportsStored }, HOSTING_LOOKUPS_JOB);
};
