/**
 * Intake's jobs: contact e-mails are kept only for the retention period (VIGIE_CONTACT_RETENTION_DAYS,
 * fixed per report at submission), then erased — daily, and once at every start so a server that
 * was down at the scheduled hour catches up. The report itself stays; only the means to reach the
 * reporter goes, including the copy a still-queued feedback mail holds in the outbox.
 */
import { and, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { JobRegistration } from '../../platform/jobs/index.ts';
import { cancelQueuedMailTo } from '../../platform/mail/index.ts';
import { reports } from './intake.tables.ts';

export const CONTACT_RETENTION_JOB = 'intake.contact-retention';
/** Every day at 03:17 UTC: off the hour, away from other nightly work. */
const DAILY = '17 3 * * *';

/**
 * Erases expired contact e-mails and cancels the mail still queued to them; returns how many
 * addresses were erased. Idempotent: a second run finds nothing.
 */
export async function clearExpiredContacts(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await tx
      .select({ id: reports.id, contactEmailEnc: reports.contactEmailEnc })
      .from(reports)
      .where(and(isNotNull(reports.contactExpiresAt), lt(reports.contactExpiresAt, now)))
      .for('update');
    if (expired.length === 0) return 0;
    await tx
      .update(reports)
      .set({ contactEmailEnc: null, contactExpiresAt: null })
      .where(
        inArray(
          reports.id,
          expired.map((r) => r.id),
        ),
      );
    // Feedback mail carries the very ciphertext stored on the report (see feedback.service.ts).
    await cancelQueuedMailTo(
      tx,
      expired.flatMap((r) => (r.contactEmailEnc ? [r.contactEmailEnc] : [])),
    );
    return expired.length;
  });
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
