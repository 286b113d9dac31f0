/** The background work's health, for admins (GET /api/operations/health). */
import type { OperationsHealth } from '../../../server/src/platform/operations/operations.schemas.ts';
import { api } from './client.ts';

export type { OperationsHealth };
export type OperationsProblemCode = OperationsHealth['problems'][number]['code'];

export const operationsApi = {
  health: () => api.get<OperationsHealth>('/api/operations/health'),
};
