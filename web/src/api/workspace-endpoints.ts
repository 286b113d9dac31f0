/** The analyst workspace's API calls: queue and views, claims, items, media, qualification, feedback, wellbeing. */
import { api } from './client.ts';
import type {
  AssessmentResponse,
  Catalogue,
  ClaimResponse,
  DerivedItemsBody,
  DerivedItemsResponse,
  ExposureInput,
  FeedbackHistoryResponse,
  FeedbackTemplatesResponse,
  ItemDetail,
  ItemFeedbackResponse,
  ItemHistory,
  MediaList,
  MediaRecord,
  MyWellbeing,
  NewAssessmentBody,
  NewQueueViewBody,
  QueueFilters,
  QueueResponse,
  QueueView,
  QueueViewsResponse,
  ReassignBody,
  ResolveBody,
  SecondOpinionBody,
  SendFeedback,
  SendFeedbackResponse,
  SupervisionOverview,
  TeamWellbeing,
} from './types.ts';

const id = encodeURIComponent;

export const queueApi = {
  list: (filters: QueueFilters, cursor?: string) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value !== undefined && value !== '') query.set(key, String(value));
    }
    if (cursor) query.set('cursor', cursor);
    return api.get<QueueResponse>(`/api/queue?${query}`);
  },
  views: () => api.get<QueueViewsResponse>('/api/queue/views'),
  saveView: (body: NewQueueViewBody) => api.post<{ view: QueueView }>('/api/queue/views', body),
  deleteView: (viewId: string) => api.delete<void>(`/api/queue/views/${id(viewId)}`),
};

export const itemsApi = {
  catalogue: () => api.get<Catalogue>('/api/qualification/catalogue'),
  get: (itemId: string) => api.get<ItemDetail>(`/api/items/${id(itemId)}`),
  history: (itemId: string) => api.get<ItemHistory>(`/api/items/${id(itemId)}/history`),
  claim: (itemId: string) => api.post<ClaimResponse>(`/api/items/${id(itemId)}/claim`),
  release: (itemId: string) => api.post<ClaimResponse>(`/api/items/${id(itemId)}/release`),
  reassign: (itemId: string, body: ReassignBody) =>
    api.post<ClaimResponse>(`/api/items/${id(itemId)}/reassign`, body),
  assess: (itemId: string, body: NewAssessmentBody) =>
    api.post<AssessmentResponse>(`/api/items/${id(itemId)}/assessments`, body),
  secondOpinion: (assessmentId: string, body: SecondOpinionBody) =>
    api.post<AssessmentResponse>(`/api/assessments/${id(assessmentId)}/second-opinion`, body),
  resolve: (assessmentId: string, body: ResolveBody) =>
    api.post<AssessmentResponse>(`/api/assessments/${id(assessmentId)}/resolve`, body),
  derive: (itemId: string, body: DerivedItemsBody) =>
    api.post<DerivedItemsResponse>(`/api/items/${id(itemId)}/derived`, body),
};

export const mediaApi = {
  list: (itemId: string) => api.get<MediaList>(`/api/items/${id(itemId)}/media`),
  /** The raw file as the body; its name travels URI-encoded in a header. */
  upload: (itemId: string, file: File, onProgress?: (fraction: number) => void) =>
    api.upload<MediaRecord>(
      `/api/items/${id(itemId)}/media`,
      file,
      { 'x-file-name': encodeURIComponent(file.name) },
      onProgress,
    ),
  delete: (mediaId: string) => api.delete<void>(`/api/media/${id(mediaId)}`),
};

export const supervisionApi = {
  overview: () => api.get<SupervisionOverview>('/api/supervision/overview'),
};

export const feedbackApi = {
  templates: () => api.get<FeedbackTemplatesResponse>('/api/feedback/templates'),
  ofItem: (itemId: string) => api.get<ItemFeedbackResponse>(`/api/items/${id(itemId)}/feedback`),
  history: (reportId: string) => api.get<FeedbackHistoryResponse>(`/api/reports/${id(reportId)}/feedback`),
  send: (reportId: string, body: SendFeedback) =>
    api.post<SendFeedbackResponse>(`/api/reports/${id(reportId)}/feedback`, body),
};

export const wellbeingApi = {
  me: () => api.get<MyWellbeing>('/api/wellbeing/me'),
  share: (share: boolean) => api.put<{ share: boolean }>('/api/wellbeing/sharing', { share }),
  team: () => api.get<TeamWellbeing>('/api/wellbeing/team'),
  /** keepalive: a record sent while the page unloads still arrives. */
  recordExposure: (body: ExposureInput) =>
    api.post<MyWellbeing>('/api/wellbeing/exposure', body, { keepalive: true }),
};
