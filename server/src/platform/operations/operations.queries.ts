/**
 * How the background work is doing, read from where it lives: pg-boss's tables (one row per job,
 * moved to its archive some hours after completing) and the mail outbox. Counts and times only:
 * no job data and no recipient is read.
 */
import { sql } from 'drizzle-orm';
import { type Queryable, rowsOf } from '../db/database.ts';
import { JOB_QUEUE_SCHEMA } from '../jobs/job-queue.ts';

export type JobQueueHealthRow = {
  name: string;
  cron: string | null;
  waiting: number;
  active: number;
  oldest_waiting_at: Date | string | null;
  failed_24h: number;
  last_completed_at: Date | string | null;
  last_failed_at: Date | string | null;
  last_error: string | null;
};

/** Queues whose name starts so are pg-boss's own (its scheduler), not Vigie's work. */
const INTERNAL_QUEUE_PREFIX = '__pgboss__';

export async function selectJobQueueHealth(db: Queryable): Promise<JobQueueHealthRow[] | null> {
  const installed = rowsOf<{ ok: boolean }>(
    await db.execute(sql`select to_regclass(${`${JOB_QUEUE_SCHEMA}.archive`}) is not null as ok`),
  );
  if (!installed[0]?.ok) return null;
  const schema = sql.identifier(JOB_QUEUE_SCHEMA);
  return rowsOf<JobQueueHealthRow>(
    await db.execute(sql`
      with jobs as (
        select name, state::text as state, start_after, created_on, completed_on, output
        from ${schema}.job
        union all
        select name, state::text, start_after, created_on, completed_on, output
        from ${schema}.archive
      ),
      per_queue as (
        select name,
          count(*) filter (where state in ('created', 'retry') and start_after <= now())::int as waiting,
          count(*) filter (where state = 'active')::int as active,
          min(created_on) filter (where state in ('created', 'retry') and start_after <= now())
            as oldest_waiting_at,
          count(*) filter (where state = 'failed' and completed_on > now() - interval '24 hours')::int
            as failed_24h,
          max(completed_on) filter (where state = 'completed') as last_completed_at,
          max(completed_on) filter (where state = 'failed') as last_failed_at
        from jobs group by name
      )
      select q.name, s.cron,
        coalesce(p.waiting, 0) as waiting, coalesce(p.active, 0) as active, p.oldest_waiting_at,
        coalesce(p.failed_24h, 0) as failed_24h, p.last_completed_at, p.last_failed_at,
        (select left(split_part(coalesce(j.output->>'message', ''), E'\n', 1), 200) from jobs j
          where j.name = q.name and j.state = 'failed' order by j.completed_on desc limit 1) as last_error
      from ${schema}.queue q
      left join ${schema}.schedule s on s.name = q.name
      left join per_queue p on p.name = q.name
      where q.name not like ${`${INTERNAL_QUEUE_PREFIX}%`}
      order by q.name`),
  );
}

export type OutboxHealthRow = {
  queued: number;
  due: number;
  retrying: number;
  oldest_queued_at: Date | string | null;
  failed_7d: number;
  sent_24h: number;
  last_sent_at: Date | string | null;
  last_error: string | null;
};

export async function selectOutboxHealth(db: Queryable): Promise<OutboxHealthRow> {
  const [row] = rowsOf<OutboxHealthRow>(
    await db.execute(sql`
      select
        count(*) filter (where state = 'queued')::int as queued,
        count(*) filter (where state = 'queued' and next_attempt_at <= now())::int as due,
        count(*) filter (where state = 'queued' and attempts > 0)::int as retrying,
        min(created_at) filter (where state = 'queued') as oldest_queued_at,
        count(*) filter (where state = 'failed' and created_at > now() - interval '7 days')::int as failed_7d,
        count(*) filter (where state = 'sent' and sent_at > now() - interval '24 hours')::int as sent_24h,
        max(sent_at) as last_sent_at,
        (select last_error from mail_outbox where last_error is not null and state in ('queued', 'failed')
          order by next_attempt_at desc limit 1) as last_error
      from mail_outbox`),
  );
  if (!row) throw new Error('the outbox count returned no row');
  return row;
}
