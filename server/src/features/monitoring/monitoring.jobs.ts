/**
 * The `monitoring.run` job: every minute, at start, and as soon as someone asks for a check, it
 * takes one turn of the loop (monitoring-run.ts): enrol, check what is due through the safe fetcher
 * (politely: VIGIE_MONITORING_CONCURRENCY at once, VIGIE_MONITORING_PER_HOST per host, starts on one
 * host VIGIE_MONITORING_HOST_SPACING_MS apart), record, remind and escalate. One run at a time per
 * process ('short' policy); several processes share the work safely (due checks are leased).
 */
import pino from 'pino';
import type { Queryable } from '../../platform/db/database.ts';
import { createConfiguredFetcher } from '../../platform/fetch/index.ts';
import type { JobRegistration } from '../../platform/jobs/index.ts';
import { noPartnerHotlines, noticeParts, type PartnerFor } from '../notices/index.ts';
import { createItemChecker } from './check-item.ts';
import { runCheckPool } from './check-pool.ts';
import { announceMonitoringWork, onMonitoringWork } from './monitoring.service.ts';
import { type RunChecks, runMonitoring } from './monitoring-run.ts';

export const MONITORING_JOB = 'monitoring.run';
const EVERY_MINUTE = '* * * * *';
const BATCH = 500;

export function monitoringJobs(
  options: { findPartner?: (db: Queryable, country: string) => ReturnType<PartnerFor> } = {},
): JobRegistration {
  return async (queue, { config, database }) => {
    const log = pino({ name: 'monitoring', level: config.logLevel });
    const check = createItemChecker({ fetcher: createConfiguredFetcher(config) });
    const runChecks: RunChecks = async (tasks, onResult) => {
      await runCheckPool(tasks, { check, ...config.monitoring, onResult });
    };
    const findPartner = options.findPartner;
    const ctx = {
      db: database.db,
      runChecks,
      parts: noticeParts,
      notifier: config.notifier,
      partnerFor: findPartner ? (country: string) => findPartner(database.db, country) : noPartnerHotlines,
      log,
    };
    await queue.register(
      MONITORING_JOB,
      async () => {
        const run = await runMonitoring(ctx, { batch: BATCH, leaseSeconds: 600 });
        if (Object.values(run).some((n) => n > 0)) log.info(run, 'removal monitoring');
        // A full batch means more are due: go on without waiting for the next minute.
        if (run.checked >= BATCH || run.enrolled >= BATCH) announceMonitoringWork();
      },
      { policy: 'short', retryLimit: 3, retryDelaySeconds: 30 },
    );
    await queue.schedule(MONITORING_JOB, EVERY_MINUTE, { alsoAtStart: true });
    if (!queue.enabled) return;
    onMonitoringWork(() => {
      queue.send(MONITORING_JOB, {}).catch(() => {
        // The queue is stopping: the every-minute run does the work.
      });
    });
  };
}
