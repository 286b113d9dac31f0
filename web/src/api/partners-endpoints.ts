/** The partner hotlines' API calls (server: features/partners/partners.routes.ts). */
import { api } from './client.ts';
import type { PartnerHotlineBody, PartnerHotlineResponse, PartnerListResponse } from './types.ts';

export const partnersApi = {
  list: (filter: { q?: string; country?: string }) => {
    const query = new URLSearchParams();
    if (filter.q) query.set('q', filter.q);
    if (filter.country) query.set('country', filter.country);
    const search = query.toString();
    return api.get<PartnerListResponse>(`/api/partners${search ? `?${search}` : ''}`);
  },
  create: (body: PartnerHotlineBody) => api.post<PartnerHotlineResponse>('/api/partners', body),
  replace: (id: string, body: PartnerHotlineBody) =>
    api.put<PartnerHotlineResponse>(`/api/partners/${encodeURIComponent(id)}`, body),
  remove: (id: string) => api.delete<void>(`/api/partners/${encodeURIComponent(id)}`),
};
