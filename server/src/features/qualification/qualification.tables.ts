/**
 * Assessments: an analyst's legal qualification of an item under the jurisdiction pack, with the
 * four-eyes trail (second analyst, then supervisor on disagreement) on the same row.
 */
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';
import { items } from '../intake/intake.tables.ts';

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    category: text('category').notNull(),
    /** Legal basis codes from the pack (e.g. FR-CP-227-23). */
    legalBases: jsonb('legal_bases').$type<string[]>().notNull(),
    verdict: text('verdict').notNull(),
    /** Category-specific answers: detail field id → option id. */
    details: jsonb('details').$type<Record<string, string>>().notNull(),
    notes: text('notes'),
    /**
     * 'final' (counts), 'pending_second' (four eyes: waits for a second analyst), 'confirmed' (second
     * agreed: counts), 'disputed' (second disagreed: waits for a supervisor), 'upheld' (supervisor
     * kept it: counts), 'overruled' (supervisor replaced it with their own), 'superseded' (a later
     * assessment of the same item replaced it).
     */
    status: text('status').notNull(),
    secondStaffId: uuid('second_staff_id').references(() => staff.id),
    secondDecision: text('second_decision'),
    secondNotes: text('second_notes'),
    secondAt: timestamp('second_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => staff.id),
    resolution: text('resolution'),
    resolutionNotes: text('resolution_notes'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assessments_item_idx').on(t.itemId, t.createdAt),
    index('assessments_created_idx').on(t.createdAt),
    index('assessments_disputed_idx').on(t.createdAt).where(sql`status = 'disputed'`),
  ],
);
