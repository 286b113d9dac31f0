/**
 * The annual report's shape: what `GET /api/stats`, `vigie stats --format json`, the dashboard, the
 * printable report and the transparency page all read. Keys are snake_case and documented here; they
 * are a public interface (scripts read them), so add keys rather than rename them. What each figure
 * counts is written once, in stats-definitions.ts, and shown beside it in the app.
 */
import { z } from 'zod';
import { DSA_CATEGORIES, VERDICTS } from '../../jurisdictions/jurisdiction.ts';
import { CHANNELS, ITEM_STATES, REPORTER_KINDS } from '../intake/index.ts';
import { NOTICE_PURPOSES, RECIPIENT_KINDS } from '../notices/index.ts';
import { SERVICE_TYPES } from './statistics.tables.ts';

/**
 * What a provider did with a notified item, as far as removal monitoring saw: found gone after the
 * notice, still online (watched or paused), or not followed (no removal check on record).
 */
export const DSA_ACTIONS = ['removed', 'not_removed', 'not_followed'] as const;
export type DsaAction = (typeof DSA_ACTIONS)[number];

const count = z.number().int().nonnegative();
/** A share between 0 and 1 (4 decimals); null when there is nothing to divide by. */
const share = z.number().min(0).max(1).nullable();
/** A relative change (0.98 is +98%); null when the earlier figure is 0. */
const change = z.number().nullable();
const hours = z.number().nonnegative().nullable();
const label = z.object({ fr: z.string(), en: z.string() });
const country = z.string().nullable().describe('ISO 3166-1 alpha-2; null when unknown');

const categoryCount = z.object({
  category: z.string(),
  label,
  assessed: count.describe('items qualified in this category (any verdict)'),
  illegal: count.describe('items qualified illegal (or harmful to minors) in this category'),
  derived_illegal: count.describe('of which derived items'),
  share: share.describe('illegal / all illegal items'),
});
const countryRow = z.object({
  country,
  items: count,
  share,
  europe: z.boolean().describe('the country is in Europe (for the European ranking)'),
});
const removalTimes = z.object({
  notified: count.describe('items whose first notice left in the period'),
  removed: count.describe('of which found gone since'),
  still_online: count,
  rate: share.describe('removed / notified'),
  median_hours: hours.describe('median time from first notice to removal, removed items only'),
  within_24h: share.describe('share of notified items removed within 24 hours of the first notice'),
  within_72h: share,
  within_7d: share,
});

export const statsReport = z.object({
  period: z.object({
    from: z.string().describe('first local date, YYYY-MM-DD'),
    to: z.string().describe('last local date, included'),
    time_zone: z.string(),
    year: z.number().int().nullable(),
  }),
  categories: z.array(z.string()).describe('the category filter; empty for all'),
  generated_at: z.string(),
  refreshed_at: z.string().nullable().describe('when the item facts were last refreshed'),
  totals: z.object({
    reports: count,
    items: count.describe('reported + derived items that came in during the period'),
    reported_items: count,
    derived_items: count,
    assessed_items: count.describe('items of the period with a verdict that counts'),
    illegal_items: count,
    previous_period: z.object({ from: z.string(), to: z.string(), reports: count }),
    reports_change: change,
  }),
  by_year: z.array(z.object({ year: z.number().int(), reports: count, change })),
  by_month: z.array(
    z.object({
      month: z.string().describe('YYYY-MM'),
      reports: count,
      items: count,
      illegal_items: count,
      reports_change: change.describe('against the same month a year earlier'),
    }),
  ),
  by_category: z.array(categoryCount),
  by_channel: z.array(z.object({ channel: z.enum(CHANNELS), reports: count, share })),
  by_reporter_kind: z.array(z.object({ reporter_kind: z.enum(REPORTER_KINDS), reports: count, share })),
  illegality_rate: z.object({
    illegal: count,
    assessed: count,
    rate: share.describe('illegal / assessed, reported items only'),
    by_verdict: z.array(z.object({ verdict: z.enum(VERDICTS), items: count, share })),
  }),
  police_transmissions: z.object({
    notices: count,
    items: count,
    hosted_in_country: count,
    share_in_country: share,
    country: z.string().describe("the pack's country"),
  }),
  host_notices: z.object({
    notices: count,
    items: count,
    by_recipient_kind: z.array(
      z.object({ recipient_kind: z.enum(RECIPIENT_KINDS), notices: count, items: count }),
    ),
    by_purpose: z.array(z.object({ purpose: z.enum(NOTICE_PURPOSES), notices: count })),
  }),
  partner_forwards: z.object({
    notices: count,
    items: count,
    by_country: z.array(z.object({ country, items: count })),
  }),
  removal: removalTimes.extend({
    by_category: z.array(removalTimes.extend({ category: z.string(), label })),
  }),
  hosting_countries: z.object({
    all: z.array(countryRow).describe('illegal items by hosting country, most first'),
    child_abuse_material: z.array(countryRow),
  }),
  tlds: z.array(
    z.object({ tld: z.string().nullable().describe('null: an IP address'), items: count, share }),
  ),
  service_types: z.array(z.object({ service_type: z.enum(SERVICE_TYPES), items: count, share })),
  hate_grounds: z.array(z.object({ ground: z.string().nullable(), label, items: count, share })),
  terrorism: z.object({ reported: count, qualified_illegal: count, pending: count }),
  backlog: z.object({
    open_now: count,
    open_at_period_end: count,
    oldest_open_days: z.number().int().nullable(),
    by_state: z.array(z.object({ state: z.enum(ITEM_STATES), items: count })),
  }),
  dsa: z.object({
    notices: count.describe('EU DSA Art. 16 notices (to hosts and platforms) that left in the period'),
    items: count,
    median_hours: hours,
    by_provider: z.array(
      z.object({ provider: z.string(), notices: count, items: count, removed: count, median_hours: hours }),
    ),
    by_content_type: z.array(
      z.object({ dsa_category: z.enum(DSA_CATEGORIES), notices: count, items: count, removed: count }),
    ),
    by_action: z.array(z.object({ action: z.enum(DSA_ACTIONS), items: count, share })),
  }),
});
export type StatsReport = z.output<typeof statsReport>;
