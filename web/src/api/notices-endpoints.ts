/**
 * Notices: an item's, the liaison officer's lists, one notice, and what staff do with them; the police
 * portal's batches (list, prepare now, mark transmitted, and the addresses of their audited exports).
 */
import { answer, client } from './client.ts';
import type { ApproveNotice, NoticeListQuery, NoticeReplyInput, PoliceBatchFormat } from './types.ts';

const path = (id: string) => ({ params: { path: { id } } });

export const noticesApi = {
  ofItem: (itemId: string) => answer(client.GET('/api/items/{id}/notices', path(itemId))),
  list: (filters: Omit<NoticeListQuery, 'limit'> & { limit?: number }) =>
    answer(client.GET('/api/notices', { params: { query: { ...filters, limit: filters.limit ?? 100 } } })),
  get: (noticeId: string) => answer(client.GET('/api/notices/{id}', path(noticeId))),
  approve: (noticeId: string, edits: ApproveNotice) =>
    answer(client.POST('/api/notices/{id}/approve', { ...path(noticeId), body: edits })),
  withhold: (noticeId: string, reason: string) =>
    answer(client.POST('/api/notices/{id}/withhold', { ...path(noticeId), body: { reason } })),
  withdraw: (noticeId: string) => answer(client.POST('/api/notices/{id}/withdraw', path(noticeId))),
  markSent: (noticeId: string) => answer(client.POST('/api/notices/{id}/mark-sent', path(noticeId))),
  acknowledge: (noticeId: string) => answer(client.POST('/api/notices/{id}/acknowledge', path(noticeId))),
  reply: (noticeId: string, input: NoticeReplyInput) =>
    answer(client.POST('/api/notices/{id}/replies', { ...path(noticeId), body: input })),
};

export const policeBatchesApi = {
  list: (limit: number) => answer(client.GET('/api/police-batches', { params: { query: { limit } } })),
  /** A new batch of the queued portal notices no batch holds yet; `batch: null` when none was waiting. */
  prepare: () => answer(client.POST('/api/police-batches')),
  markTransmitted: (batchId: string) =>
    answer(client.POST('/api/police-batches/{id}/transmitted', path(batchId))),
  /** A download the browser follows itself (a link, not a fetch): the server audits each one. */
  exportUrl: (batchId: string, format: PoliceBatchFormat) =>
    `/api/police-batches/${encodeURIComponent(batchId)}/export.${format}`,
};
