/** What other features may use from intake. */
export { intakeApiRoutes, statusUrl, checkRateLimit } from './intake.routes.ts';
export { newReportBody, PUBLIC_STATUSES, type PublicStatus, type NewReport, MAX_URLS } from './intake.schemas.ts';
export { submitReport, findReportStatus, CHANNELS, REPORTER_KINDS, type Channel, type ReporterKind } from './intake.service.ts';
export { parseTrackingCode } from './tracking-code.ts';
export { reports, items, reportItems } from './intake.tables.ts';
