/** What features may use from the job queue. */
export {
  createJobQueue,
  JOB_QUEUE_SCHEMA,
  type JobHandler,
  type JobInfo,
  type JobQueue,
  type JobQueueOptions,
  type JobRegistration,
  type RegisterOptions,
  type SendOptions,
} from './job-queue.ts';
export { installJobQueues } from './job-queue-install.ts';
export { createWakeSignal, type WakeSignal, wakeJobOn } from './wake-signal.ts';
