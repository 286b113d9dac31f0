/**
 * Where each item is hosted. `item_hosting` holds one row per item: the state of its look-ups (due,
 * retrying, done), the latest record and what the queue filters on (country). `hosting_records`
 * keeps every look-up made, so the item page can show where the content lived when it was checked
 * and a notice can cite the record it was based on.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { items } from '../intake/intake.tables.ts';
import type { HostingLookup } from './hosting.types.ts';

/**
 * pending: a look-up is due (new item, or someone asked again); retrying: the last one hit a
 * passing failure (a timeout, a registry's rate limit) and another is scheduled; done: the last
 * look-up gave what it could (an NXDOMAIN is a result, not a failure); gave_up: passing failures
 * kept coming for every attempt allowed.
 */
export const HOSTING_STATES = ['pending', 'retrying', 'done', 'gave_up'] as const;
export type HostingState = (typeof HOSTING_STATES)[number];

/** Why a look-up ran. */
export const LOOKUP_REASONS = ['new_item', 'asked_again', 'before_notice', 'retry'] as const;
export type LookupReason = (typeof LOOKUP_REASONS)[number];

export const hostingRecords = pgTable(
  'hosting_records',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    lookedUpAt: timestamp('looked_up_at', { withTimezone: true }).notNull(),
    reason: text('reason').$type<LookupReason>().notNull(),
    /** Who asked for it; null for the automatic look-ups. */
    requestedBy: uuid('requested_by').references(() => staff.id, { onDelete: 'set null' }),
    country: text('country'),
    asn: integer('asn'),
    /** The whole look-up as the API and `vigie hosting lookup` print it. */
    lookup: jsonb('lookup').$type<HostingLookup>().notNull(),
  },
  (t) => [
    index('hosting_records_item_idx').on(t.itemId, t.lookedUpAt),
    check('hosting_records_reason_check', isOneOf(t.reason, LOOKUP_REASONS)),
  ],
);

export const itemHosting = pgTable(
  'item_hosting',
  {
    itemId: uuid('item_id')
      .primaryKey()
      .references(() => items.id, { onDelete: 'cascade' }),
    state: text('state').$type<HostingState>().notNull().default('pending'),
    reason: text('reason').$type<LookupReason>().notNull().default('new_item'),
    requestedBy: uuid('requested_by').references(() => staff.id, { onDelete: 'set null' }),
    /** Look-ups since the last request, for the back-off between retries. */
    attempts: integer('attempts').notNull().default(0),
    /** When the next look-up is due (also the lease of a running one); null when none is planned. */
    dueAt: timestamp('due_at', { withTimezone: true }).defaultNow(),
    latestRecordId: uuid('latest_record_id').references(() => hostingRecords.id, { onDelete: 'set null' }),
    /** The latest record's country, for the queue's filter (ISO 3166-1 alpha-2). */
    country: text('country'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('item_hosting_due_idx').on(t.dueAt),
    index('item_hosting_country_idx').on(t.country),
    check('item_hosting_state_check', isOneOf(t.state, HOSTING_STATES)),
    check('item_hosting_reason_check', isOneOf(t.reason, LOOKUP_REASONS)),
  ],
);
