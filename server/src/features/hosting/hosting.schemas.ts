/** Requests and responses of items' hosting; the staff app imports the types. */
import { z } from 'zod';
import { HOSTING_STATES, LOOKUP_REASONS } from './hosting.tables.ts';
import { hostingLookup } from './hosting.types.ts';

export const hostingRecordView = z.object({
  id: z.string(),
  looked_up_at: z.string(),
  reason: z.enum(LOOKUP_REASONS),
  requested_by: z.object({ id: z.string(), display_name: z.string() }).nullable(),
  lookup: hostingLookup,
});
export type HostingRecordView = z.output<typeof hostingRecordView>;

export const itemHostingView = z.object({
  item_id: z.string(),
  /** pending: a look-up is due; retrying: after a passing failure; done; gave_up: failures kept coming. */
  state: z.enum(HOSTING_STATES),
  /** When the next look-up is due (retrying, pending), null when none is planned. */
  next_lookup_at: z.string().nullable(),
  /** Look-ups since the last request. */
  attempts: z.number(),
  /** The newest record first; at most the last ten. */
  records: z.array(hostingRecordView),
});
export type ItemHostingView = z.output<typeof itemHostingView>;
