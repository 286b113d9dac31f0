/** What other features may use from intake. */

export { isFormToken, issueFormToken } from './form-token.ts';
export { clearExpiredContacts, registerIntakeJobs } from './intake.jobs.ts';
export { checkRateLimit, intakeApiRoutes, statusUrl } from './intake.routes.ts';
export { MAX_URLS, type NewReport, newReportBody } from './intake.schemas.ts';
export {
  type FormSubmission,
  findRepeatedFormReport,
  findReportStatus,
  RESHOW_SECRET_MS,
  submitFormReport,
  submitReport,
} from './intake.service.ts';
export {
  CHANNELS,
  type Channel,
  ITEM_ORIGINS,
  ITEM_OUTCOMES,
  ITEM_PUBLIC_STATUSES,
  ITEM_STATES,
  type ItemOrigin,
  type ItemOutcome,
  type ItemPublicStatus,
  type ItemState,
  items,
  OPEN_STATES,
  PUBLIC_STATUSES,
  type PublicStatus,
  REPORTER_KINDS,
  type ReporterKind,
  reportItems,
  reports,
} from './intake.tables.ts';
export { announceReportsStored, onReportsStored } from './intake-events.ts';
// The public pages' frame and helpers, for other features' public pages (the transparency page).
export { type Asset, loadAsset, loadPublicAssets, type PublicAssets } from './pages/assets.ts';
export { renderFailure } from './pages/failure.page.ts';
export { attr, html, SafeHtml } from './pages/html.ts';
export { type PageContext, pageContext, renderPage, switchLanguageHref } from './pages/layout.ts';
export { renderNotFound } from './pages/not-found.page.ts';
export {
  intakePageRoutes,
  rememberLanguageChoice,
  sendAsset,
  sendPage,
} from './pages/pages.routes.ts';
export { createReportBatcher, type ReportBatcher } from './report-batch.ts';
export { parseTrackingCode } from './tracking-code.ts';
export { normaliseReportedUrl } from './url.ts';
