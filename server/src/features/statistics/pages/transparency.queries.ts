/** The transparency page's own query: which local years have reports (the statistics compute the rest). */
import { sql } from 'drizzle-orm';
import { type Queryable, rowsOf } from '../../../platform/db/database.ts';

/**
 * The local calendar years that have at least one report, oldest first. It hops from year to year
 * through the received_at index (one look-up per year), rather than reading every report.
 */
export async function yearsWithReports(q: Queryable, timeZone: string): Promise<number[]> {
  const yearOf = sql`extract(year from min(received_at) at time zone ${timeZone})::int`;
  const rows = rowsOf<{ year: number }>(
    await q.execute(sql`
      with recursive years(year) as (
        select ${yearOf} from reports
        union all
        select (select ${yearOf} from reports
                where received_at >= (make_date(years.year + 1, 1, 1)::timestamp at time zone ${timeZone}))
        from years where years.year is not null
      )
      select year from years where year is not null order by year`),
  );
  return rows.map((r) => Number(r.year));
}
