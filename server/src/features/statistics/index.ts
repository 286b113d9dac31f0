/** What other features (and the composition root) may use from statistics. */
export { transparencyRoutes } from './pages/transparency.routes.ts';
export { registerStatisticsJobs, STATISTICS_REFRESH_JOB } from './statistics.jobs.ts';
export { statisticsRoutes } from './statistics.routes.ts';
export { SERVICE_TYPES, type ServiceType } from './statistics.tables.ts';
export { refreshStatistics } from './statistics-refresh.ts';
export { type StatsReport, statsReport } from './stats.schemas.ts';
export { computeStatistics, type SectionTimes, type StatsQuery } from './stats.service.ts';
export { DEFINITION_KEYS, DEFINITIONS } from './stats-definitions.ts';
export { type StatsPeriod, yearPeriod } from './stats-period.ts';
