/**
 * Installs everything the job queue creates with DDL, for a deployment where the server runs as a
 * role that owns nothing (docs/adr/0003-audit-chain.md): pg-boss's schema (or its upgrade), one
 * table partition per queue the features register, and the scheduler's own queue. Run by
 * `vigie migrate --grant-to ROLE` as the owner; the server then only needs DML on these tables.
 */
import PgBoss from 'pg-boss';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createJobQueue, JOB_QUEUE_SCHEMA, type JobRegistration } from './job-queue.ts';

/**
 * pg-boss's internal queue for cron schedules. A process with schedules on creates it at start and
 * ignores a failure, after which no schedule fires: so it must exist before such a process starts.
 */
const SCHEDULER_QUEUE = '__pgboss__send-it';

export async function installJobQueues(
  database: Database,
  registrations: JobRegistration[],
  deps: { config: Config },
): Promise<void> {
  if (!database.url) throw new Error('installJobQueues needs a PostgreSQL server');
  // Jobs off: the queues and schedules are created, nothing runs here.
  const queue = createJobQueue(database, { enabled: false });
  for (const register of registrations) await register(queue, { config: deps.config, database });
  await queue.start();
  await queue.stop();
  const boss = new PgBoss({
    connectionString: database.url,
    schema: JOB_QUEUE_SCHEMA,
    max: 1,
    supervise: false,
    schedule: false,
  } as PgBoss.ConstructorOptions);
  await boss.start();
  try {
    await boss.createQueue(SCHEDULER_QUEUE);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
