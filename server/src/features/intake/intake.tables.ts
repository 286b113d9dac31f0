/**
 * Reports and items. A report is one submission; an item is one piece of reported content
 * (a normalised URL). The same URL reported twice is one item linked to both reports. The values a
 * column may hold are listed here, once: its TypeScript type, its CHECK and the API's enums follow.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CategoryId } from '../../jurisdictions/jurisdiction.ts';
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { LANGUAGES, type Language } from '../../platform/i18n/language.ts';

/** How a report arrived. */
export const CHANNELS = ['web_form', 'api', 'partner_hotline', 'hash_list', 'staff'] as const;
export type Channel = (typeof CHANNELS)[number];
export const REPORTER_KINDS = ['public', 'trusted_flagger', 'partner_hotline', 'staff'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];
/** Reports from these kinds of reporter move their items up the queue (items.trusted). */
export const TRUSTED_REPORTER_KINDS = [
  'trusted_flagger',
  'partner_hotline',
] as const satisfies readonly ReporterKind[];
export const isTrustedReporter = (kind: ReporterKind): boolean =>
  (TRUSTED_REPORTER_KINDS as readonly ReporterKind[]).includes(kind);
/** What the reporter's tracking page says. */
export const PUBLIC_STATUSES = [
  'received',
  'under_analysis',
  'forwarded',
  'content_removed',
  'closed',
] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];
/**
 * Where one reported address ends up, as the reporter reads it (derived in features/outcomes).
 */
export const ITEM_OUTCOMES = [
  /** The verdict: not prohibited by the law the hotline applies. */
  'not_illegal',
  /** The verdict: outside what the hotline deals with. */
  'out_of_scope',
  /** The verdict: the content could not be reached, so nothing could be judged. */
  'unreachable',
  /** A notice to the police portal (or the police liaison) has left. */
  'transmitted_to_police',
  /** A removal request has left: to the host, the platform, the registrar or a partner hotline. */
  'removal_requested',
  /** The content was found gone. Only a recorded fact sets it (see outcomes/outcome.ts, ItemFacts.removedAt). */
  'removed',
] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];

/** An address's public status: not started, being reviewed, or one of the outcomes. */
export const ITEM_PUBLIC_STATUSES = ['received', 'under_review', ...ITEM_OUTCOMES] as const;
export type ItemPublicStatus = (typeof ITEM_PUBLIC_STATUSES)[number];

/**
 * An item's life in the workspace: 'new' (awaiting assessment), 'awaiting_second' (four eyes),
 * 'disputed' (waits for a supervisor), 'assessed'. The first three are open: in the queue.
 */
export const ITEM_STATES = ['new', 'awaiting_second', 'disputed', 'assessed'] as const;
export type ItemState = (typeof ITEM_STATES)[number];
export const OPEN_STATES = ['new', 'awaiting_second', 'disputed'] as const satisfies readonly ItemState[];
/** 'reported', or 'derived' (found by an analyst from another item): counted apart in figures. */
export const ITEM_ORIGINS = ['reported', 'derived'] as const;
export type ItemOrigin = (typeof ITEM_ORIGINS)[number];

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    trackingCode: text('tracking_code').notNull().unique(),
    /** SHA-256 of the reporter's secret: it is high-entropy and random, so a slow hash adds nothing. */
    secretHash: text('secret_hash').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    reporterKind: text('reporter_kind').$type<ReporterKind>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    claimedCategory: text('claimed_category').$type<CategoryId>().notNull(),
    description: text('description'),
    language: text('language').$type<Language>().notNull(),
    /** AES-256-GCM ciphertext of the optional contact e-mail; deleted with the report or at expiry. */
    contactEmailEnc: text('contact_email_enc'),
    contactExpiresAt: timestamp('contact_expires_at', { withTimezone: true }),
    publicStatus: text('public_status').$type<PublicStatus>().notNull().default('received'),
    publicMessage: text('public_message'),
    publicUpdatedAt: timestamp('public_updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Reports sent from the public form: a keyed hash of the form's one-time token and what was
     * typed (see form-token.ts), so posting the same form again finds this report instead of making
     * a second one. Null for every other channel. Unique, so two concurrent posts make one report.
     */
    formTokenHash: text('form_token_hash').unique('reports_form_token_hash_key'),
  },
  (t) => [
    index('reports_received_at_idx').on(t.receivedAt),
    check('reports_channel_check', isOneOf(t.channel, CHANNELS)),
    check('reports_reporter_kind_check', isOneOf(t.reporterKind, REPORTER_KINDS)),
    check('reports_language_check', isOneOf(t.language, LANGUAGES)),
    check('reports_public_status_check', isOneOf(t.publicStatus, PUBLIC_STATUSES)),
  ],
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
    state: text('state').$type<ItemState>().notNull().default('new'),
    /** Working category: the (most severe) claimed one until an assessment replaces it. */
    category: text('category').$type<CategoryId>().notNull().default('other'),
    /** The category's severity in the jurisdiction pack (1 = most urgent). */
    severity: smallint('severity').notNull().default(3),
    /** Any report from a trusted flagger or a partner hotline. */
    trusted: boolean('trusted').notNull().default(false),
    /** The first report's channel and language. */
    channel: text('channel').$type<Channel>().notNull().default('api'),
    language: text('language').$type<Language>().notNull().default('fr'),
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
    /** 'derived' items were found by an analyst from parent_item_id. */
    origin: text('origin').$type<ItemOrigin>().notNull().default('reported'),
    parentItemId: uuid('parent_item_id').references((): AnyPgColumn => items.id),
    /** The item this one duplicates (marked so by an analyst): it took that item's final verdict. */
    duplicateOfItemId: uuid('duplicate_of_item_id').references((): AnyPgColumn => items.id),
    claimedBy: uuid('claimed_by').references(() => staff.id),
    claimExpiresAt: timestamp('claim_expires_at', { withTimezone: true }),
    /** Optimistic concurrency: bumped by every change of state; writers send the version they saw. */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => {
    // Spelled `state in ('new', …)` like the queue's queries (OPEN_ITEM), so the planner matches them.
    const open = isOneOf(sql`state`, OPEN_STATES);
    return [
      index('items_queue_idx').on(t.priority, t.dueAt, t.id).where(open),
      index('items_queue_category_idx').on(t.category, t.priority, t.dueAt, t.id).where(open),
      index('items_queue_state_idx').on(t.state, t.priority, t.dueAt, t.id).where(open),
      index('items_queue_channel_idx').on(t.channel, t.priority, t.dueAt, t.id).where(open),
      index('items_queue_language_idx').on(t.language, t.priority, t.dueAt, t.id).where(open),
      // The queue's other orders (triage/queue-sort.ts): newest first, most reported first.
      index('items_queue_received_idx').on(t.firstReportedAt, t.id).where(open),
      index('items_queue_reports_idx').on(sql`(-${t.reportCount})`, t.priority, t.dueAt, t.id).where(open),
      index('items_open_due_idx').on(t.dueAt).where(open),
      index('items_parent_idx').on(t.parentItemId),
      index('items_claimed_by_idx').on(t.claimedBy),
      // The queue's search by address (a piece of it, or a host): trigrams answer `like '%…%'` from
      // the index (pg_trgm, created by migration 0019).
      index('items_url_trgm_idx').using('gin', t.url.op('gin_trgm_ops')),
      check('items_state_check', isOneOf(t.state, ITEM_STATES)),
      check('items_channel_check', isOneOf(t.channel, CHANNELS)),
      check('items_language_check', isOneOf(t.language, LANGUAGES)),
      check('items_origin_check', isOneOf(t.origin, ITEM_ORIGINS)),
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
    /**
     * Linked because an analyst derived the item from one of this report's items, not named by its
     * reporter: what the reporter is told leaves it out (features/outcomes).
     */
    derived: boolean('derived').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.itemId] }), index('report_items_item_idx').on(t.itemId)],
);
