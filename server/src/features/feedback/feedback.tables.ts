/**
 * Messages sent to a reporter: what was published on their tracking page, from which template, by
 * whom, and the outbox message that carried it by e-mail (if they left an address). Deleted with
 * the report.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
// Table files import table files directly: schema.ts loads them, and a feature's index.ts would pull in routes.
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { LANGUAGES, type Language } from '../../platform/i18n/language.ts';
import { mailOutbox } from '../../platform/mail/mail.tables.ts';
import {
  ITEM_PUBLIC_STATUSES,
  type ItemPublicStatus,
  items,
  PUBLIC_STATUSES,
  type PublicStatus,
  reports,
} from '../intake/intake.tables.ts';

export const reportMessages = pgTable(
  'report_messages',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    /** The address the message is about; null for messages sent before messages were per item. */
    itemId: uuid('item_id').references(() => items.id, { onDelete: 'set null' }),
    templateId: text('template_id').notNull(),
    language: text('language').$type<Language>().notNull(),
    body: text('body').notNull(),
    /** Derived from the item's standing when sent (older messages: the status their template set). */
    publicStatus: text('public_status').$type<PublicStatus>().notNull(),
    /** The item's public status when sent (features/outcomes); null for older messages. */
    itemStatus: text('item_status').$type<ItemPublicStatus>(),
    /** True when the analyst changed the template's text. */
    edited: boolean('edited').notNull().default(false),
    sentBy: uuid('sent_by').references(() => staff.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    mailId: uuid('mail_id').references(() => mailOutbox.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('report_messages_report_idx').on(t.reportId, t.sentAt),
    index('report_messages_item_idx').on(t.itemId),
    check('report_messages_language_check', isOneOf(t.language, LANGUAGES)),
    check('report_messages_public_status_check', isOneOf(t.publicStatus, PUBLIC_STATUSES)),
    check('report_messages_item_status_check', isOneOf(t.itemStatus, ITEM_PUBLIC_STATUSES)),
  ],
);
