/** Evidence capture: ask the server to capture an item's URL, and follow what its captures found. */
import { api } from './client.ts';
import type { CaptureList, CaptureResponse } from './types.ts';

const id = encodeURIComponent;

export const captureApi = {
  list: (itemId: string) => api.get<CaptureList>(`/api/items/${id(itemId)}/captures`),
  get: (captureId: string) => api.get<CaptureResponse>(`/api/captures/${id(captureId)}`),
  request: (itemId: string) => api.post<CaptureResponse>(`/api/items/${id(itemId)}/captures`),
};
