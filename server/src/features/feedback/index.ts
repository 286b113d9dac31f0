/** What other features may use from reporter feedback. */
export { feedbackRoutes } from './feedback.routes.ts';
export type {
  FeedbackTemplateView,
  ItemFeedbackView,
  ReportMessageView,
  SendFeedback,
} from './feedback.schemas.ts';
export { feedbackHistory, itemFeedback, sendFeedback } from './feedback.service.ts';
export { reportMessages } from './feedback.tables.ts';
