/**
 * Auth's job: once a day (and at every start), forget the sign-in throttle keys that have had no
 * failure for a day, so guesses at made-up addresses do not pile up. Idempotent.
 */
import type { JobRegistration } from '../jobs/index.ts';
import { sweepThrottles } from './sign-in-throttle.ts';

export const THROTTLE_SWEEP_JOB = 'auth.sign-in-throttle-sweep';
/** Every day at 04:41 UTC: off the hour, away from other nightly work. */
const DAILY = '41 4 * * *';

export const registerAuthJobs: JobRegistration = async (queue, { database }) => {
  await queue.register(THROTTLE_SWEEP_JOB, async () => void (await sweepThrottles(database.db)), {
    policy: 'short',
    retryLimit: 3,
    retryDelaySeconds: 60,
  });
  await queue.schedule(THROTTLE_SWEEP_JOB, DAILY, { alsoAtStart: true });
};
