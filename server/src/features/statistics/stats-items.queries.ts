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
/**
 * One query of the figures, in its own transaction with settings of its own: no JIT compilation, no
 * parallel workers, and room to sort and hash in memory. These are aggregates over at most a year's
 * items, notices or reports, and the report runs its sections at once: JIT (on by default) costs
 * them more to compile than to run, up to seconds on a small server; parallel workers only compete
 * with the other sections for the same cores; 4 MB would sort a year's removal times on disk.
 */
export async function readFigures<T>(q: Queryable, query: SQL): Promise<T[]> {
  return q.transaction(async (tx) => {
    await tx.execute(sql`select set_config('jit', 'off', true), set_config('work_mem', '32MB', true),
      set_config('max_parallel_workers_per_gather', '0', true)`);
    return rowsOf<T>(await tx.execute(query));
  });
}

/**
 * `run`, with questions asked again while the first one is being answered (same database handle, same
 * arguments) sharing its answer: the report asks for some figures twice at once.
 */
export function sharedWhileRunning<A extends unknown[], T>(
  run: (q: Queryable, ...args: A) => Promise<T>,
): (q: Queryable, ...args: A) => Promise<T> {
  const running = new WeakMap<Queryable, Map<string, Promise<T>>>();
  return (q, ...args) => {
    const asked = running.get(q) ?? new Map<string, Promise<T>>();
    running.set(q, asked);
    const key = JSON.stringify(args);
    const answer = asked.get(key) ?? run(q, ...args).finally(() => asked.delete(key));
    asked.set(key, answer);
    return answer;
  };
}

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
  // Grouped by the local time truncated to its month, named once per group rather than for every row.
  return await readFigures<ItemCell>(
    q,
    sql`
      select to_char(month, 'YYYY-MM') as month, category, verdict, origin, n
      from (select date_trunc('month', entered_at at time zone ${period.timeZone}) as month, category, verdict, origin,
              count(*)::int as n
            from stats_item_facts where ${cohort(period, categories)}
            group by 1, 2, 3, 4) t`,
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
  const rows = await readFigures<{
    set: 'country' | 'tld' | 'service' | 'ground';
    key: string | null;
    items: number;
    child_abuse: number;
    hate: number;
  }>(
    q,
    sql`
      select case when grouping(country) = 0 then 'country' when grouping(tld) = 0 then 'tld'
                  when grouping(service_type) = 0 then 'service' else 'ground' end as set,
        coalesce(country, tld, service_type, ground) as key,
        count(*)::int as items,
        (count(*) filter (where category = any(${sql.param(childAbuseMaterial)}::text[])))::int as child_abuse,
        (count(*) filter (where category = any(${sql.param(hate)}::text[])))::int as hate
      from stats_item_facts where ${cohort(period, categories)} and ${ILLEGAL}
      group by grouping sets ((country), (tld), (service_type), (ground))`,
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

/**
 * Terrorism's three figures and the backlog (now, and as it stood when the period ended). Each count
 * is its own subquery so that each reads its index: terrorism's items by category and by claimed
 * category, the open items, and the items by the time their verdict came to count.
 */
export async function pendingWork(q: Queryable, period: StatsPeriod, categories: string[]): Promise<Pending> {
  const { end } = periodBounds(period);
  const terror = sql`${sql.param(pack.figures.terrorism)}::text[]`;
  const count = (where: SQL) =>
    sql`(select count(*) from stats_item_facts where ${where} ${inCategories(categories)})`;
  const [row] = await readFigures<{
    reported: number;
    qualified: number;
    pending: number;
    open_now: number;
    open_at_end: number;
    oldest: Date | string | null;
  }>(
    q,
    sql`
      select
        ${count(sql`${cohort(period, [])} and claimed_category = any(${terror})`)}::int as reported,
        ${count(sql`${cohort(period, [])} and ${ILLEGAL} and category = any(${terror})`)}::int as qualified,
        ${count(sql`${cohort(period, [])} and open and (category = any(${terror}) or claimed_category = any(${terror}))`)}::int
          as pending,
        ${count(sql`open`)}::int as open_now,
        (${count(sql`entered_at < ${end} and assessed_at is null`)}
          + ${count(sql`assessed_at >= ${end} and entered_at < ${end}`)})::int as open_at_end,
        (select min(entered_at) from stats_item_facts where open ${inCategories(categories)}) as oldest`,
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
  const rows = await readFigures<{ state: ItemState; n: number }>(
    q,
    sql`select state, count(*)::int as n from items
      where ${isOneOf(sql`state`, OPEN_STATES)} ${inCategories(categories)} group by state`,
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
  return await readFigures<RemovalCell>(
    q,
    sql`
      select category, count(*)::int as notified, count(hours)::int as removed,
        percentile_cont(0.5) within group (order by hours) as median_hours,
        (count(*) filter (where hours <= 24))::int as within_24h,
        (count(*) filter (where hours <= 72))::int as within_72h,
        (count(*) filter (where hours <= 168))::int as within_7d
      from (select category,
              ${hoursBetween(sql`first_notice_at`, sql`first_removed_at`)} as hours
            from stats_item_facts
            where first_notice_at >= ${start} and first_notice_at < ${end} ${inCategories(categories)}) t
      group by grouping sets ((category), ())`,
  );
}
