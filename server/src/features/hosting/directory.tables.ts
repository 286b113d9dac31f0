/**
 * The directory staff maintain: known platforms, hosts, registrars and CDNs, how to reach their abuse
 * or trust-and-safety desk (e-mail, web form or trusted-flagger API), in which language, and notes.
 * An entry matches a look-up by registrable domain or by AS number (directory-match.ts) and its
 * contact then replaces what RDAP says for that role.
 */
import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staff } from '../../platform/auth/auth.tables.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { CONTACT_CHANNELS, type ContactChannel, type ContactRole } from './hosting.types.ts';

/** What an entry describes; each is also the role its contact takes in a look-up. */
export const DIRECTORY_KINDS = [
  'platform',
  'host',
  'registrar',
  'cdn',
] as const satisfies readonly ContactRole[];
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

export const directoryEntries = pgTable(
  'directory_entries',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    kind: text('kind').$type<DirectoryKind>().notNull(),
    /** Registrable domains (lower-case, ASCII), e.g. example-video.com; subdomains match too. */
    domains: text('domains').array().notNull().default(sql`'{}'::text[]`),
    /** AS numbers whose addresses this entry covers (hosts and CDNs). */
    asns: bigint('asns', { mode: 'number' }).array().notNull().default(sql`'{}'::bigint[]`),
    channel: text('channel').$type<ContactChannel>().notNull(),
    /** An e-mail address for `email`, an https URL for `web_form` and `api`. */
    address: text('address').notNull(),
    /** The language the desk reads (ISO 639-1). */
    language: text('language').notNull(),
    /** Trusted-flagger status with this platform (DSA art. 22), in the staff's words. */
    trustedFlagger: text('trusted_flagger'),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => staff.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('directory_entries_domains_idx').using('gin', t.domains),
    index('directory_entries_asns_idx').using('gin', t.asns),
    check('directory_entries_kind_check', isOneOf(t.kind, DIRECTORY_KINDS)),
    check('directory_entries_channel_check', isOneOf(t.channel, CONTACT_CHANNELS)),
    // An entry that matches nothing would never be used.
    check('directory_entries_matches_check', sql`cardinality(${t.domains}) + cardinality(${t.asns}) > 0`),
  ],
);
