import { z } from 'zod';

/** What an admin is told to look at; the staff app words each code in the reader's language. */
export const OPERATIONS_PROBLEMS = [
  'jobs.not_installed',
  'jobs.stalled',
  'jobs.failed',
  'outbox.no_smtp',
  'outbox.stalled',
  'outbox.retrying',
  'outbox.failed',
] as const;

const instant = z.string().nullable();
const status = z.enum(['ok', 'warning']);

export const operationsHealthResponse = z.object({
  checked_at: z.string(),
  status,
  problems: z.array(z.object({ code: z.enum(OPERATIONS_PROBLEMS), queues: z.array(z.string()).optional() })),
  jobs: z.object({
    /** Whether the process that answered works jobs (VIGIE_JOBS); another process may. */
    runs_here: z.boolean(),
    queues: z.array(
      z.object({
        name: z.string(),
        schedule: z.string().nullable(),
        status,
        waiting: z.number().int(),
        active: z.number().int(),
        oldest_waiting_at: instant,
        failed_24h: z.number().int(),
        last_completed_at: instant,
        last_failed_at: instant,
        last_error: z.string().nullable(),
      }),
    ),
  }),
  outbox: z.object({
    status,
    smtp_configured: z.boolean(),
    queued: z.number().int(),
    due: z.number().int(),
    retrying: z.number().int(),
    oldest_queued_at: instant,
    failed_7d: z.number().int(),
    sent_24h: z.number().int(),
    last_sent_at: instant,
    last_error: z.string().nullable(),
  }),
});
export type OperationsHealth = z.output<typeof operationsHealthResponse>;
export type OperationsProblem = OperationsHealth['problems'][number];
