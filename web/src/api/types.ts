/**
 * The API's request and response types, taken from the server's zod schemas (type-only: nothing
 * of the server reaches the bundle). The one place the web app learns the API's shapes.
 */

export type {
  Capture,
  CaptureList,
  CaptureMediaOutcome,
  CaptureResponse,
  CaptureState,
  ScreenshotOutcome,
} from '../../../server/src/features/capture/capture.schemas.ts';
export type {
  MediaKind,
  MediaList,
  MediaRecord,
  MediaType,
} from '../../../server/src/features/evidence/evidence.schemas.ts';
export type {
  FeedbackTemplateView,
  ReportMessageView,
  SendFeedback,
} from '../../../server/src/features/feedback/feedback.schemas.ts';
export type {
  DirectoryEntryBody,
  DirectoryEntryResponse,
  DirectoryEntryView,
  DirectoryListResponse,
} from '../../../server/src/features/hosting/directory.schemas.ts';
export type { DirectoryKind } from '../../../server/src/features/hosting/directory.tables.ts';
export type {
  HostingRecordView,
  ItemHostingView,
} from '../../../server/src/features/hosting/hosting.schemas.ts';
export type { HostingState, LookupReason } from '../../../server/src/features/hosting/hosting.tables.ts';
export type {
  AbuseContact,
  ContactChannel,
  ContactRole,
  ContactSource,
  HostingLookup,
  LookupProblem,
  LookupStage,
} from '../../../server/src/features/hosting/hosting.types.ts';
export type {
  CheckOutcome,
  CheckReason,
} from '../../../server/src/features/monitoring/check.types.ts';
export type {
  ItemMonitoringView,
  MonitoringOverview,
  RemovalCheckView,
} from '../../../server/src/features/monitoring/monitoring.schemas.ts';
export type { MonitoringState } from '../../../server/src/features/monitoring/monitoring.tables.ts';
export type {
  NoticeChannel,
  NoticePurpose,
  NoticeState,
  RecipientKind,
} from '../../../server/src/features/notices/notice.types.ts';
export type {
  ApproveNotice,
  NoticeDetail,
  NoticeListQuery,
  NoticeReplyInput,
  NoticeReplyView,
  NoticeView,
} from '../../../server/src/features/notices/notices.schemas.ts';
export type { ReplyKind } from '../../../server/src/features/notices/notices.tables.ts';
export type {
  PoliceBatchExport,
  PoliceBatchView,
} from '../../../server/src/features/notices/police-batch.schemas.ts';
export type { PoliceBatchFormat } from '../../../server/src/features/notices/police-batch.service.ts';
export type {
  PartnerHotlineBody,
  PartnerHotlineResponse,
  PartnerHotlineView,
  PartnerListResponse,
} from '../../../server/src/features/partners/partners.schemas.ts';
export type { PartnerChannel } from '../../../server/src/features/partners/partners.tables.ts';
export type {
  Assessment,
  AssessmentResponse,
  Catalogue,
  DerivedItemsBody,
  DerivedItemsResponse,
  ItemDetail,
  ItemHistory,
  NewAssessmentBody,
  Resolution,
  ResolveBody,
  SecondDecision,
  SecondOpinionBody,
  Verdict,
} from '../../../server/src/features/qualification/qualification.schemas.ts';
export type {
  AssignableStaff,
  AssignableStaffResponse,
  CreateStaffBody,
  CreateStaffResponse,
  ResetStaffResponse,
  StaffListResponse,
  StaffMember,
  UpdateStaffBody,
  UpdateStaffResponse,
} from '../../../server/src/features/staff/staff.schemas.ts';
export type { ServiceType } from '../../../server/src/features/statistics/statistics.tables.ts';
export type {
  DsaAction,
  StatsReport,
} from '../../../server/src/features/statistics/stats.schemas.ts';
export type { DefinitionKey } from '../../../server/src/features/statistics/stats-definitions.ts';
export type {
  ClaimInfo,
  ClaimResponse,
  ItemState,
  NewQueueViewBody,
  QueueFilters,
  QueueItem,
  QueueResponse,
  QueueView,
  QueueViewsResponse,
  ReassignBody,
  SupervisionOverview,
} from '../../../server/src/features/triage/triage.schemas.ts';
export type {
  ExposureInput,
  MyWellbeing,
  TeamWellbeing,
} from '../../../server/src/features/wellbeing/wellbeing.schemas.ts';
export type { DsaCategory } from '../../../server/src/jurisdictions/jurisdiction.ts';
export type {
  AuditActorsResponse,
  AuditEvent,
  AuditEventsResponse,
  AuditFilters,
  Capability,
  EnrolmentResponse,
  FullSessionResponse,
  LoginBody,
  LoginResponse,
  PasswordChangeBody,
  Role,
  SessionResponse,
  SessionStage,
  SetupBody,
  SetupResponse,
  StaffProfile,
  WeakPasswordReason,
} from '../../../server/src/platform/auth/auth.schemas.ts';
export type {
  FailureCode as FetchFailureCode,
  RefusalCode as FetchRefusalCode,
} from '../../../server/src/platform/fetch/fetch.types.ts';
export type { Language } from '../../../server/src/platform/i18n/language.ts';

/** The error body every API error comes in (platform/http/errors.ts). */
export type ApiErrorBody = {
  error: { code: string; message: string; details?: Record<string, unknown> };
  request_id: string;
};

import type * as authSchemas from '../../../server/src/platform/auth/auth.schemas.ts';
/** The server's minimum password length as a literal type: the app's copy cannot drift from it. */
export type PasswordMin = typeof authSchemas.PASSWORD_MIN;

import type * as wellbeingSchemas from '../../../server/src/features/wellbeing/wellbeing.schemas.ts';
/** The longest exposure record the server takes, as a literal type (split longer reveals). */
export type MaxExposureSeconds = typeof wellbeingSchemas.MAX_EXPOSURE_SECONDS;

import type { z } from 'zod';
import type * as feedbackSchemas from '../../../server/src/features/feedback/feedback.schemas.ts';
import type * as monitoringSchemas from '../../../server/src/features/monitoring/monitoring.schemas.ts';
import type * as noticesSchemas from '../../../server/src/features/notices/notices.schemas.ts';
import type * as policeBatchSchemas from '../../../server/src/features/notices/police-batch.schemas.ts';
import type * as qualificationSchemas from '../../../server/src/features/qualification/qualification.schemas.ts';
import type * as triageSchemas from '../../../server/src/features/triage/triage.schemas.ts';

export type { DnsProblem } from '../../../server/src/features/hosting/dns-lookup.ts';
export type { RdapProblem } from '../../../server/src/features/hosting/rdap-client.ts';
export type { Channel, ReporterKind } from '../../../server/src/features/intake/index.ts';
export type { PublicStatus } from '../../../server/src/features/intake/intake.schemas.ts';
/** Where an item is hosted relative to the jurisdiction's country (the queue's `hosted` filter). */
export type HostedPlace = (typeof triageSchemas.HOSTED_PLACES)[number];
/** Age bands of the supervision backlog, in the server's order. */
export type AgeBand = (typeof triageSchemas.AGE_BANDS)[number];
export type FeedbackTemplatesResponse = z.output<typeof feedbackSchemas.feedbackTemplatesResponse>;
export type SendFeedbackResponse = z.output<typeof feedbackSchemas.sendFeedbackResponse>;
export type FeedbackHistoryResponse = z.output<typeof feedbackSchemas.feedbackHistoryResponse>;
export type ItemFeedbackResponse = z.output<typeof feedbackSchemas.itemFeedbackResponse>;
/** What a report says on the item page (its id is the one reporter feedback is sent to). */
export type ReportContext = z.output<typeof qualificationSchemas.reportContext>;
export type ItemMonitoringResponse = z.output<typeof monitoringSchemas.itemMonitoringResponse>;
export type MonitoringEventView = z.output<typeof monitoringSchemas.monitoringEventView>;
export type NoticeResponse = z.output<typeof noticesSchemas.noticeResponse>;
export type NoticeListResponse = z.output<typeof noticesSchemas.noticeListResponse>;
export type ItemNoticesResponse = z.output<typeof noticesSchemas.itemNoticesResponse>;
export type PoliceBatchListResponse = z.output<typeof policeBatchSchemas.policeBatchListResponse>;
export type PoliceBatchResponse = z.output<typeof policeBatchSchemas.policeBatchResponse>;
export type PreparedBatchResponse = z.output<typeof policeBatchSchemas.preparedBatchResponse>;

import type * as statsDefinitions from '../../../server/src/features/statistics/stats-definitions.ts';
/**
 * GET /api/stats/definitions, from the definitions the route lists. TODO: derive it from a response
 * schema once stats.schemas.ts exports one (the route declares it inline today); the shape is the
 * route's `{ key, ...DEFINITIONS[key] }`, so it cannot drift far meanwhile.
 */
export type StatsDefinitionsResponse = {
  definitions: ({
    key: statsDefinitions.DefinitionKey;
  } & (typeof statsDefinitions.DEFINITIONS)[statsDefinitions.DefinitionKey])[];
};
/** POST /api/stats/refresh. TODO: from its response schema once stats.schemas.ts exports it. */
export type StatsRefreshResponse = { refreshed_at: string; changed: number; duration_ms: number };
