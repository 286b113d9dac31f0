/** The background work's health (admin home page) in English; typed by the French reference. */
import type { operationsFr } from './operations.fr.ts';
import { pluralEn as plural } from './plural.ts';

export const operationsEn: typeof operationsFr = {
  title: 'Background jobs and mail',
  allRunning: 'All is running: no work waiting too long, mail is leaving.',
  problems: {
    'jobs.not_installed':
      'No process has run the background jobs on this database yet: start Vigie with VIGIE_JOBS=on.',
    'jobs.stalled': 'Jobs have waited for more than a quarter of an hour: is any process running them?',
    'jobs.failed': 'Jobs failed in the last 24 hours.',
    'outbox.no_smtp': 'Mail is waiting and no SMTP server is configured (VIGIE_SMTP_URL): nothing leaves.',
    'outbox.stalled': 'Mail has waited for more than a quarter of an hour.',
    'outbox.retrying': 'Messages are being retried after an error.',
    'outbox.failed': 'Messages were given up in the last 7 days.',
  },
  queuesNamed: (names: string[]) => `(${names.join(', ')})`,
  notHere: 'This process runs no jobs (VIGIE_JOBS=off): another one must.',
  mail: 'Mail',
  mailFigures: (queued: number, retrying: number, sent: number, failed: number) =>
    `${plural(queued, 'message waiting', 'messages waiting')} (${retrying} being retried), ` +
    `${sent} sent in 24 h, ${failed} given up in 7 days.`,
  lastError: (error: string) => `Last error: ${error}`,
  queues: 'Job queues',
  columns: { name: 'Queue', waiting: 'Waiting', failed: 'Failed (24 h)', lastRun: 'Last run' },
  never: 'never',
  warning: 'Needs a look',
};
