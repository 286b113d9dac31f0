/** The analyst workspace's API calls: queue and views, claims, items, media, qualification, feedback, wellbeing. */
import { answer, client, uploadFile } from './client.ts';
import type {
  DerivedItemsBody,
  ExposureInput,
  MediaRecord,
  NewAssessmentBody,
  NewQueueViewBody,
  QueueFilters,
  ReassignBody,
  ResolveBody,
  SecondOpinionBody,
  SendFeedback,
} from './types.ts';

const path = (id: string) => ({ params: { path: { id } } });

export const queueApi = {
  list: (filters: QueueFilters, cursor?: string) =>
    answer(client.GET('/api/queue', { params: { query: { ...filters, cursor } } })),
  views: () => answer(client.GET('/api/queue/views')),
  saveView: (body: NewQueueViewBody) => answer(client.POST('/api/queue/views', { body })),
  deleteView: (viewId: string) => answer(client.DELETE('/api/queue/views/{id}', path(viewId))),
};

export const itemsApi = {
  catalogue: () => answer(client.GET('/api/qualification/catalogue')),
  get: (itemId: string) => answer(client.GET('/api/items/{id}', path(itemId))),
  history: (itemId: string) => answer(client.GET('/api/items/{id}/history', path(itemId))),
  claim: (itemId: string) => answer(client.POST('/api/items/{id}/claim', path(itemId))),
  release: (itemId: string) => answer(client.POST('/api/items/{id}/release', path(itemId))),
  reassign: (itemId: string, body: ReassignBody) =>
    answer(client.POST('/api/items/{id}/reassign', { ...path(itemId), body })),
  assess: (itemId: string, body: NewAssessmentBody) =>
    answer(client.POST('/api/items/{id}/assessments', { ...path(itemId), body })),
  secondOpinion: (assessmentId: string, body: SecondOpinionBody) =>
    answer(client.POST('/api/assessments/{id}/second-opinion', { ...path(assessmentId), body })),
  resolve: (assessmentId: string, body: ResolveBody) =>
    answer(client.POST('/api/assessments/{id}/resolve', { ...path(assessmentId), body })),
  derive: (itemId: string, body: DerivedItemsBody) =>
    answer(client.POST('/api/items/{id}/derived', { ...path(itemId), body })),
};

export const mediaApi = {
  list: (itemId: string) => answer(client.GET('/api/items/{id}/media', path(itemId))),
  /** The raw file as the body (XMLHttpRequest, for its progress); its name travels URI-encoded in a header. */
  upload: (itemId: string, file: File, onProgress?: (fraction: number) => void) =>
    uploadFile<MediaRecord>(
      `/api/items/${encodeURIComponent(itemId)}/media`,
      file,
      { 'x-file-name': encodeURIComponent(file.name) },
      onProgress,
    ),
  delete: (mediaId: string) => answer(client.DELETE('/api/media/{id}', path(mediaId))),
};

export const supervisionApi = {
  overview: () => answer(client.GET('/api/supervision/overview')),
};

export const feedbackApi = {
  templates: () => answer(client.GET('/api/feedback/templates')),
  ofItem: (itemId: string) =>
    answer(client.GET('/api/items/{item_id}/feedback', { params: { path: { item_id: itemId } } })),
  history: (reportId: string) =>
    answer(client.GET('/api/reports/{report_id}/feedback', { params: { path: { report_id: reportId } } })),
  send: (reportId: string, body: SendFeedback) =>
    answer(
      client.POST('/api/reports/{report_id}/feedback', { params: { path: { report_id: reportId } }, body }),
    ),
};

export const wellbeingApi = {
  me: () => answer(client.GET('/api/wellbeing/me')),
  share: (share: boolean) => answer(client.PUT('/api/wellbeing/sharing', { body: { share } })),
  team: () => answer(client.GET('/api/wellbeing/team')),
  /** keepalive: a record sent while the page unloads still arrives. */
  recordExposure: (body: ExposureInput) =>
    answer(client.POST('/api/wellbeing/exposure', { body, keepalive: true })),
};
