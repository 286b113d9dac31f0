/** What other features (and the composition root) may use from removal monitoring. */
export { CHECK_OUTCOMES, type CheckOutcome, type CheckRecord } from './check.types.ts';
export { MONITORING_JOB, monitoringJobs } from './monitoring.jobs.ts';
export { LEFT_STATES } from './monitoring.queries.ts';
export { monitoringRoutes } from './monitoring.routes.ts';
export type { ItemMonitoringView, MonitoringOverview, RemovalCheckView } from './monitoring.schemas.ts';
export {
  itemMonitoring,
  MONITORING_STATES,
  type MonitoringState,
  removalChecks,
} from './monitoring.tables.ts';
export {
  type MonitoringContext,
  type MonitoringRun,
  type RunChecks,
  runMonitoring,
} from './monitoring-run.ts';
