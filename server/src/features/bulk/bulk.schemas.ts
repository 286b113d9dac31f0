/**
 * Requests and answers of the queue's bulk actions. Each action names up to 100 items and answers one
 * result per item, in the order given: done, or refused with the reason the single action would give.
 */
import { z } from 'zod';
import type { Verdict } from '../../jurisdictions/jurisdiction.ts';

export const BULK_OUTCOMES = ['done', 'refused'] as const;
/** Verdicts a bulk close may record: none says the content is illegal (those need an item's own assessment). */
export const CLOSING_VERDICTS = [
  'out_of_scope',
  'unreachable',
  'not_illegal',
] as const satisfies readonly Verdict[];

const itemId = z.uuid('not an item id');
const distinct = <T>(list: T[], key: (x: T) => string) => new Set(list.map(key)).size === list.length;

const itemIds = z
  .array(itemId)
  .min(1, 'choose at least one item')
  .max(100, 'at most 100 items at once')
  .refine((ids) => distinct(ids, (id) => id), 'an item is listed twice');

export const bulkClaimBody = z.strictObject({ item_ids: itemIds });
export type BulkClaimBody = z.input<typeof bulkClaimBody>;

export const bulkAssignBody = z.strictObject({
  item_ids: itemIds,
  /** The analyst or supervisor who takes the items over. */
  staff_id: z.uuid('not a staff id'),
});
export type BulkAssignBody = z.input<typeof bulkAssignBody>;

/** Each item with the version the person saw, so an item changed meanwhile is refused, not overwritten. */
const seenItems = z
  .array(z.strictObject({ id: itemId, version: z.number().int().min(1) }))
  .min(1, 'choose at least one item')
  .max(100, 'at most 100 items at once')
  .refine((items) => distinct(items, (i) => i.id), 'an item is listed twice');

export const bulkCloseBody = z.strictObject({
  items: seenItems,
  verdict: z.enum(CLOSING_VERDICTS),
  notes: z.string().trim().max(2000).optional(),
});
export type BulkCloseBody = z.input<typeof bulkCloseBody>;

export const bulkDuplicateBody = z.strictObject({
  items: seenItems,
  /** The item they duplicate: its final verdict is given to each of them. */
  duplicate_of: z.uuid('not an item id'),
});
export type BulkDuplicateBody = z.input<typeof bulkDuplicateBody>;

export const bulkResult = z.object({
  id: z.string(),
  outcome: z.enum(BULK_OUTCOMES),
  /** Why it was refused (the error the single action gives), or a note on what was done; else null. */
  reason: z
    .object({
      code: z.string(),
      message: z.string(),
      /** What the single action's error carries (e.g. item.claimed: the claim and its holder). */
      details: z.record(z.string(), z.unknown()).optional(),
    })
    .nullable(),
});
export type BulkResult = z.output<typeof bulkResult>;
export const bulkResponse = z.object({ results: z.array(bulkResult) });
export type BulkResponse = z.output<typeof bulkResponse>;
