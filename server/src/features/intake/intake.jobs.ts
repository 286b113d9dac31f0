/**
 * Intake's jobs: contact e-mails are kept only for the retention period (VIGIE_CONTACT_RETENTION_DAYS,
 * fixed per report at submission), then erased — daily, and once at every start so a server that
 * was down at the scheduled hour catches up. The report itself stays; only the means to reach the
 * reporter goes.
 */
import { and, isNotNull, lt } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import type { JobRegistration } from '../../platform/jobs/index.ts';
import { reports } from './intake.tables.ts';

export const CONTACT_RETENTION_JOB = 'intake.contact-retention';
/** Every day at 03:17 UTC: off the hour, away from other nightly work. */
const DAILY = '17 3 * * *';

/** Erases expired contact e-mails; returns how many. Idempotent: a second run finds nothing. */
export async function clearExpiredContacts(db: Queryable, now = new Date()): Promise<number> {
  const cleared = await db
    .update(reports)
    .set({ contactEmailEnc: null, contactExpiresAt: null })
    .where(and(isNotNull(reports.contactExpiresAt), lt(reports.contactExpiresAt, now)))
    .returning({ id: reports.id });
  return cleared.length;
}

export const registerIntakeJobs: JobRegistration = async (queue, { database }) => {
  // 'short': at most one queued run, however many processes start or how often cron fires.
  await queue.register(CONTACT_RETENTION_JOB, async () => void (await clearExpiredContacts(database.db)), {
    policy: 'short',
    retryLimit: 5,
    retryDelaySeconds: 60,
  });
  await queue.schedule(CONTACT_RETENTION_JOB, DAILY, { alsoAtStart: true });
};
