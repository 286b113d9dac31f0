/**
 * Reports and items. A report is one submission; an item is one piece of reported content
 * (a normalised URL). The same URL reported twice is one item linked to both reports.
 */
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    trackingCode: text('tracking_code').notNull().unique(),
    /** SHA-256 of the reporter's secret: it is high-entropy and random, so a slow hash adds nothing. */
    secretHash: text('secret_hash').notNull(),
    channel: text('channel').notNull(),
    reporterKind: text('reporter_kind').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    claimedCategory: text('claimed_category').notNull(),
    description: text('description'),
    language: text('language').notNull(),
    /** AES-256-GCM ciphertext of the optional contact e-mail; deleted with the report or at expiry. */
    contactEmailEnc: text('contact_email_enc'),
    contactExpiresAt: timestamp('contact_expires_at', { withTimezone: true }),
    publicStatus: text('public_status').notNull().default('received'),
    publicMessage: text('public_message'),
    publicUpdatedAt: timestamp('public_updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_received_at_idx').on(t.receivedAt)],
);

export const items = pgTable('items', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  url: text('url').notNull().unique(),
  firstReportedAt: timestamp('first_reported_at', { withTimezone: true }).notNull().defaultNow(),
  lastReportedAt: timestamp('last_reported_at', { withTimezone: true }).notNull().defaultNow(),
  reportCount: integer('report_count').notNull().default(1),
  state: text('state').notNull().default('new'),
});

export const reportItems = pgTable(
  'report_items',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    position: smallint('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.itemId] }), index('report_items_item_idx').on(t.itemId)],
);
