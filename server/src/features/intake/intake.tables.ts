/**
 * Reports and items. A report is one submission; an item is one piece of reported content
 * (a normalised URL). The same URL reported twice is one item linked to both reports.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';

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
    /**
     * Reports sent from the public form: a keyed hash of the form's one-time token and what was
     * typed (see form-token.ts), so posting the same form again finds this report instead of making
     * a second one. Null for every other channel. Unique, so two concurrent posts make one report.
     */
    formTokenHash: text('form_token_hash').unique('reports_form_token_hash_key'),
  },
  (t) => [index('reports_received_at_idx').on(t.receivedAt)],
);

/**
 * What the analysts' queue sorts and filters on is kept on the item itself (denormalised), so the
 * first page of any queue view is one index scan: see features/triage/queue.queries.ts.
 */
export const items = pgTable(
  'items',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    url: text('url').notNull().unique(),
    firstReportedAt: timestamp('first_reported_at', { withTimezone: true }).notNull().defaultNow(),
    lastReportedAt: timestamp('last_reported_at', { withTimezone: true }).notNull().defaultNow(),
    /** Reports that named this URL (0 for a derived item nobody has reported). */
    reportCount: integer('report_count').notNull().default(1),
    /** 'new' (awaiting assessment), 'awaiting_second' (four eyes), 'disputed' (supervisor), 'assessed'. */
    state: text('state').notNull().default('new'),
    /** Working category: the (most severe) claimed one until an assessment replaces it. */
    category: text('category').notNull().default('other'),
    /** The category's severity in the jurisdiction pack (1 = most urgent). */
    severity: smallint('severity').notNull().default(3),
    /** Any report from a trusted flagger or a partner hotline. */
    trusted: boolean('trusted').notNull().default(false),
    /** The first report's channel and language. */
    channel: text('channel').notNull().default('api'),
    language: text('language').notNull().default('fr'),
    /** Matches against known-content hash lists (filled by the hashing work). */
    hashHits: integer('hash_hits').notNull().default(0),
    /** first_reported_at + the category's service target (assessWithinHours). */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull().defaultNow(),
    /** Lower is more urgent; kept by the database so every writer gets it right. */
    priority: integer('priority')
      .notNull()
      .generatedAlwaysAs(
        sql`severity * 100 - (case when hash_hits > 0 then 150 else 0 end) - (case when trusted then 50 else 0 end) - 10 * least(greatest(report_count - 1, 0), 4)`,
      ),
    /** 'reported', or 'derived' (found by an analyst from parent_item_id): counted apart in figures. */
    origin: text('origin').notNull().default('reported'),
    parentItemId: uuid('parent_item_id').references((): AnyPgColumn => items.id),
    claimedBy: uuid('claimed_by').references(() => staff.id),
    claimExpiresAt: timestamp('claim_expires_at', { withTimezone: true }),
    /** Optimistic concurrency: bumped by every change of state; writers send the version they saw. */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => {
    const open = sql`state in ('new', 'awaiting_second', 'disputed')`;
    return [
      index('items_queue_idx').on(t.priority, t.dueAt, t.id).where(open),
      index('items_queue_category_idx').on(t.category, t.priority, t.dueAt, t.id).where(open),
      index('items_queue_state_idx').on(t.state, t.priority, t.dueAt, t.id).where(open),
      index('items_queue_channel_idx').on(t.channel, t.priority, t.dueAt, t.id).where(open),
      index('items_queue_language_idx').on(t.language, t.priority, t.dueAt, t.id).where(open),
      index('items_open_due_idx').on(t.dueAt).where(open),
      index('items_parent_idx').on(t.parentItemId),
      index('items_claimed_by_idx').on(t.claimedBy),
    ];
  },
);

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
