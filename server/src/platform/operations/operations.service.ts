/**
 * The background work's health for the admin's home page: each job queue and the mail outbox with
 * what, if anything, needs a person. Work waiting longer than STALLED_AFTER means no process is
 * working it (VIGIE_JOBS=on somewhere) or it is stuck; a failure in the last day is worth a look.
 */
import type { Queryable } from '../db/database.ts';
import { type JobQueueHealthRow, selectJobQueueHealth, selectOutboxHealth } from './operations.queries.ts';
import type { OperationsHealth, OperationsProblem } from './operations.schemas.ts';

export const STALLED_AFTER_MINUTES = 15;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const olderThan = (value: Date | string | null, now: Date) =>
  value !== null && now.getTime() - new Date(value).getTime() > STALLED_AFTER_MINUTES * 60_000;

export async function operationsHealth(
  db: Queryable,
  options: { jobsRunHere: boolean; smtpConfigured: boolean; now?: Date },
): Promise<OperationsHealth> {
  const now = options.now ?? new Date();
  const [queueRows, outboxRow] = [await selectJobQueueHealth(db), await selectOutboxHealth(db)];
  const problems: OperationsProblem[] = [];

  const stalled = (q: JobQueueHealthRow) => olderThan(q.oldest_waiting_at, now);
  const queues = (queueRows ?? []).map((q) => ({
    name: q.name,
    schedule: q.cron,
    status: stalled(q) || q.failed_24h > 0 ? ('warning' as const) : ('ok' as const),
    waiting: q.waiting,
    active: q.active,
    oldest_waiting_at: iso(q.oldest_waiting_at),
    failed_24h: q.failed_24h,
    last_completed_at: iso(q.last_completed_at),
    last_failed_at: iso(q.last_failed_at),
    last_error: q.last_error || null,
  }));
  if (queueRows === null) problems.push({ code: 'jobs.not_installed' });
  const stalledQueues = (queueRows ?? []).filter(stalled).map((q) => q.name);
  if (stalledQueues.length > 0) problems.push({ code: 'jobs.stalled', queues: stalledQueues });
  const failedQueues = queues.filter((q) => q.failed_24h > 0).map((q) => q.name);
  if (failedQueues.length > 0) problems.push({ code: 'jobs.failed', queues: failedQueues });

  const outboxProblems: OperationsProblem[] = [];
  if (!options.smtpConfigured && outboxRow.queued > 0) outboxProblems.push({ code: 'outbox.no_smtp' });
  else if (outboxRow.due > 0 && olderThan(outboxRow.oldest_queued_at, now))
    outboxProblems.push({ code: 'outbox.stalled' });
  if (outboxRow.retrying > 0) outboxProblems.push({ code: 'outbox.retrying' });
  if (outboxRow.failed_7d > 0) outboxProblems.push({ code: 'outbox.failed' });
  problems.push(...outboxProblems);

  return {
    checked_at: now.toISOString(),
    status: problems.length > 0 ? 'warning' : 'ok',
    problems,
    jobs: { runs_here: options.jobsRunHere, queues },
    outbox: {
      status: outboxProblems.length > 0 ? 'warning' : 'ok',
      smtp_configured: options.smtpConfigured,
      ...outboxRow,
      oldest_queued_at: iso(outboxRow.oldest_queued_at),
      last_sent_at: iso(outboxRow.last_sent_at),
    },
  };
}
