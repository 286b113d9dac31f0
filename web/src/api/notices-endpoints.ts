/**
 * Notices: an item's, the liaison officer's lists, one notice, and what staff do with them; the police
 * portal's batches (list, prepare now, mark transmitted, and the addresses of their audited exports).
 */
import { api } from './client.ts';
import type {
  ApproveNotice,
  ItemNoticesResponse,
  NoticeListResponse,
  NoticeReplyInput,
  NoticeResponse,
  NoticeState,
  PoliceBatchFormat,
  PoliceBatchListResponse,
  PoliceBatchResponse,
  PreparedBatchResponse,
  RecipientKind,
} from './types.ts';

const id = encodeURIComponent;
const act = (noticeId: string, action: string, body?: unknown) =>
  api.post<NoticeResponse>(`/api/notices/${id(noticeId)}/${action}`, body);

export const noticesApi = {
  ofItem: (itemId: string) => api.get<ItemNoticesResponse>(`/api/items/${id(itemId)}/notices`),
  list: (filters: { state?: NoticeState; kind?: RecipientKind; limit?: number }) => {
    const query = new URLSearchParams({ limit: String(filters.limit ?? 100) });
    if (filters.state) query.set('state', filters.state);
    if (filters.kind) query.set('kind', filters.kind);
    return api.get<NoticeListResponse>(`/api/notices?${query}`);
  },
  get: (noticeId: string) => api.get<NoticeResponse>(`/api/notices/${id(noticeId)}`),
  approve: (noticeId: string, edits: ApproveNotice) => act(noticeId, 'approve', edits),
  withhold: (noticeId: string, reason: string) => act(noticeId, 'withhold', { reason }),
  withdraw: (noticeId: string) => act(noticeId, 'withdraw'),
  markSent: (noticeId: string) => act(noticeId, 'mark-sent'),
  acknowledge: (noticeId: string) => act(noticeId, 'acknowledge'),
  reply: (noticeId: string, input: NoticeReplyInput) => act(noticeId, 'replies', input),
};

export const policeBatchesApi = {
  list: (limit: number) => api.get<PoliceBatchListResponse>(`/api/police-batches?limit=${limit}`),
  /** A new batch of the queued portal notices no batch holds yet; `batch: null` when none was waiting. */
  prepare: () => api.post<PreparedBatchResponse>('/api/police-batches'),
  markTransmitted: (batchId: string) =>
    api.post<PoliceBatchResponse>(`/api/police-batches/${id(batchId)}/transmitted`),
  /** A download the browser follows itself (a link, not a fetch): the server audits each one. */
  exportUrl: (batchId: string, format: PoliceBatchFormat) =>
    `/api/police-batches/${id(batchId)}/export.${format}`,
};
