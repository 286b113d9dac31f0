/**
 * Saved queue views: named filter sets, each analyst's own. The queue itself reads the denormalised
 * columns of `items` (intake.tables.ts); claims live there too (claimed_by, claim_expires_at).
 */
import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';

export const queueViews = pgTable(
  'queue_views',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The queue filters (QueueFilters in triage.schemas.ts), as sent. */
    filters: jsonb('filters').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('queue_views_staff_name_idx').on(t.staffId, t.name)],
);
