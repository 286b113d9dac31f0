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

/** A text a person must give (a reason, a note): trimmed, not empty, at most `max` characters. */
export const requiredText = (max: number, name: string) =>
  z.string().trim().min(1, `${name} may not be empty`).max(max, `${name} may have at most ${max} characters`);
