/** What other features may use from intake. */

export { isFormToken, issueFormToken } from './form-token.ts';
export { clearExpiredContacts, registerIntakeJobs } from './intake.jobs.ts';
export { checkRateLimit, intakeApiRoutes, statusUrl } from './intake.routes.ts';
export {
  MAX_URLS,
  type NewReport,
  newReportBody,
  PUBLIC_STATUSES,
  type PublicStatus,
} from './intake.schemas.ts';
export {
  CHANNELS,
  type Channel,
  type FormSubmission,
  findRepeatedFormReport,
  findReportStatus,
  REPORTER_KINDS,
  RESHOW_SECRET_MS,
  type ReporterKind,
  submitFormReport,
  submitReport,
} from './intake.service.ts';
export { items, reportItems, reports } from './intake.tables.ts';
export { intakePageRoutes } from './pages/pages.routes.ts';
export { createReportBatcher, type ReportBatcher } from './report-batch.ts';
export { parseTrackingCode } from './tracking-code.ts';
export { normaliseReportedUrl } from './url.ts';
