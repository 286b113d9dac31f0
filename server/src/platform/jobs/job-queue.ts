/**
 * The job queue: pg-boss on whichever database Vigie runs (the embedded PGlite through an adapter,
 * or its own small pool on a PostgreSQL server), so jobs live in the same database as the data and
 * survive restarts. Features register idempotent handlers in their `<feature>.jobs.ts`; this module
 * owns starting, polling, retries and stopping, not what the jobs do.
 *
 * `enabled: false` (VIGIE_JOBS=off) keeps the queue usable for sending — jobs are stored for a
 * process that runs them — but this process works none and fires no schedules.
 */
import PgBoss from 'pg-boss';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { type BossDb, pgliteBossDb } from './pglite-adapter.ts';

/** The PostgreSQL schema pg-boss keeps its tables in. */
export const JOB_QUEUE_SCHEMA = 'pgboss';

export type JobInfo = { id: string; name: string };
export type JobHandler<T> = (data: T, job: JobInfo) => Promise<void>;

export type RegisterOptions = {
  /** Attempts after the first failure (default 3). */
  retryLimit?: number;
  /** Wait before the first retry (default 30 s). */
  retryDelaySeconds?: number;
  /** Double the wait after each failure (default true). */
  backoff?: boolean;
  /**
   * 'standard' (default); 'short' keeps at most one queued job per singletonKey; 'singleton' runs
   * at most one job per singletonKey at a time.
   */
  policy?: 'standard' | 'short' | 'singleton';
};

export type SendOptions = {
  /** Run no earlier than this date, or this many seconds from now. */
  startAfter?: Date | number;
  singletonKey?: string;
};

export type JobQueue = {
  readonly enabled: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  register<T extends object>(name: string, handler: JobHandler<T>, options?: RegisterOptions): Promise<void>;
  /** Stores a job; returns its id, or null when a singletonKey made it a duplicate. */
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  /**
   * Runs `name` on a cron expression (UTC, or in `timeZone`, an IANA name), e.g. '15 3 * * *',
   * replacing an earlier schedule; with `alsoAtStart`, once more whenever a process with jobs on
   * starts. May be called before start().
   */
  schedule(
    name: string,
    cron: string,
    options?: { data?: object; alsoAtStart?: boolean; timeZone?: string },
  ): Promise<void>;
};

/** What a feature's `<feature>.jobs.ts` exports: registers its handlers and schedules. */
export type JobRegistration = (
  queue: JobQueue,
  deps: { config: Config; database: Database },
) => Promise<void>;

type Logger = { error(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };

export type JobQueueOptions = {
  enabled: boolean;
  /** How often an idle worker asks for work. On PGlite every poll takes the single connection. */
  pollingIntervalSeconds?: number;
  /** Pool size of the queue's own connections on a PostgreSQL server. */
  poolSize?: number;
  log?: Logger;
};

type Registration = { name: string; handler: JobHandler<object>; options: RegisterOptions };
type Schedule = { name: string; cron: string; data: object; alsoAtStart: boolean; timeZone: string };

export function createJobQueue(database: Database, options: JobQueueOptions): JobQueue {
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const log: Logger = options.log ?? {
    error: (o, m) => console.error(m, o),
    warn: (o, m) => console.warn(m, o),
  };
  const connection: { db: BossDb } | { connectionString: string; max: number; application_name: string } =
    database.kind === 'embedded'
      ? { db: pgliteBossDb(requirePglite(database)) }
      : {
          connectionString: requireUrl(database),
          max: options.poolSize ?? 3,
          application_name: 'vigie-jobs',
        };
  const boss = new PgBoss({
    ...connection,
    schema: JOB_QUEUE_SCHEMA,
    supervise: options.enabled,
    schedule: options.enabled,
    pollingIntervalSeconds,
    cronWorkerIntervalSeconds: Math.max(pollingIntervalSeconds, 5),
    // Finished jobs are kept a week for inspection, then deleted by pg-boss's maintenance.
    deleteAfterDays: 7,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));

  const registrations = new Map<string, Registration>();
  const schedules = new Map<string, Schedule>();
  let started = false;

  async function activate(registration: Registration): Promise<void> {
    const { name, handler, options: o } = registration;
    const queueOptions = {
      name,
      policy: o.policy ?? 'standard',
      retryLimit: o.retryLimit ?? 3,
      retryDelay: o.retryDelaySeconds ?? 30,
      retryBackoff: o.backoff ?? true,
    };
    await boss.createQueue(name, queueOptions);
    // createQueue keeps an existing queue as it was: bring its retry settings up to date.
    await boss.updateQueue(name, queueOptions);
    if (!options.enabled) return;
    await boss.work<object>(name, { pollingIntervalSeconds }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data, { id: job.id, name: job.name });
        } catch (error) {
          // pg-boss records the failure and retries; the log says so where operators look.
          log.warn(
            { err: error, job: job.name, id: job.id },
            'job failed, will be retried if attempts remain',
          );
          throw error;
        }
      }
    });
  }

  async function applySchedule(entry: Schedule): Promise<void> {
    await boss.schedule(entry.name, entry.cron, entry.data, { tz: entry.timeZone });
    if (entry.alsoAtStart && options.enabled) await boss.send(entry.name, entry.data);
  }

  return {
    enabled: options.enabled,
    async start() {
      if (started) return;
      await boss.start();
      started = true;
      for (const registration of registrations.values()) await activate(registration);
      for (const entry of schedules.values()) await applySchedule(entry);
    },
    async stop() {
      if (!started) return;
      started = false;
      // Graceful: running handlers finish (or fail and are retried later); nothing new is fetched.
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
    async register(name, handler, registerOptions = {}) {
      if (registrations.has(name)) throw new Error(`job "${name}" is already registered`);
      const registration = { name, handler: handler as JobHandler<object>, options: registerOptions };
      registrations.set(name, registration);
      if (started) await activate(registration);
    },
    async send(name, data, sendOptions = {}) {
      if (!started) throw new Error(`job queue not started: cannot send "${name}"`);
      const startAfter =
        typeof sendOptions.startAfter === 'number'
          ? new Date(Date.now() + sendOptions.startAfter * 1000)
          : sendOptions.startAfter;
      return boss.send(name, data, {
        ...(startAfter ? { startAfter } : {}),
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
      });
    },
    async schedule(name, cron, scheduleOptions = {}) {
      const entry = {
        name,
        cron,
        data: scheduleOptions.data ?? {},
        alsoAtStart: scheduleOptions.alsoAtStart ?? false,
        timeZone: scheduleOptions.timeZone ?? 'UTC',
      };
      schedules.set(name, entry);
      if (started) await applySchedule(entry);
    },
  };
}

function requirePglite(database: Database) {
  if (!database.pglite) throw new Error('embedded database without a PGlite instance');
  return database.pglite;
}

function requireUrl(database: Database): string {
  if (!database.url) throw new Error('PostgreSQL database without a connection string');
  return database.url;
}
