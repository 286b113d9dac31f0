/**
 * Figures about items, from the summary table (stats_item_facts). An item counts in the period it
 * came in (first reported, or derived by an analyst), with its verdict as it stands now; the category
 * filter keeps the items whose category (qualified, else working) is one of those asked.
 */
import { type SQL, sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { type Queryable, rowsOf } from '../../platform/db/database.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import type { ItemOrigin, ItemState } from '../intake/index.ts';
import { OPEN_STATES } from '../intake/index.ts';
import { ADVERSE } from '../qualification/index.ts';
import type { ServiceType } from './statistics.tables.ts';
import { periodBounds, type StatsPeriod } from './stats-period.ts';

const inCategories = (categories: string[]): SQL =>
  categories.length ? sql`and category = any(${sql.param(categories)}::text[])` : sql``;
/** Hours from one instant to a later one (0 if it came first); null when the later is null. */
export const hoursBetween = (from: SQL, to: SQL): SQL =>
  sql`case when ${to} is not null then greatest(extract(epoch from ${to} - ${from}) / 3600.0, 0) end`;
const ILLEGAL = isOneOf(sql`verdict`, ADVERSE);

function cohort(period: StatsPeriod, categories: string[]): SQL {
  const { start, end } = periodBounds(period);
  return sql`entered_at >= ${start} and entered_at < ${end} ${inCategories(categories)}`;
}

export type ItemCell = {
  month: string;
  category: string;
  verdict: string | null;
  origin: ItemOrigin;
  n: number;
};

/** The period's items by month, category, verdict and origin: totals, months and categories add up from it. */
export async function itemCells(
  q: Queryable,
  period: StatsPeriod,
  categories: string[],
): Promise<ItemCell[]> {
  return rowsOf<ItemCell>(
    await q.execute(sql`
      select to_char(entered_at at time zone ${period.timeZone}, 'YYYY-MM') as month, category, verdict, origin,
        count(*)::int as n
      from stats_item_facts where ${cohort(period, categories)}
      group by 1, 2, 3, 4`),
  );
}

export type IllegalBreakdown = {
  countries: Array<{ country: string | null; items: number; child_abuse: number }>;
  tlds: Array<{ tld: string | null; items: number }>;
  serviceTypes: Array<{ service_type: ServiceType; items: number }>;
  grounds: Array<{ ground: string | null; items: number }>;
};

/** Where the period's illegal items were hosted, their top-level domains, services and (hate) grounds. */
export async function illegalBreakdown(
  q: Queryable,
  period: StatsPeriod,
  categories: string[],
): Promise<IllegalBreakdown> {
  const { childAbuseMaterial, hate } = pack.figures;
  const rows = rowsOf<{
    set: 'country' | 'tld' | 'service' | 'ground';
    key: string | null;
    items: number;
    child_abuse: number;
    hate: number;
  }>(
    await q.execute(sql`
      select case when grouping(country) = 0 then 'country' when grouping(tld) = 0 then 'tld'
                  when grouping(service_type) = 0 then 'service' else 'ground' end as set,
        coalesce(country, tld, service_type, ground) as key,
        count(*)::int as items,
        (count(*) filter (where category = any(${sql.param(childAbuseMaterial)}::text[])))::int as child_abuse,
        (count(*) filter (where category = any(${sql.param(hate)}::text[])))::int as hate
      from stats_item_facts where ${cohort(period, categories)} and ${ILLEGAL}
      group by grouping sets ((country), (tld), (service_type), (ground))`),
  );
  const of = (set: string) => rows.filter((r) => r.set === set);
  return {
    countries: of('country').map((r) => ({ country: r.key, items: r.items, child_abuse: r.child_abuse })),
    tlds: of('tld').map((r) => ({ tld: r.key, items: r.items })),
    serviceTypes: of('service').map((r) => ({ service_type: r.key as ServiceType, items: r.items })),
    grounds: of('ground')
      .filter((r) => r.hate > 0)
      .map((r) => ({ ground: r.key, items: r.hate })),
  };
}

export type Pending = {
  terrorism: { reported: number; qualified_illegal: number; pending: number };
  openNow: number;
  openAtPeriodEnd: number;
  oldestOpen: Date | null;
};

/** Terrorism's three figures and the backlog (now, and as it stood when the period ended). */
export async function pendingWork(q: Queryable, period: StatsPeriod, categories: string[]): Promise<Pending> {
  const { end } = periodBounds(period);
  const terror = sql`${sql.param(pack.figures.terrorism)}::text[]`;
  const [row] = rowsOf<{
    reported: number;
    qualified: number;
    pending: number;
    open_now: number;
    open_at_end: number;
    oldest: Date | string | null;
  }>(
    await q.execute(sql`
      select
        (count(*) filter (where ${cohort(period, [])} and claimed_category = any(${terror})))::int as reported,
        (count(*) filter (where ${cohort(period, [])} and ${ILLEGAL} and category = any(${terror})))::int as qualified,
        (count(*) filter (where ${cohort(period, [])} and open
          and (category = any(${terror}) or claimed_category = any(${terror}))))::int as pending,
        (count(*) filter (where open))::int as open_now,
        (count(*) filter (where entered_at < ${end} and (assessed_at is null or assessed_at >= ${end})))::int as open_at_end,
        min(entered_at) filter (where open) as oldest
      from stats_item_facts where true ${inCategories(categories)}`),
  );
  return {
    terrorism: {
      reported: row?.reported ?? 0,
      qualified_illegal: row?.qualified ?? 0,
      pending: row?.pending ?? 0,
    },
    openNow: row?.open_now ?? 0,
    openAtPeriodEnd: row?.open_at_end ?? 0,
    oldestOpen: row?.oldest ? new Date(row.oldest) : null,
  };
}

/** Open items by state, now (from the queue itself, which the summary may trail by minutes). */
export async function openByState(q: Queryable, categories: string[]): Promise<Map<ItemState, number>> {
  const rows = rowsOf<{ state: ItemState; n: number }>(
    await q.execute(sql`select state, count(*)::int as n from items
      where ${isOneOf(sql`state`, OPEN_STATES)} ${inCategories(categories)} group by state`),
  );
  return new Map(rows.map((r) => [r.state, r.n]));
}

export type RemovalCell = {
  category: string | null;
  notified: number;
  removed: number;
  median_hours: number | string | null;
  within_24h: number;
  within_72h: number;
  within_7d: number;
};

/** Removal of the items first notified in the period: how many, how fast; all and by category. */
export async function removalCells(
  q: Queryable,
  period: StatsPeriod,
  categories: string[],
): Promise<RemovalCell[]> {
  const { start, end } = periodBounds(period);
  return rowsOf<RemovalCell>(
    await q.execute(sql`
      select category, count(*)::int as notified, count(hours)::int as removed,
        percentile_cont(0.5) within group (order by hours) as median_hours,
        (count(*) filter (where hours <= 24))::int as within_24h,
        (count(*) filter (where hours <= 72))::int as within_72h,
        (count(*) filter (where hours <= 168))::int as within_7d
      from (select category,
              ${hoursBetween(sql`first_notice_at`, sql`first_removed_at`)} as hours
            from stats_item_facts
            where first_notice_at >= ${start} and first_notice_at < ${end} ${inCategories(categories)}) t
      group by grouping sets ((category), ())`),
  );
}
