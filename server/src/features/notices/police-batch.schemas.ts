/** Police portal batches over HTTP: the list, one batch with its rows, the JSON export. */
import { z } from 'zod';
import { POLICE_BATCH_STATES, POLICE_PORTAL_VALUES } from './police-batch.types.ts';

export const policeBatchIdParam = z.object({ id: z.uuid('not a valid batch id') });

const person = z.object({ id: z.uuid(), display_name: z.string() }).nullable();

export const policeBatchView = z.object({
  id: z.uuid(),
  date: z.string().describe('The hotline’s local date (VIGIE_TIME_ZONE) it was prepared on, YYYY-MM-DD'),
  number: z.number().int().describe('1 for the first batch of its date, then 2, 3…'),
  state: z.enum(POLICE_BATCH_STATES),
  notice_count: z.number().int(),
  item_count: z.number().int().describe('Rows of its export when prepared (one per item of each notice)'),
  prepared: z.object({
    by: person.describe('null: the daily job'),
    at: z.string(),
  }),
  transmitted: z.object({ by: person, at: z.string() }).nullable(),
});
export type PoliceBatchView = z.output<typeof policeBatchView>;

export const policeBatchListQuery = z.strictObject({
  date: z
    .string()
    .regex(/^\d{4}-\d\d-\d\d$/, 'date must be YYYY-MM-DD')
    .optional()
    .describe('Only the batches of this local date'),
  limit: z.coerce.number().int().min(1).max(400).default(60),
});

export const policeBatchListResponse = z.object({ batches: z.array(policeBatchView) });

export const policeBatchField = z.object({
  id: z.enum(POLICE_PORTAL_VALUES),
  header: z.string().describe('The column’s header, in the pack’s language'),
});

export const policeBatchExport = z.object({
  batch: policeBatchView,
  portal: z.string().describe('The police portal (the pack’s name for it)'),
  time_zone: z.string().describe('The time zone of found_at and of the batch date'),
  fields: z.array(policeBatchField).describe('The columns, in the portal’s order (the jurisdiction pack)'),
  rows: z
    .array(z.record(z.string(), z.string().nullable()))
    .describe('One per item of each notice, keyed by field id, in the fields’ order; null: nothing known'),
});
export type PoliceBatchExport = z.output<typeof policeBatchExport>;

export const policeBatchResponse = z.object({ batch: policeBatchView });
export const preparedBatchResponse = z.object({
  batch: policeBatchView.nullable().describe('null: no queued police portal notice was waiting'),
});
