/**
 * The police portal's daily transmission batches (`police_batches`) and which notices each holds
 * (`police_batch_notices`). A join table rather than a column on notices: a notice is in at most one
 * batch (its id is the key), and the notices table stays the same for every other channel.
 *
 * `batch_date` is the hotline's local date (VIGIE_TIME_ZONE) when the batch was prepared; a day can
 * have more than one batch (the daily one, and any the liaison officer prepares by hand), numbered
 * from 1 in `number`.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { notices } from './notices.tables.ts';
import { POLICE_BATCH_STATES, type PoliceBatchState } from './police-batch.types.ts';

export const policeBatches = pgTable(
  'police_batches',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    batchDate: date('batch_date', { mode: 'string' }).notNull(),
    number: integer('number').notNull(),
    state: text('state').$type<PoliceBatchState>().notNull().default('prepared'),
    noticeCount: integer('notice_count').notNull(),
    itemCount: integer('item_count').notNull(),
    /** Null: prepared by the daily job. */
    preparedBy: uuid('prepared_by').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    transmittedBy: uuid('transmitted_by').references(() => staff.id, { onDelete: 'set null' }),
    transmittedAt: timestamp('transmitted_at', { withTimezone: true }),
  },
  (t) => [
    unique('police_batches_date_number_key').on(t.batchDate, t.number),
    index('police_batches_created_idx').on(t.createdAt),
    check('police_batches_state_check', isOneOf(t.state, POLICE_BATCH_STATES)),
    check(
      'police_batches_transmitted_check',
      sql`(${t.state} = 'transmitted') = (${t.transmittedAt} is not null)`,
    ),
  ],
);

export const policeBatchNotices = pgTable(
  'police_batch_notices',
  {
    /** A notice joins one batch at most. */
    noticeId: uuid('notice_id')
      .primaryKey()
      .references(() => notices.id, { onDelete: 'cascade' }),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => policeBatches.id, { onDelete: 'cascade' }),
  },
  (t) => [index('police_batch_notices_batch_idx').on(t.batchId)],
);
