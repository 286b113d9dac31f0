/** What other features may use from intake. */
export { intakeApiRoutes, statusUrl, checkRateLimit } from './intake.routes.ts';
export { newReportBody, PUBLIC_STATUSES, type PublicStatus, type NewReport, MAX_URLS } from './intake.schemas.ts';
export { submitReport, findReportStatus, CHANNELS, REPORTER_KINDS, type Channel, type ReporterKind } from './intake.service.ts';
export { parseTrackingCode } from './tracking-code.ts';
export { createReportBatcher, type ReportBatcher } from './report-batch.ts';
export { normaliseReportedUrl } from './url.ts';
export { reports, items, reportItems } from './intake.tables.ts';
export { intakePageRoutes } from './pages/pages.routes.ts';
