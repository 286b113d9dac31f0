/**
 * The monitoring screen's figures, in SQL aggregates: how many items are watched, paused, removed and
 * overdue; time to removal for all, by host (the network operator of the latest hosting record) and
 * by country; and the overdue items, longest online first.
 *
 * Definitions, here only: an item counts from its first notice that left. Its time to removal runs
 * from that notice to the first confirmed removal (by two checks, or recorded by a person); it keeps
 * counting as removed within that time even if the content came back later (it shows then as still
 * online too). Overdue: watched and online longer than `overdue_after_hours` since the first notice
 * (or since it came back).
 */

import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, rowsOf } from '../../platform/db/database.ts';
import type { MonitoringOverview, RemovalTimes } from './monitoring.schemas.ts';
import { isoOrNull } from './monitoring-time.ts';

const WATCHED = sql`
  select m.*, i.url,
    (select a.category from assessments a where a.item_id = m.item_id and a.counts
     order by a.created_at desc limit 1) as category,
    r.country, r.lookup->>'as_name' as host,
    extract(epoch from (m.first_removed_at - m.first_notice_at)) / 3600.0 as hours_to_removal,
    extract(epoch from (now() - coalesce(m.reappeared_at, m.first_notice_at))) / 3600.0 as hours_online
  from item_monitoring m
  join items i on i.id = m.item_id
  left join item_hosting h on h.item_id = m.item_id
  left join hosting_records r on r.id = h.latest_record_id`;

const TIMES = sql`
  count(*)::int as notified,
  (count(*) filter (where state = 'removed'))::int as removed,
  (count(*) filter (where state <> 'removed'))::int as still_online,
  percentile_cont(0.5) within group (order by hours_to_removal) as median_hours,
  (count(*) filter (where hours_to_removal <= 24))::float / greatest(count(*), 1) as within_24h,
  (count(*) filter (where hours_to_removal <= 72))::float / greatest(count(*), 1) as within_72h,
  (count(*) filter (where hours_to_removal <= 168))::float / greatest(count(*), 1) as within_7d`;

type TimesRow = {
  notified: number;
  removed: number;
  still_online: number;
  median_hours: number | string | null;
  within_24h: number | string;
  within_72h: number | string;
  within_7d: number | string;
};

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
const timesOf = (r: TimesRow): RemovalTimes => ({
  notified: Number(r.notified),
  removed: Number(r.removed),
  still_online: Number(r.still_online),
  median_hours: r.median_hours === null ? null : round(Number(r.median_hours), 1),
  within_24h: round(Number(r.within_24h), 4),
  within_72h: round(Number(r.within_72h), 4),
  within_7d: round(Number(r.within_7d), 4),
});

export async function monitoringOverview(
  q: Queryable,
  query: { overdue_after_hours: number; limit: number },
): Promise<MonitoringOverview> {
  const overdue: SQL = sql`state = 'watching' and hours_online > ${query.overdue_after_hours}`;
  const [counts] = rowsOf<{ watching: number; paused: number; removed: number; overdue: number }>(
    await q.execute(sql`with w as (${WATCHED}) select
      (count(*) filter (where state = 'watching'))::int as watching,
      (count(*) filter (where state = 'paused'))::int as paused,
      (count(*) filter (where state = 'removed'))::int as removed,
      (count(*) filter (where ${overdue}))::int as overdue
      from w`),
  );
  const [all] = rowsOf<TimesRow>(await q.execute(sql`with w as (${WATCHED}) select ${TIMES} from w`));
  const byHost = rowsOf<TimesRow & { host: string; overdue: number }>(
    await q.execute(sql`with w as (${WATCHED})
      select coalesce(host, '?') as host, (count(*) filter (where ${overdue}))::int as overdue, ${TIMES}
      from w group by coalesce(host, '?')
      order by overdue desc, still_online desc, host limit ${query.limit}`),
  );
  const byCountry = rowsOf<TimesRow & { country: string }>(
    await q.execute(sql`with w as (${WATCHED})
      select coalesce(country, '?') as country, ${TIMES}
      from w group by coalesce(country, '?') order by notified desc, 1 limit ${query.limit}`),
  );
  const late = rowsOf<Record<string, unknown>>(
    await q.execute(sql`with w as (${WATCHED})
      select * from w where ${overdue} order by hours_online desc limit ${query.limit}`),
  );
  return {
    counts: {
      watching: Number(counts?.watching ?? 0),
      paused: Number(counts?.paused ?? 0),
      removed: Number(counts?.removed ?? 0),
      overdue: Number(counts?.overdue ?? 0),
    },
    all: all
      ? timesOf(all)
      : {
          notified: 0,
          removed: 0,
          still_online: 0,
          median_hours: null,
          within_24h: 0,
          within_72h: 0,
          within_7d: 0,
        },
    by_host: byHost.map((r) => ({ host: r.host, overdue: Number(r.overdue), ...timesOf(r) })),
    by_country: byCountry.map((r) => ({ country: r.country, ...timesOf(r) })),
    overdue: late.map((r) => ({
      item_id: String(r.item_id),
      url: String(r.url),
      category: (r.category as string | null) ?? null,
      host: (r.host as string | null) ?? null,
      country: (r.country as string | null) ?? null,
      first_notice_at: isoOrNull(r.first_notice_at) ?? '',
      hours_online: round(Number(r.hours_online), 1),
      reminders_sent: Number(r.reminders_sent),
      escalated_at: isoOrNull(r.escalated_at),
      last_check_at: isoOrNull(r.last_check_at),
      last_outcome: (r.last_outcome as MonitoringOverview['overdue'][number]['last_outcome']) ?? null,
      next_check_at: isoOrNull(r.next_check_at),
    })),
  };
}
