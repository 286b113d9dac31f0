/**
 * Figures about reports (submissions), straight from the reports table by received_at: per year since
 * the first, per month, by channel and by kind of reporter. A report counts in the period of its
 * local date; the category filter keeps the reports whose claimed category is one of those asked.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import type { Channel, ReporterKind } from '../intake/index.ts';
import { readFigures, sharedWhileRunning } from './stats-items.queries.ts';
import { periodBounds, type StatsPeriod } from './stats-period.ts';

export type ReportCounts = {
  months: Map<string, number>;
  channels: Map<Channel, number>;
  reporterKinds: Map<ReporterKind, number>;
  total: number;
};

const claimedIn = (categories: string[]): SQL =>
  categories.length ? sql`and claimed_category = any(${sql.param(categories)}::text[])` : sql``;

const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);

/**
 * For a whole year the previous period and the same period a year earlier are the same year, asked
 * for at once: the second question shares the first one's count.
 */
export const countReports = sharedWhileRunning(count);

async function count(q: Queryable, period: StatsPeriod, categories: string[]): Promise<ReportCounts> {
  const { start, end } = periodBounds(period);
  // One pass grouped by all three (a few hundred groups); the totals add up from it. The month is the
  // local time truncated, named once per group rather than for every report.
  const rows = await readFigures<{ month: string; channel: Channel; reporter_kind: ReporterKind; n: number }>(
    q,
    sql`
      select to_char(month, 'YYYY-MM') as month, channel, reporter_kind, n
      from (select date_trunc('month', received_at at time zone ${period.timeZone}) as month, channel, reporter_kind,
              count(*)::int as n
            from reports where received_at >= ${start} and received_at < ${end} ${claimedIn(categories)}
            group by 1, 2, 3) t`,
  );
  const counts: ReportCounts = { months: new Map(), channels: new Map(), reporterKinds: new Map(), total: 0 };
  for (const r of rows) {
    add(counts.months, r.month, r.n);
    add(counts.channels, r.channel, r.n);
    add(counts.reporterKinds, r.reporter_kind, r.n);
    counts.total += r.n;
  }
  return counts;
}

/**
 * Reports per local calendar year, from the first report to the period's end. Inside a year, two days
 * from either end, every instant has that local year whatever the time zone's offsets, so those
 * reports are counted by range on received_at's index; only the four days around each new year are
 * looked at one by one.
 */
export async function reportsByYear(
  q: Queryable,
  period: StatsPeriod,
  categories: string[],
): Promise<Map<number, number>> {
  const { end } = periodBounds(period);
  const tz = period.timeZone;
  const filter = claimedIn(categories);
  const [span] = await readFigures<{ first: number | null; last: number | null }>(
    q,
    sql`select extract(year from min(received_at) at time zone ${tz})::int as first,
               extract(year from max(received_at) at time zone ${tz})::int as last
        from reports where received_at < ${end} ${filter}`,
  );
  if (span?.first == null || span.last == null) return new Map();
  const newYear = (year: number) => sql`(make_date(${year}, 1, 1)::timestamp at time zone ${tz})`;
  const count = (from: SQL, to: SQL, exact: SQL) =>
    sql`(select count(*) from reports where received_at >= ${from} and received_at < least(${to}, ${end})
         ${exact} ${filter})`;
  const years = Array.from({ length: span.last - span.first + 1 }, (_, i) => (span.first as number) + i);
  const [row] = await readFigures<Record<string, string | number>>(
    q,
    sql`select ${sql.join(
      years.map((year) => {
        const [starts, ends] = [newYear(year), newYear(year + 1)];
        const local = sql`and extract(year from received_at at time zone ${tz}) = ${year}`;
        return sql`${count(sql`${starts} + interval '2 days'`, sql`${ends} - interval '2 days'`, sql``)}
          + ${count(sql`${starts} - interval '2 days'`, sql`${starts} + interval '2 days'`, local)}
          + ${count(sql`${ends} - interval '2 days'`, sql`${ends} + interval '2 days'`, local)}
          as ${sql.identifier(`y${year}`)}`;
      }),
      sql`, `,
    )}`,
  );
  return new Map(
    years.map((year) => [year, Number(row?.[`y${year}`] ?? 0)] as const).filter(([, n]) => n > 0),
  );
}
