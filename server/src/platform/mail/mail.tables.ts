/**
 * The mail outbox: every outgoing message is a row here first, written in the same transaction as
 * the change it reports, so a message is never lost when SMTP is down or the process stops. The
 * recipient is sealed (secret box) and erased once the message is sent or given up.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { isOneOf } from '../db/value-lists.ts';
import { LANGUAGES, type Language } from '../i18n/language.ts';

/** 'cancelled': the recipient's address was erased (retention) before the message could go. */
export const MAIL_STATES = ['queued', 'sent', 'failed', 'cancelled'] as const;
export type MailState = (typeof MAIL_STATES)[number];
/** The ends of a message's life that the outbox reaches by itself (delivered, or given up). */
export const SETTLED_MAIL_STATES = ['sent', 'failed'] as const satisfies readonly MailState[];

/**
 * What mail is sent for. A feature that starts sending a new kind adds it here (and a migration: the
 * column's CHECK follows this list), so operators can tell every message in the outbox apart.
 */
export const MAIL_PURPOSES = ['reporter_feedback', 'notice'] as const;
export type MailPurpose = (typeof MAIL_PURPOSES)[number];

/**
 * A file sent with a message, as text (a notice's XARF report is JSON). Never evidence media: a
 * message carries descriptions and hashes of content, not the content.
 */
export type MailAttachment = { filename: string; contentType: string; content: string };

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** What the message is for (e.g. 'reporter_feedback'), for operators; never who it is for. */
    purpose: text('purpose').$type<MailPurpose>().notNull(),
    /** Secret-box ciphertext of the recipient address; null once sent or given up. */
    recipientEnc: text('recipient_enc'),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    /** Files sent with the message (null: none). */
    attachments: jsonb('attachments').$type<MailAttachment[]>(),
    language: text('language').$type<Language>().notNull(),
    state: text('state').$type<MailState>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** The last SMTP error, without the address (nodemailer's messages may name it: we keep the code). */
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('mail_outbox_due_idx').on(t.state, t.nextAttemptAt),
    check('mail_outbox_purpose_check', isOneOf(t.purpose, MAIL_PURPOSES)),
    check('mail_outbox_language_check', isOneOf(t.language, LANGUAGES)),
    check('mail_outbox_state_check', isOneOf(t.state, MAIL_STATES)),
  ],
);
