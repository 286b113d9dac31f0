/** What other features may use from reporter feedback. */
export { feedbackRoutes } from './feedback.routes.ts';
export type { FeedbackTemplateView, ReportMessageView, SendFeedback } from './feedback.schemas.ts';
export { feedbackHistory, sendFeedback } from './feedback.service.ts';
export { reportMessages } from './feedback.tables.ts';
