/** What features may use from the job queue. */
export {
  createJobQueue,
  type JobHandler,
  type JobInfo,
  type JobQueue,
  type JobQueueOptions,
  type JobRegistration,
  type RegisterOptions,
  type SendOptions,
} from './job-queue.ts';
