/**
 * Notices as records: one message to one recipient about one or more items (`notices`), the items it
 * is about with the assessment and hosting record it relied on (`notice_items`), what came back
 * (`notice_replies`), and which final assessments routing has already looked at (`notice_routings`,
 * so an item with nothing to send is not routed again every minute). The values a column may hold
 * come from notice.types.ts; their CHECKs follow.
 *
 * A recipient's address is an organisation's published abuse contact (a host's abuse desk, a
 * platform's notice form, a partner hotline), not a person's: it is kept in clear, unlike a
 * reporter's. The outbox row that carries an e-mail notice seals its copy as it does every recipient.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { LANGUAGES, type Language } from '../../platform/i18n/language.ts';
import { mailOutbox } from '../../platform/mail/mail.tables.ts';
import { hostingRecords } from '../hosting/hosting.tables.ts';
import { items } from '../intake/intake.tables.ts';
import { assessments } from '../qualification/qualification.tables.ts';
import {
  NOTICE_CHANNELS,
  NOTICE_PURPOSES,
  NOTICE_STATES,
  type NoticeChannel,
  type NoticePurpose,
  type NoticeState,
  RECIPIENT_KINDS,
  type RecipientKind,
} from './notice.types.ts';

/** What came back from a recipient: an answer, a bounce, or their acknowledgement of receipt. */
export const REPLY_KINDS = ['reply', 'bounce', 'acknowledgement'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    recipientKind: text('recipient_kind').$type<RecipientKind>().notNull(),
    channel: text('channel').$type<NoticeChannel>().notNull(),
    /** E-mail address or URL; null for the police portal's batch or when none is known yet. */
    address: text('address'),
    recipientName: text('recipient_name'),
    language: text('language').$type<Language>().notNull(),
    /** Where the address came from (a hosting contact's source, 'partner_hotlines', 'pack'). */
    source: text('source').notNull(),
    /** The pack's routing rule that proposed it (for a follow-up: the rule of the notice it follows). */
    ruleId: text('rule_id').notNull(),
    purpose: text('purpose').$type<NoticePurpose>().notNull().default('notice'),
    /** The notice a reminder, a reappearance or an escalation follows up. */
    followsNoticeId: uuid('follows_notice_id').references((): AnyPgColumn => notices.id, {
      onDelete: 'set null',
    }),
    state: text('state').$type<NoticeState>().notNull().default('proposed'),
    /** The pack sends it without a person's approval (approved by the system once not_before passes). */
    automatic: boolean('automatic').notNull().default(false),
    /** It may not leave before this (a rule's delay after the verdict). */
    notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
    /** Null with approved_at set: approved by the system (an automatic rule). */
    approvedBy: uuid('approved_by').references(() => staff.id, { onDelete: 'set null' }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    withheldBy: uuid('withheld_by').references(() => staff.id, { onDelete: 'set null' }),
    withheldAt: timestamp('withheld_at', { withTimezone: true }),
    withheldReason: text('withheld_reason'),
    /** The composed message: a draft while proposed, frozen once queued. */
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    /** The XARF reports, one per item XARF has a type for (built and validated when queued). */
    xarf: jsonb('xarf').$type<Record<string, unknown>[]>(),
    /** The outbox message that carries an e-mail notice (attempts and errors are read from it). */
    mailId: uuid('mail_id').references(() => mailOutbox.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notices_state_idx').on(t.state, t.createdAt),
    index('notices_mail_idx').on(t.mailId),
    check('notices_recipient_kind_check', isOneOf(t.recipientKind, RECIPIENT_KINDS)),
    check('notices_channel_check', isOneOf(t.channel, NOTICE_CHANNELS)),
    check('notices_language_check', isOneOf(t.language, LANGUAGES)),
    check('notices_state_check', isOneOf(t.state, NOTICE_STATES)),
    check('notices_purpose_check', isOneOf(t.purpose, NOTICE_PURPOSES)),
  ],
);

export const noticeItems = pgTable(
  'notice_items',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    /** The counting assessment the notice relied on. */
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    /** The hosting record whose country and contacts it relied on (null: none existed). */
    hostingRecordId: uuid('hosting_record_id').references(() => hostingRecords.id, { onDelete: 'set null' }),
    /**
     * The recipient routing proposed (kind, channel, address): an item is proposed to one recipient
     * once, however often routing runs or processes race.
     */
    recipientKey: text('recipient_key').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.noticeId, t.itemId] }),
    unique('notice_items_item_recipient_key').on(t.itemId, t.recipientKey),
  ],
);

export const noticeReplies = pgTable(
  'notice_replies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ReplyKind>().notNull(),
    text: text('text').notNull(),
    addedBy: uuid('added_by').references(() => staff.id, { onDelete: 'set null' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notice_replies_notice_idx').on(t.noticeId, t.addedAt),
    check('notice_replies_kind_check', isOneOf(t.kind, REPLY_KINDS)),
  ],
);

/** Final assessments routing has handled (whether or not it proposed anything). */
export const noticeRoutings = pgTable('notice_routings', {
  assessmentId: uuid('assessment_id')
    .primaryKey()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  itemId: uuid('item_id')
    .notNull()
    .references(() => items.id, { onDelete: 'cascade' }),
  proposed: integer('proposed').notNull(),
  routedAt: timestamp('routed_at', { withTimezone: true }).notNull().defaultNow(),
});
