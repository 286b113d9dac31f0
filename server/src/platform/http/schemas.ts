/** Schemas shared by every route: the error body, documented once for the OpenAPI document. */
import { z } from 'zod';

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
  request_id: z.string(),
});

export function errorResponses<const S extends number[]>(
  ...statuses: S
): Record<S[number], typeof errorBody> {
  return Object.fromEntries(statuses.map((s) => [s, errorBody])) as Record<S[number], typeof errorBody>;
}
