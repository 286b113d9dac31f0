/** The staff directory's API calls (server: features/hosting/directory.routes.ts). */
import { api } from './client.ts';
import type {
  DirectoryEntryBody,
  DirectoryEntryResponse,
  DirectoryKind,
  DirectoryListResponse,
} from './types.ts';

export const directoryApi = {
  list: (filter: { q?: string; kind?: DirectoryKind }) => {
    const query = new URLSearchParams();
    if (filter.q) query.set('q', filter.q);
    if (filter.kind) query.set('kind', filter.kind);
    const search = query.toString();
    return api.get<DirectoryListResponse>(`/api/directory${search ? `?${search}` : ''}`);
  },
  create: (body: DirectoryEntryBody) => api.post<DirectoryEntryResponse>('/api/directory', body),
  replace: (id: string, body: DirectoryEntryBody) =>
    api.put<DirectoryEntryResponse>(`/api/directory/${encodeURIComponent(id)}`, body),
  remove: (id: string) => api.delete<void>(`/api/directory/${encodeURIComponent(id)}`),
};
