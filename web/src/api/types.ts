/**
 * The API's request and response types, named for the pages, taken from the types generated from the
 * server's OpenAPI document (schema.d.ts, `npm run api:types`): a route whose schema changes breaks
 * the type check of every page that reads it. The few names at the end that no route's schema spells
 * (constants, codes inside error details) still come type-only from the server's source.
 */
import type { paths } from './schema.d.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type SuccessJson<Responses> = {
  [Code in keyof Responses]: Code extends 200 | 201 | 202 ? Json<Responses[Code]> : never;
}[keyof Responses];

/** A route's success body (the union of its 2xx JSON bodies). */
export type ApiResponse<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: infer Responses;
}
  ? SuccessJson<Responses>
  : never;
/** A route's JSON request body. */
export type ApiBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: infer Body;
}
  ? Json<NonNullable<Body>>
  : never;
/** A route's query parameters. */
export type ApiQuery<P extends keyof paths, M extends Method> = paths[P][M] extends {
  parameters: { query?: infer Query };
}
  ? NonNullable<Query>
  : never;

type Item<List extends readonly unknown[]> = List[number];

// Sign-in, session, audit
export type SessionResponse = ApiResponse<'/api/auth/session', 'get'>;
export type SessionStage = SessionResponse['stage'];
export type LoginBody = ApiBody<'/api/auth/login', 'post'>;
export type LoginResponse = ApiResponse<'/api/auth/login', 'post'>;
export type FullSessionResponse = ApiResponse<'/api/auth/totp', 'post'>;
export type StaffProfile = FullSessionResponse['staff'];
export type Role = StaffProfile['role'];
export type Language = StaffProfile['language'];
export type Capability = Item<StaffProfile['capabilities']>;
export type SetupBody = ApiBody<'/api/auth/setup', 'post'>;
export type SetupResponse = ApiResponse<'/api/auth/setup', 'post'>;
export type EnrolmentResponse = ApiResponse<'/api/auth/enrolment', 'get'>;
export type PasswordChangeBody = ApiBody<'/api/auth/password', 'post'>;
export type AuditEventsResponse = ApiResponse<'/api/audit', 'get'>;
export type AuditEvent = Item<AuditEventsResponse['events']>;
export type AuditActorsResponse = ApiResponse<'/api/audit/actors', 'get'>;
export type AuditFilters = Omit<ApiQuery<'/api/audit', 'get'>, 'limit' | 'before_seq'>;

// Staff accounts
export type StaffListResponse = ApiResponse<'/api/staff', 'get'>;
export type StaffMember = Item<StaffListResponse['staff']>;
export type AssignableStaffResponse = ApiResponse<'/api/staff/assignable', 'get'>;
export type AssignableStaff = Item<AssignableStaffResponse['staff']>;
export type CreateStaffBody = ApiBody<'/api/staff', 'post'>;
export type CreateStaffResponse = ApiResponse<'/api/staff', 'post'>;
export type UpdateStaffBody = ApiBody<'/api/staff/{id}', 'patch'>;
export type UpdateStaffResponse = ApiResponse<'/api/staff/{id}', 'patch'>;
export type ResetStaffResponse = ApiResponse<'/api/staff/{id}/reset', 'post'>;

// Queue, claims, supervision
export type QueueResponse = ApiResponse<'/api/queue', 'get'>;
export type QueueItem = Item<QueueResponse['items']>;
export type ItemState = QueueItem['state'];
export type ClaimResponse = ApiResponse<'/api/items/{id}/claim', 'post'>;
export type ClaimInfo = NonNullable<ClaimResponse['claim']>;
export type QueueViewsResponse = ApiResponse<'/api/queue/views', 'get'>;
export type QueueView = Item<QueueViewsResponse['views']>;
/** The queue's filters, as a saved view keeps them. */
export type QueueFilters = QueueView['filters'];
/** Where an item is hosted relative to the jurisdiction's country (the queue's `hosted` filter). */
export type HostedPlace = NonNullable<QueueFilters['hosted']>;
export type NewQueueViewBody = ApiBody<'/api/queue/views', 'post'>;
export type ReassignBody = ApiBody<'/api/items/{id}/reassign', 'post'>;
export type SupervisionOverview = ApiResponse<'/api/supervision/overview', 'get'>;
/** Age bands of the supervision backlog, in the server's order. */
export type AgeBand = Item<SupervisionOverview['backlog']>['age_band'];

// Items and their qualification
export type Catalogue = ApiResponse<'/api/qualification/catalogue', 'get'>;
export type ItemDetail = ApiResponse<'/api/items/{id}', 'get'>;
export type ItemHistory = ApiResponse<'/api/items/{id}/history', 'get'>;
/** What a report says on the item page (its id is the one reporter feedback is sent to). */
export type ReportContext = Item<ItemDetail['reports']>;
export type Channel = ReportContext['channel'];
export type ReporterKind = ReportContext['reporter_kind'];
export type PublicStatus = ReportContext['public_status'];
export type Assessment = Item<ItemDetail['assessments']>;
export type Verdict = Assessment['verdict'];
export type SecondDecision = NonNullable<Assessment['second_opinion']>['decision'];
export type Resolution = NonNullable<Assessment['resolution']>['decision'];
export type NewAssessmentBody = ApiBody<'/api/items/{id}/assessments', 'post'>;
export type AssessmentResponse = ApiResponse<'/api/items/{id}/assessments', 'post'>;
export type SecondOpinionBody = ApiBody<'/api/assessments/{id}/second-opinion', 'post'>;
export type ResolveBody = ApiBody<'/api/assessments/{id}/resolve', 'post'>;
export type DerivedItemsBody = ApiBody<'/api/items/{id}/derived', 'post'>;
export type DerivedItemsResponse = ApiResponse<'/api/items/{id}/derived', 'post'>;

// Evidence and captures
export type MediaList = ApiResponse<'/api/items/{id}/media', 'get'>;
export type MediaRecord = ApiResponse<'/api/items/{id}/media', 'post'>;
export type MediaKind = MediaRecord['kind'];
/** The types an evidence upload takes (the upload route's request content types). */
export type MediaType = keyof NonNullable<paths['/api/items/{id}/media']['post']['requestBody']>['content'];
export type CaptureList = ApiResponse<'/api/items/{id}/captures', 'get'>;
export type CaptureResponse = ApiResponse<'/api/captures/{id}', 'get'>;
export type Capture = Item<CaptureList['captures']>;
export type CaptureState = Capture['state'];
export type CaptureMediaOutcome = Item<Capture['media']>['outcome'];
export type ScreenshotOutcome = NonNullable<Capture['screenshot']>['outcome'];

// Reporter feedback, wellbeing
export type FeedbackTemplatesResponse = ApiResponse<'/api/feedback/templates', 'get'>;
export type FeedbackTemplateView = Item<FeedbackTemplatesResponse['templates']>;
export type ItemFeedbackResponse = ApiResponse<'/api/items/{item_id}/feedback', 'get'>;
export type SendFeedback = ApiBody<'/api/reports/{report_id}/feedback', 'post'>;
export type SendFeedbackResponse = ApiResponse<'/api/reports/{report_id}/feedback', 'post'>;
export type FeedbackHistoryResponse = ApiResponse<'/api/reports/{report_id}/feedback', 'get'>;
export type ReportMessageView = Item<FeedbackHistoryResponse['messages']>;
export type MyWellbeing = ApiResponse<'/api/wellbeing/me', 'get'>;
export type TeamWellbeing = ApiResponse<'/api/wellbeing/team', 'get'>;
export type ExposureInput = ApiBody<'/api/wellbeing/exposure', 'post'>;

// Directory, partners, hosting
export type DirectoryListResponse = ApiResponse<'/api/directory', 'get'>;
export type DirectoryEntryView = Item<DirectoryListResponse['entries']>;
export type DirectoryKind = DirectoryEntryView['kind'];
export type DirectoryEntryBody = ApiBody<'/api/directory', 'post'>;
export type DirectoryEntryResponse = ApiResponse<'/api/directory', 'post'>;
export type PartnerListResponse = ApiResponse<'/api/partners', 'get'>;
export type PartnerHotlineView = Item<PartnerListResponse['hotlines']>;
export type PartnerChannel = PartnerHotlineView['channel'];
export type PartnerHotlineBody = ApiBody<'/api/partners', 'post'>;
export type PartnerHotlineResponse = ApiResponse<'/api/partners', 'post'>;
export type ItemHostingView = ApiResponse<'/api/items/{id}/hosting', 'get'>;
export type HostingState = ItemHostingView['state'];
export type HostingRecordView = Item<ItemHostingView['records']>;
export type LookupReason = HostingRecordView['reason'];
export type HostingLookup = HostingRecordView['lookup'];
export type AbuseContact = Item<HostingLookup['abuse_contacts']>;
export type ContactChannel = AbuseContact['channel'];
export type ContactRole = AbuseContact['role'];
export type ContactSource = AbuseContact['source'];
export type LookupProblem = Item<HostingLookup['problems']>;
export type LookupStage = LookupProblem['stage'];

// Notices, police batches
export type NoticeListResponse = ApiResponse<'/api/notices', 'get'>;
export type NoticeListQuery = ApiQuery<'/api/notices', 'get'>;
export type NoticeView = Item<NoticeListResponse['notices']>;
export type NoticeResponse = ApiResponse<'/api/notices/{id}', 'get'>;
export type NoticeDetail = NoticeResponse['notice'];
export type ItemNoticesResponse = ApiResponse<'/api/items/{id}/notices', 'get'>;
export type NoticeState = NoticeView['state'];
export type NoticePurpose = NoticeView['purpose'];
export type RecipientKind = NoticeView['recipient']['kind'];
export type NoticeChannel = NoticeView['recipient']['channel'];
export type NoticeReplyView = Item<NoticeView['replies']>;
export type ReplyKind = NoticeReplyView['kind'];
export type ApproveNotice = ApiBody<'/api/notices/{id}/approve', 'post'>;
export type NoticeReplyInput = ApiBody<'/api/notices/{id}/replies', 'post'>;
export type PoliceBatchListResponse = ApiResponse<'/api/police-batches', 'get'>;
export type PoliceBatchView = Item<PoliceBatchListResponse['batches']>;
export type PoliceBatchResponse = ApiResponse<'/api/police-batches/{id}/transmitted', 'post'>;
export type PreparedBatchResponse = ApiResponse<'/api/police-batches', 'post'>;
export type PoliceBatchExport = ApiResponse<'/api/police-batches/{id}', 'get'>;
/** The formats a batch's export comes in: the `export.<format>` routes. */
export type PoliceBatchFormat = keyof paths extends infer Path
  ? Path extends `/api/police-batches/{id}/export.${infer Format}`
    ? Format
    : never
  : never;

// Removal monitoring
export type ItemMonitoringResponse = ApiResponse<'/api/items/{id}/monitoring', 'get'>;
export type ItemMonitoringView = NonNullable<ItemMonitoringResponse['monitoring']>;
export type MonitoringState = ItemMonitoringView['state'];
export type RemovalCheckView = Item<ItemMonitoringView['checks']>;
export type CheckOutcome = RemovalCheckView['outcome'];
export type MonitoringEventView = Item<ItemMonitoringView['events']>;
export type MonitoringOverview = ApiResponse<'/api/monitoring', 'get'>;

// Statistics
export type StatsReport = ApiResponse<'/api/stats', 'get'>;
export type ServiceType = Item<StatsReport['service_types']>['service_type'];
export type DsaAction = Item<StatsReport['dsa']['by_action']>['action'];
export type DsaCategory = Item<StatsReport['dsa']['by_content_type']>['dsa_category'];
export type StatsDefinitionsResponse = ApiResponse<'/api/stats/definitions', 'get'>;
export type DefinitionKey = Item<StatsDefinitionsResponse['definitions']>['key'];
export type StatsRefreshResponse = ApiResponse<'/api/stats/refresh', 'post'>;

/** The error body every API error comes in (platform/http/errors.ts). */
export type ApiErrorBody = {
  error: { code: string; message: string; details?: Record<string, unknown> };
  request_id: string;
};

// Names no route's schema spells: constants, and codes that travel as plain strings (a check's
// reason, an error's details). Type-only: nothing of the server reaches the bundle.
export type { DnsProblem } from '../../../server/src/features/hosting/dns-lookup.ts';
export type { RdapProblem } from '../../../server/src/features/hosting/rdap-client.ts';
export type { CheckReason } from '../../../server/src/features/monitoring/check.types.ts';
export type { WeakPasswordReason } from '../../../server/src/platform/auth/auth.schemas.ts';
export type {
  FailureCode as FetchFailureCode,
  RefusalCode as FetchRefusalCode,
} from '../../../server/src/platform/fetch/fetch.types.ts';

import type * as authSchemas from '../../../server/src/platform/auth/auth.schemas.ts';
/** The server's minimum password length as a literal type: the app's copy cannot drift from it. */
export type PasswordMin = typeof authSchemas.PASSWORD_MIN;

import type * as wellbeingSchemas from '../../../server/src/features/wellbeing/wellbeing.schemas.ts';
/** The longest exposure record the server takes, as a literal type (split longer reveals). */
export type MaxExposureSeconds = typeof wellbeingSchemas.MAX_EXPOSURE_SECONDS;
