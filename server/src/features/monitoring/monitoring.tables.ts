/**
 * Removal monitoring. `item_monitoring` holds one row per notified item: where its follow-up stands
 * (watching, paused, removed), when it is next checked, its run of "removed" checks, when the content
 * was found gone, the reminders sent and the escalation. The row is also the work queue: the
 * monitoring job takes the rows whose check is due (with a lease, so a dead worker's checks are taken
 * up again). `removal_checks` keeps every check, so the item page shows its history as a timeline and
 * time to removal can be measured; a check keeps fingerprints (SHA-256, PDQ), never the content.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { items } from '../intake/intake.tables.ts';
import { CHECK_OUTCOMES, type CheckOutcome } from './check.types.ts';

/** watching: checked on schedule; paused: by a person, with a reason; removed: confirmed gone. */
export const MONITORING_STATES = ['watching', 'paused', 'removed'] as const;
export type MonitoringState = (typeof MONITORING_STATES)[number];

export const itemMonitoring = pgTable(
  'item_monitoring',
  {
    itemId: uuid('item_id')
      .primaryKey()
      .references(() => items.id, { onDelete: 'cascade' }),
    state: text('state').$type<MonitoringState>().notNull().default('watching'),
    /** When the item's first notice left: the start of time to removal. */
    firstNoticeAt: timestamp('first_notice_at', { withTimezone: true }).notNull(),
    /** The next scheduled check; null while paused or once the checks after a removal are done. */
    nextCheckAt: timestamp('next_check_at', { withTimezone: true }),
    /** Who asked for the next check now ("check now"); null when it is the schedule's. */
    checkRequestedBy: uuid('check_requested_by').references(() => staff.id, { onDelete: 'set null' }),
    /** A check in progress: another worker takes it up only after this. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** Consecutive "removed" checks, and when the first of them ran (the content was gone by then). */
    removedStreak: smallint('removed_streak').notNull().default(0),
    streakStartedAt: timestamp('streak_started_at', { withTimezone: true }),
    /** When the content was first found gone: the end of its time to removal, kept if it comes back. */
    firstRemovedAt: timestamp('first_removed_at', { withTimezone: true }),
    /** When the content was found gone this time (null unless removed). */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    /** When the removal was confirmed, by the checks or by a person (closed_by). */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => staff.id, { onDelete: 'set null' }),
    /** Checks made since the removal (the pack checks again after some days for a reappearance). */
    checksAfterRemoval: smallint('checks_after_removal').notNull().default(0),
    reappearances: smallint('reappearances').notNull().default(0),
    reappearedAt: timestamp('reappeared_at', { withTimezone: true }),
    /** Reminders sent in the current run (since the first notice or the last reappearance). */
    remindersSent: smallint('reminders_sent').notNull().default(0),
    /** When the last reminder (or, before any, the first notice or reappearance) left. */
    remindedFrom: timestamp('reminded_from', { withTimezone: true }).notNull(),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    pausedBy: uuid('paused_by').references(() => staff.id, { onDelete: 'set null' }),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    pausedReason: text('paused_reason'),
    lastCheckAt: timestamp('last_check_at', { withTimezone: true }),
    lastOutcome: text('last_outcome').$type<CheckOutcome>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('item_monitoring_due_idx').on(t.nextCheckAt),
    check('item_monitoring_state_check', isOneOf(t.state, MONITORING_STATES)),
    check('item_monitoring_last_outcome_check', isOneOf(t.lastOutcome, CHECK_OUTCOMES)),
  ],
);

export const removalChecks = pgTable(
  'removal_checks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
    outcome: text('outcome').$type<CheckOutcome>().notNull(),
    /** A check reason (check.types.ts) or the fetcher's failure code. */
    reason: text('reason').notNull(),
    status: smallint('status'),
    finalUrl: text('final_url'),
    bodySha256: text('body_sha256'),
    pdq: text('pdq'),
    durationMs: integer('duration_ms').notNull(),
    /** A person who asked for this check ("check now"); null for a scheduled one. */
    requestedBy: uuid('requested_by').references(() => staff.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('removal_checks_item_idx').on(t.itemId, t.checkedAt),
    check('removal_checks_outcome_check', isOneOf(t.outcome, CHECK_OUTCOMES)),
  ],
);
