/**
 * Analysts' exposure to revealed media, one row per staff member per day (UTC), and whether each
 * chose to share their own figures with supervisors. Only totals are kept, never which item was seen.
 */
import { boolean, date, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
// Table files import table files directly: schema.ts loads them, and a feature's index.ts would pull in routes.
import { staff } from '../../platform/auth/auth.tables.ts';

export const exposureDays = pgTable(
  'exposure_days',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    seconds: integer('seconds').notNull().default(0),
    /** How many times media was revealed then re-blurred (one record per reveal). */
    reveals: integer('reveals').notNull().default(0),
    /** Exposure since the last pause of at least BREAK_GAP: what "a break is due" is measured on. */
    streakSeconds: integer('streak_seconds').notNull().default(0),
    lastExposureAt: timestamp('last_exposure_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.day] })],
);

/**
 * Ids of the exposure records received lately, so a record the app sends again (its answer was lost:
 * the page closed, the network dropped) counts once. Only the id, never the item; kept a week.
 */
export const exposureRecords = pgTable(
  'exposure_records',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    recordId: uuid('record_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.recordId] })],
);

export const wellbeingPreferences = pgTable('wellbeing_preferences', {
  staffId: uuid('staff_id')
    .primaryKey()
    .references(() => staff.id, { onDelete: 'cascade' }),
  shareExposure: boolean('share_exposure').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
