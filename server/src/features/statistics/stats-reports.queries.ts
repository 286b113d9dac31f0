/**
 * Figures about reports (submissions), straight from the reports table by received_at: per year since
 * the first, per month, by channel and by kind of reporter. A report counts in the period of its
 * local date; the category filter keeps the reports whose claimed category is one of those asked.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, rowsOf } from '../../platform/db/database.ts';
import type { Channel, ReporterKind } from '../intake/index.ts';
import { periodBounds, type StatsPeriod } from './stats-period.ts';

export type ReportCounts = {
  months: Map<string, number>;
  channels: Map<Channel, number>;
  reporterKinds: Map<ReporterKind, number>;
  total: number;
};

const claimedIn = (categories: string[]): SQL =>
  categories.length ? sql`and claimed_category = any(${sql.param(categories)}::text[])` : sql``;

export async function countReports(
  q: Queryable,
  period: StatsPeriod,
  categories: string[],
): Promise<ReportCounts> {
  const { start, end } = periodBounds(period);
  const rows = rowsOf<{
    month: string | null;
    channel: Channel | null;
    reporter_kind: ReporterKind | null;
    n: number;
  }>(
    await q.execute(sql`
      select to_char(received_at at time zone ${period.timeZone}, 'YYYY-MM') as month, channel, reporter_kind,
        count(*)::int as n
      from reports where received_at >= ${start} and received_at < ${end} ${claimedIn(categories)}
      group by grouping sets ((1), (channel), (reporter_kind), ())`),
  );
  const counts: ReportCounts = { months: new Map(), channels: new Map(), reporterKinds: new Map(), total: 0 };
  for (const r of rows) {
    if (r.month !== null) counts.months.set(r.month, r.n);
    else if (r.channel !== null) counts.channels.set(r.channel, r.n);
    else if (r.reporter_kind !== null) counts.reporterKinds.set(r.reporter_kind, r.n);
    else counts.total = r.n;
  }
  return counts;
}

/** Reports per local calendar year, from the first report to the period's end. */
export async function reportsByYear(
  q: Queryable,
  period: StatsPeriod,
  categories: string[],
): Promise<Map<number, number>> {
  const { end } = periodBounds(period);
  const rows = rowsOf<{ year: number; n: number }>(
    await q.execute(sql`
      select extract(year from received_at at time zone ${period.timeZone})::int as year, count(*)::int as n
      from reports where received_at < ${end} ${claimedIn(categories)}
      group by 1 order by 1`),
  );
  return new Map(rows.map((r) => [Number(r.year), r.n]));
}
