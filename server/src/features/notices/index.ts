/** What other features (and the composition root) may use from notices. */

export {
  createFollowUpNotice,
  type FollowUp,
  type FollowUpContext,
  type FollowUpItem,
} from './follow-up-notices.ts';
export {
  NOTICE_CHANNELS,
  NOTICE_PURPOSES,
  NOTICE_STATES,
  type NoticeChannel,
  type NoticePurpose,
  type NoticeRecipient,
  type NoticeState,
  type PartnerHotlineFacts,
  type ProposedNotice,
  RECIPIENT_KINDS,
  type RecipientKind,
  type RoutingFacts,
} from './notice.types.ts';
export { approveNotice, type NoticeActor, type NoticeContext, notifierProblem } from './notice-approval.ts';
export {
  type NoticeItemFacts,
  type NoticeParts,
  type Notifier,
  noPartnerHotlines,
  noticeParts,
  type PartnerFor,
} from './notice-parts.ts';
export { type ProposalRun, runNoticeProposals } from './notice-proposals.ts';
export { NOTICE_PROPOSALS_JOB, noticeJobs } from './notices.jobs.ts';
export { noticesRoutes } from './notices.routes.ts';
export type { NoticeDetail, NoticeReplyView, NoticeView } from './notices.schemas.ts';
export {
  acknowledgeNotice,
  addNoticeReply,
  followNoticeMail,
  getNotice,
  listNotices,
  markNoticeSent,
  withholdNotice,
} from './notices.service.ts';
export {
  noticeItems,
  noticeReplies,
  noticeRoutings,
  notices,
  REPLY_KINDS,
  type ReplyKind,
} from './notices.tables.ts';
export { POLICE_BATCH_JOB, registerPoliceBatchJobs } from './police-batch.jobs.ts';
export { policeBatchRoutes } from './police-batch.routes.ts';
export {
  exportPoliceBatch,
  listPoliceBatches,
  markPoliceBatchTransmitted,
  type PoliceBatchContext,
  prepareDailyPoliceBatch,
  preparePoliceBatch,
} from './police-batch.service.ts';
export { policeBatches, policeBatchNotices } from './police-batch.tables.ts';
export { POLICE_BATCH_STATES, POLICE_PORTAL_VALUES, type PoliceBatchState } from './police-batch.types.ts';
export { recipientFor } from './routing.ts';
