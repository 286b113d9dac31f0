/**
 * The partner hotlines staff maintain: for each country, the hotline that receives what is hosted
 * there (child sexual abuse material goes to the hosting country's INHOPE member), how to reach it,
 * and in which language notices to it are written. Seeded once with the INHOPE members
 * (partners-seed.ts); staff confirm and correct the entries. Routing reads the active one per country.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { LANGUAGES, type Language } from '../../platform/i18n/language.ts';
import type { ContactChannel } from '../hosting/index.ts';

/**
 * How a notice reaches a partner hotline: the directory's contact channels, the web form first
 * (most hotlines take reports on one; forms and samples start with it).
 */
export const PARTNER_CHANNELS = ['web_form', 'email', 'api'] as const satisfies readonly ContactChannel[];
export type PartnerChannel = (typeof PARTNER_CHANNELS)[number];

export const partnerHotlines = pgTable(
  'partner_hotlines',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** The country it serves, ISO 3166-1 alpha-2 (upper case). */
    country: text('country').notNull(),
    name: text('name').notNull(),
    channel: text('channel').$type<PartnerChannel>().notNull(),
    /** An e-mail address for `email`, an https URL otherwise; null: none on record, sent by hand. */
    address: text('address'),
    /** The language notices to this hotline are written in. */
    language: text('language').$type<Language>().notNull().default('en'),
    website: text('website'),
    notes: text('notes'),
    active: boolean('active').notNull().default(true),
    /** When staff last confirmed the contact; null until someone has (every seeded row). */
    checkedOn: date('checked_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => staff.id, { onDelete: 'set null' }),
  },
  (t) => [
    // Routing picks the active hotline of a country: there is at most one.
    uniqueIndex('partner_hotlines_active_country_idx').on(t.country).where(sql`${t.active}`),
    check('partner_hotlines_country_check', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('partner_hotlines_channel_check', isOneOf(t.channel, PARTNER_CHANNELS)),
    check('partner_hotlines_language_check', isOneOf(t.language, LANGUAGES)),
  ],
);
