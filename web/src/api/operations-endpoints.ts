/** The background work's health, for admins (GET /api/operations/health). */
import { api } from './client.ts';

export type OperationsProblemCode =
  | 'jobs.not_installed'
  | 'jobs.stalled'
  | 'jobs.failed'
  | 'outbox.no_smtp'
  | 'outbox.stalled'
  | 'outbox.retrying'
  | 'outbox.failed';
type Status = 'ok' | 'warning';
export type OperationsHealth = {
  checked_at: string;
  status: Status;
  problems: { code: OperationsProblemCode; queues?: string[] }[];
  jobs: {
    runs_here: boolean;
    queues: {
      name: string;
      schedule: string | null;
      status: Status;
      waiting: number;
      active: number;
      oldest_waiting_at: string | null;
      failed_24h: number;
      last_completed_at: string | null;
      last_failed_at: string | null;
      last_error: string | null;
    }[];
  };
  outbox: {
    status: Status;
    smtp_configured: boolean;
    queued: number;
    due: number;
    retrying: number;
    oldest_queued_at: string | null;
    failed_7d: number;
    sent_24h: number;
    last_sent_at: string | null;
    last_error: string | null;
  };
};

export const operationsApi = {
  health: () => api.get<OperationsHealth>('/api/operations/health'),
};
