/**
 * Assessments: an analyst's legal qualification of an item under the jurisdiction pack, with the
 * four-eyes trail (second analyst, then supervisor on disagreement) on the same row. The values a
 * column may hold are listed here, once: its TypeScript type, its CHECK and the API's enums follow.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { type CategoryId, VERDICTS, type Verdict } from '../../jurisdictions/jurisdiction.ts';
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { items } from '../intake/intake.tables.ts';

/**
 * 'final' (counts), 'pending_second' (four eyes: waits for a second analyst), 'confirmed' (second
 * agreed: counts), 'disputed' (second disagreed: waits for a supervisor), 'upheld' (supervisor
 * kept it: counts), 'overruled' (supervisor replaced it with their own), 'superseded' (a later
 * assessment of the same item replaced it).
 */
export const ASSESSMENT_STATUSES = [
  'final',
  'pending_second',
  'confirmed',
  'disputed',
  'upheld',
  'overruled',
  'superseded',
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
/** Statuses whose verdict is the item's verdict. */
export const COUNTING_STATUSES = [
  'final',
  'confirmed',
  'upheld',
] as const satisfies readonly AssessmentStatus[];
/** The second analyst's answer (four eyes). */
export const SECOND_DECISIONS = ['agree', 'disagree'] as const;
export type SecondDecision = (typeof SECOND_DECISIONS)[number];
/** A supervisor's answer to a disagreement: the first assessment stands, or their own replaces it. */
export const RESOLUTIONS = ['uphold', 'replace'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

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
    category: text('category').$type<CategoryId>().notNull(),
    /** Legal basis codes from the pack (e.g. FR-CP-227-23). */
    legalBases: jsonb('legal_bases').$type<string[]>().notNull(),
    verdict: text('verdict').$type<Verdict>().notNull(),
    /** Category-specific answers: detail field id → option id. */
    details: jsonb('details').$type<Record<string, string>>().notNull(),
    notes: text('notes'),
    status: text('status').$type<AssessmentStatus>().notNull(),
    /** Whether this assessment's verdict is the item's verdict now (its status is a counting one). */
    counts: boolean('counts').notNull().generatedAlwaysAs(isOneOf(sql`status`, COUNTING_STATUSES)),
    secondStaffId: uuid('second_staff_id').references(() => staff.id),
    secondDecision: text('second_decision').$type<SecondDecision>(),
    secondNotes: text('second_notes'),
    secondAt: timestamp('second_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => staff.id),
    resolution: text('resolution').$type<Resolution>(),
    resolutionNotes: text('resolution_notes'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assessments_item_idx').on(t.itemId, t.createdAt),
    index('assessments_created_idx').on(t.createdAt),
    index('assessments_disputed_idx').on(t.createdAt).where(sql`status = 'disputed'`),
    check('assessments_verdict_check', isOneOf(t.verdict, VERDICTS)),
    check('assessments_status_check', isOneOf(t.status, ASSESSMENT_STATUSES)),
    check('assessments_second_decision_check', isOneOf(t.secondDecision, SECOND_DECISIONS)),
    check('assessments_resolution_check', isOneOf(t.resolution, RESOLUTIONS)),
  ],
);
