/**
 * Requests and responses of the analysts' queue, saved views, claims and supervision. The React staff
 * app imports these types (`import type`); one schema drives validation, types and the OpenAPI doc.
 */
import { z } from 'zod';
import { publicCategoryIds } from '../../jurisdictions/index.ts';
import { VERDICTS } from '../../jurisdictions/jurisdiction.ts';
import { LANGUAGES } from '../../platform/i18n/language.ts';
import { CHANNELS, ITEM_ORIGINS, ITEM_STATES, OPEN_STATES } from '../intake/index.ts';
import { MAX_PDQ_SEARCH_DISTANCE, MAX_SEARCH_LENGTH, SEARCH_KINDS } from './queue-search.ts';

// Item states belong to the items table (intake.tables.ts); the workspace is where they change.
export {
  type Channel,
  ITEM_ORIGINS,
  ITEM_STATES,
  type ItemOrigin,
  type ItemState,
  OPEN_STATES,
} from '../intake/index.ts';
/** Where an item is hosted, relative to the jurisdiction's country (the queue's `hosted` filter). */
export const HOSTED_PLACES = ['in_country', 'abroad', 'unknown'] as const;

/** A claim lapses after this long without activity from its holder. */
export const CLAIM_MINUTES = 30;

const MAX_AGE_HOURS = 24 * 365 * 10;
const hours = z.coerce.number().int('whole hours').min(0).max(MAX_AGE_HOURS);

/** The filters a queue request or a saved view may set. */
export const queueFilters = z.strictObject({
  category: z.enum(publicCategoryIds).optional(),
  channel: z.enum(CHANNELS).optional(),
  language: z.enum(LANGUAGES).optional(),
  state: z.enum(OPEN_STATES).optional(),
  origin: z.enum(ITEM_ORIGINS).optional(),
  /** free: nobody holds a live claim; mine: I hold it; others: someone else does. */
  claim: z.enum(['free', 'mine', 'others']).optional(),
  /** Items first reported at least / at most this many hours ago. */
  min_age_hours: hours.optional(),
  max_age_hours: hours.optional(),
  /** Where the latest hosting look-up placed the item: ISO 3166-1 alpha-2, upper case. */
  hosting_country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'a country code of two capital letters, e.g. FR')
    .optional(),
  /** in_country: hosted in the jurisdiction's country; abroad: elsewhere; unknown: no country (yet). */
  hosted: z.enum(HOSTED_PLACES).optional(),
});
export type QueueFilters = z.output<typeof queueFilters>;

/** The queue's orders (queue-sort.ts): due is the priority order, the default. */
export const QUEUE_SORTS = ['due', 'received', 'reports', 'category'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const queueQuery = queueFilters
  .extend({
    /**
     * "Have we seen this before?": a tracking code, an address, a domain, a SHA-256, MD5 or PDQ hash,
     * or 3 characters or more of an address (see queue-search.ts). Finds items in every state.
     */
    q: z
      .string()
      .trim()
      .min(1, 'type something to search for')
      .max(MAX_SEARCH_LENGTH, `at most ${MAX_SEARCH_LENGTH} characters`)
      .optional(),
    /** With a PDQ hash as q: the most bits a picture's hash may differ by (default 31). */
    distance: z.coerce
      .number('a whole number of bits from 0 to 64')
      .int('a whole number of bits from 0 to 64')
      .min(0, 'a whole number of bits from 0 to 64')
      .max(MAX_PDQ_SEARCH_DISTANCE, 'a whole number of bits from 0 to 64')
      .optional(),
    /** Any state with a search (assessed: closed items); the open ones only without. */
    state: z.enum(ITEM_STATES).optional(),
    /** due: most urgent first (default); received: newest first; reports: most reported first; category. */
    sort: z.enum(QUEUE_SORTS).default('due'),
    /** A saved view's id: its filters apply, parameters given here override them. */
    view: z.uuid('not a view id').optional(),
    /** next_cursor of the previous page. */
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    lang: z.enum(LANGUAGES).optional(),
  })
  .refine(
    (q) =>
      q.min_age_hours === undefined || q.max_age_hours === undefined || q.min_age_hours <= q.max_age_hours,
    {
      message: 'min_age_hours must not exceed max_age_hours',
      path: ['min_age_hours'],
    },
  )
  .refine(
    (q) => q.q !== undefined || q.state === undefined || (OPEN_STATES as readonly string[]).includes(q.state),
    {
      message: 'the queue holds open items: closed ones are found by a search (q)',
      path: ['state'],
    },
  );
export type QueueQuery = z.input<typeof queueQuery>;
export type QueueRequest = z.output<typeof queueQuery>;

export const claimInfo = z.object({
  staff_id: z.string(),
  display_name: z.string(),
  expires_at: z.string(),
});
export type ClaimInfo = z.output<typeof claimInfo>;

export const queueItem = z.object({
  id: z.string(),
  url: z.string(),
  category: z.string(),
  severity: z.number(),
  /** Lower is more urgent: severity × 100, minus 150 for a hash-list hit, 50 for a trusted reporter, 10 per repeat report (up to 4). */
  priority: z.number(),
  state: z.enum(ITEM_STATES),
  origin: z.enum(ITEM_ORIGINS),
  channel: z.enum(CHANNELS),
  language: z.enum(LANGUAGES),
  trusted: z.boolean(),
  hash_hits: z.number(),
  report_count: z.number(),
  first_reported_at: z.string(),
  due_at: z.string(),
  /** The service target has passed. */
  overdue: z.boolean(),
  /** The live claim, or null when nobody holds the item. */
  claim: claimInfo.nullable(),
  /** The country of the latest hosting look-up, null until there is one (or it found none). */
  hosting_country: z.string().nullable(),
  /** The item's verdict now (its counting assessment), null until there is one. */
  verdict: z.enum(VERDICTS).nullable(),
  version: z.number(),
});
export type QueueItem = z.output<typeof queueItem>;

/** What the queue understood `q` to be, so a page can say "12 items on example.com". */
export const queueSearch = z.object({
  kind: z.enum(SEARCH_KINDS),
  /** The value searched, as the server reads it: the code in capitals, the address normalised, the host in punycode, hashes in lower case. */
  value: z.string(),
  /** The PDQ distance used (pdq searches only). */
  distance: z.number().int().nullable(),
  /** How many of the matches are already assessed (closed); null on the pages after the first. */
  assessed: z.number().int().nullable(),
});
export type QueueSearch = z.output<typeof queueSearch>;

export const queueResponse = z.object({
  items: z.array(queueItem),
  /** Pass as `cursor` for the next page; null on the last page. */
  next_cursor: z.string().nullable(),
  /** Items the filters keep (open ones, or any state with q), all pages together; null on the pages after the first. */
  total: z.number().int().nullable(),
  /** The search `q` asked for, null without one. */
  search: queueSearch.nullable(),
});
export type QueueResponse = z.output<typeof queueResponse>;

export const queueView = z.object({
  id: z.string(),
  name: z.string(),
  filters: queueFilters,
  created_at: z.string(),
});
export type QueueView = z.output<typeof queueView>;
export const queueViewsResponse = z.object({ views: z.array(queueView) });
export type QueueViewsResponse = z.output<typeof queueViewsResponse>;
export const newQueueViewBody = z.strictObject({
  name: z.string().trim().min(1, 'give the view a name').max(100),
  filters: queueFilters,
});
export type NewQueueViewBody = z.input<typeof newQueueViewBody>;
export const queueViewResponse = z.object({ view: queueView });

export const idParam = z.object({ id: z.uuid('not a valid id') });

export const claimResponse = z.object({ item_id: z.string(), claim: claimInfo.nullable() });
export type ClaimResponse = z.output<typeof claimResponse>;

export const reassignBody = z.strictObject({
  /** The analyst or supervisor who takes the item over; null releases the claim. */
  staff_id: z.uuid('not a staff id').nullable(),
  note: z.string().trim().max(2000).optional(),
});
export type ReassignBody = z.output<typeof reassignBody>;

export const AGE_BANDS = ['under_24h', '1_to_3_days', '3_to_7_days', 'over_7_days'] as const;

export const supervisionOverview = z.object({
  generated_at: z.string(),
  /** Open items by working category and age band (time since first report). */
  backlog: z.array(z.object({ category: z.string(), age_band: z.enum(AGE_BANDS), items: z.number() })),
  /** Open items past their service target, per category, and the 50 most overdue. */
  breaches: z.object({
    by_category: z.array(z.object({ category: z.string(), items: z.number() })),
    oldest: z.array(
      z.object({
        id: z.string(),
        url: z.string(),
        category: z.string(),
        state: z.enum(ITEM_STATES),
        due_at: z.string(),
        claim: claimInfo.nullable(),
      }),
    ),
  }),
  /** Assessments recorded per day (UTC), last 30 days, days without any included. */
  throughput: z.array(z.object({ day: z.string(), assessments: z.number(), final_verdicts: z.number() })),
  /** Four-eyes disagreements waiting for a supervisor, oldest first, and how many in the last 30 days. */
  disagreements: z.object({
    last_30_days: z.number(),
    waiting: z.array(
      z.object({
        assessment_id: z.string(),
        item_id: z.string(),
        category: z.string(),
        verdict: z.enum(VERDICTS),
        analyst: z.string(),
        second_analyst: z.string(),
        second_notes: z.string().nullable(),
        disputed_at: z.string(),
      }),
    ),
  }),
  /** Live claims per staff member. */
  claims: z.array(z.object({ staff_id: z.string(), display_name: z.string(), items: z.number() })),
});
export type SupervisionOverview = z.output<typeof supervisionOverview>;
