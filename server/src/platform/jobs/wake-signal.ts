/**
 * "There is work now": a service announces it after its transaction commits, and the job that does
 * the work runs at once instead of at its next scheduled minute. Process-local; losing an
 * announcement loses nothing, the schedule picks the work up.
 */
import type { JobQueue } from './job-queue.ts';

export type WakeSignal = { announce(): void; listen(listener: () => void): () => void };

export function createWakeSignal(): WakeSignal {
  const listeners = new Set<() => void>();
  return {
    announce: () => {
      for (const listener of listeners) listener();
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Sends `job` on each announcement of `signal` (once the queue runs; a stopping queue ignores it). */
export function wakeJobOn(queue: JobQueue, signal: Pick<WakeSignal, 'listen'>, job: string): void {
  if (!queue.enabled) return;
  signal.listen(() => {
    queue.send(job, {}).catch(() => {
      // The queue is stopping or stopped: the scheduled run does the work.
    });
  });
}
