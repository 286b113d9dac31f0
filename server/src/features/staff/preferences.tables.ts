/**
 * Each staff member's display preferences, kept on the server so they follow the person from one
 * browser to the next. One row per person, created on the first change; no row means the defaults.
 */
import { check, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';

/** compact: one ~36 px line per queue item; comfortable: ~48 px. */
export const QUEUE_DENSITIES = ['comfortable', 'compact'] as const;
export type QueueDensity = (typeof QUEUE_DENSITIES)[number];

export const staffPreferences = pgTable(
  'staff_preferences',
  {
    staffId: uuid('staff_id')
      .primaryKey()
      .references(() => staff.id, { onDelete: 'cascade' }),
    queueDensity: text('queue_density').$type<QueueDensity>().notNull().default('comfortable'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('staff_preferences_queue_density_check', isOneOf(t.queueDensity, QUEUE_DENSITIES))],
);
