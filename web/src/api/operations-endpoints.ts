/** The background work's health, for admins (GET /api/operations/health). */
import { answer, client } from './client.ts';
import type { ApiResponse } from './types.ts';

export type OperationsHealth = ApiResponse<'/api/operations/health', 'get'>;
export type OperationsProblemCode = OperationsHealth['problems'][number]['code'];

export const operationsApi = {
  health: () => answer(client.GET('/api/operations/health')),
};
