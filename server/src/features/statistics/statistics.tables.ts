/**
 * The figures' summary table: one row per item with the facts the statistics count (when it came in,
 * its verdict and category, where it was hosted, when it was notified and found gone). Refreshed from
 * the working tables by a job (statistics-refresh.ts), so a year's report over a million items reads
 * one narrow table instead of joining six. It holds no address and nothing a person could be found by.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { ITEM_ORIGINS, type ItemOrigin, items } from '../intake/intake.tables.ts';

/**
 * What kind of service carried an item, from its latest hosting look-up: a platform of the staff
 * directory, a site behind a CDN, a site reached on its host directly, or unknown (no look-up, or the
 * name did not resolve).
 */
export const SERVICE_TYPES = ['platform', 'behind_cdn', 'hosted_site', 'unknown'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const statsItemFacts = pgTable(
  'stats_item_facts',
  {
    itemId: uuid('item_id')
      .primaryKey()
      .references(() => items.id, { onDelete: 'cascade' }),
    /** When the item came in: its first report, or when an analyst derived it. */
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    origin: text('origin').$type<ItemOrigin>().notNull(),
    /** Still in the queue (no counting verdict yet). */
    open: boolean('open').notNull(),
    /** The category its first report claimed (null for a derived item nobody reported). */
    claimedCategory: text('claimed_category'),
    /** The counting assessment's category, else the working category. */
    category: text('category').notNull(),
    /** The counting assessment's verdict; null while none counts. */
    verdict: text('verdict'),
    /** When that verdict came to count (the assessment, the second analyst's or the supervisor's answer). */
    assessedAt: timestamp('assessed_at', { withTimezone: true }),
    /** The protected ground recorded for a hate category (the pack's figures.groundField). */
    ground: text('ground'),
    /** The latest hosting look-up's country (ISO 3166-1 alpha-2). */
    country: text('country'),
    /** The address's top-level domain; null for an IP address. */
    tld: text('tld'),
    serviceType: text('service_type').$type<ServiceType>().notNull(),
    /**
     * The latest hosting look-up (item_hosting's) and the country it found. A notice's figures use
     * the country of the look-up the notice relied on: when that is this one, it is read here rather
     * than from hosting_records (look-ups are never changed, so this stays true of a stale row).
     */
    recordId: uuid('record_id'),
    recordCountry: text('record_country'),
    /** The first notice that left about it, and when it was first found gone (removal monitoring). */
    firstNoticeAt: timestamp('first_notice_at', { withTimezone: true }),
    firstRemovedAt: timestamp('first_removed_at', { withTimezone: true }),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // What the figures select on: the period an item came in (and its category, or the category its
  // report claimed, for terrorism's figures and a report on some categories), when it was first
  // notified, the open items, and when the verdict came to count (the backlog at a period's end).
  (t) => [
    index('stats_item_facts_entered_idx').on(t.enteredAt),
    index('stats_item_facts_category_idx').on(t.category, t.enteredAt),
    index('stats_item_facts_claimed_idx').on(t.claimedCategory, t.enteredAt),
    index('stats_item_facts_notice_idx').on(t.firstNoticeAt),
    index('stats_item_facts_open_idx').on(t.enteredAt).where(sql`open`),
    index('stats_item_facts_assessed_idx').on(t.assessedAt),
    check('stats_item_facts_origin_check', isOneOf(t.origin, ITEM_ORIGINS)),
    check('stats_item_facts_service_type_check', isOneOf(t.serviceType, SERVICE_TYPES)),
  ],
);

/** When the summary was last refreshed (one row). */
export const statsRefreshes = pgTable('stats_refreshes', {
  id: text('id').primaryKey().default('items'),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
  durationMs: integer('duration_ms').notNull(),
  /** Rows written (new or changed) by that refresh. */
  changed: integer('changed').notNull(),
  /** The oldest transaction (xid8) that refresh could not see: the next one looks at rows from it on. */
  watermark: text('watermark'),
  /** A hash of what the facts meant then; when it differs, the next refresh recomputes every item. */
  definition: text('definition'),
});
