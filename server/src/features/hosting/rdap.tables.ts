/**
 * The RDAP cache: what registries answered, kept until it expires so a network or a domain is asked
 * about at most once a day (RDAP_TTL in rdap-client.ts), whoever asks. An IP answer is stored with
 * the network's range, so every address in that network finds it. The rate limits registries impose
 * (a 429 with Retry-After) are kept per server, so a back-off holds for every query to that server.
 */
import { sql } from 'drizzle-orm';
import { check, index, inet, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { isOneOf } from '../../platform/db/value-lists.ts';

export const RDAP_QUERY_KINDS = ['ip', 'domain'] as const;
export type RdapQueryKind = (typeof RDAP_QUERY_KINDS)[number];

/** Outcomes worth remembering: an answer, "no such object", an answer we could not read. */
export const RDAP_CACHED_OUTCOMES = ['found', 'not_found', 'malformed'] as const;
export type RdapCachedOutcome = (typeof RDAP_CACHED_OUTCOMES)[number];

export const rdapAnswers = pgTable(
  'rdap_answers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    kind: text('kind').$type<RdapQueryKind>().notNull(),
    outcome: text('outcome').$type<RdapCachedOutcome>().notNull(),
    /** IP answers: the network's first and last address (the queried address alone when not found). */
    rangeStart: inet('range_start'),
    rangeEnd: inet('range_end'),
    /** Domain answers: the registrable domain asked about, lower-case. */
    domain: text('domain'),
    /** What was kept of the answer (rdap-extract.ts), null unless found. */
    answer: jsonb('answer').$type<Record<string, unknown>>(),
    /** The RDAP server that answered (after redirects: the URL asked first). */
    server: text('server').notNull(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('rdap_answers_domain_key').on(t.domain),
    uniqueIndex('rdap_answers_range_key').on(t.rangeStart, t.rangeEnd),
    index('rdap_answers_range_start_idx').on(t.rangeStart),
    check('rdap_answers_kind_check', isOneOf(t.kind, RDAP_QUERY_KINDS)),
    check('rdap_answers_outcome_check', isOneOf(t.outcome, RDAP_CACHED_OUTCOMES)),
    check(
      'rdap_answers_key_check',
      sql`(${t.kind} = 'domain' and ${t.domain} is not null and ${t.rangeStart} is null and ${t.rangeEnd} is null) or (${t.kind} = 'ip' and ${t.domain} is null and ${t.rangeStart} is not null and ${t.rangeEnd} is not null)`,
    ),
  ],
);

/** A registry that said "too many requests": nothing is sent to it before `until`. */
export const rdapServerBackoffs = pgTable('rdap_server_backoffs', {
  server: text('server').primaryKey(),
  until: timestamp('until', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
