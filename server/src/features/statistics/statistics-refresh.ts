/**
 * Refreshing the figures' summary (stats_item_facts) from the working tables: one statement that
 * recomputes every item's facts and writes only the rows that changed, so a refresh on a quiet day
 * writes almost nothing. Run by the `statistics.refresh` job, and by the annual report and the CLI
 * before they count, so a report is never older than its request.
 */
import { sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { type Queryable, rowsOf } from '../../platform/db/database.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { OPEN_STATES } from '../intake/index.ts';

/** The columns a refresh compares: a row is rewritten only when one of them differs. */
const FACT_COLUMNS = [
  'entered_at',
  'origin',
  'open',
  'claimed_category',
  'category',
  'verdict',
  'assessed_at',
  'ground',
  'country',
  'tld',
  'service_type',
  'first_notice_at',
  'first_removed_at',
] as const;

const columns = sql.raw(FACT_COLUMNS.join(', '));
const excluded = sql.raw(FACT_COLUMNS.map((c) => `excluded.${c}`).join(', '));
const current = sql.raw(FACT_COLUMNS.map((c) => `stats_item_facts.${c}`).join(', '));
const assignments = sql.raw(FACT_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', '));

/**
 * The host of a normalised address (items.url: lower-case, no user info), then its last label. An IP
 * address (v4 dotted, v6 in brackets) has no top-level domain.
 */
const TLD = sql`(select case when host ~ '^\\[' or host ~ '^[0-9.]+$' then null
                        else substring(host from '([^.]+)$') end
                 from (select substring(i.url from '^[a-z][a-z0-9+.-]*://(\\[[^\\]]*\\]|[^/:?#]+)') as host) h)`;

const SERVICE_TYPE = sql`case
  when r.lookup is null then 'unknown'
  when jsonb_path_exists(r.lookup, '$.abuse_contacts[*] ? (@.role == "platform")') then 'platform'
  when r.lookup->'cdn' is not null and r.lookup->'cdn' <> 'null'::jsonb then 'behind_cdn'
  when jsonb_array_length(coalesce(r.lookup->'ips', '[]'::jsonb)) > 0 then 'hosted_site'
  else 'unknown' end`;

export type RefreshResult = { changed: number; durationMs: number; refreshedAt: Date };

export async function refreshStatistics(q: Queryable): Promise<RefreshResult> {
  const started = Date.now();
  const { hate, groundField } = pack.figures;
  const rows = rowsOf<{ changed: number }>(
    await q.execute(sql`
      with facts as (
        select i.id as item_id, i.first_reported_at as entered_at, i.origin,
          ${isOneOf(sql`i.state`, OPEN_STATES)} as open,
          (select r.claimed_category from report_items ri join reports r on r.id = ri.report_id
            where ri.item_id = i.id and not ri.derived order by r.received_at limit 1) as claimed_category,
          coalesce(a.category, i.category) as category,
          a.verdict,
          a.decided_at as assessed_at,
          case when a.category = any(${sql.param(hate)}::text[]) then a.details->>${groundField} end as ground,
          h.country,
          ${TLD} as tld,
          ${SERVICE_TYPE} as service_type,
          m.first_notice_at, m.first_removed_at
        from items i
        left join lateral (
          select category, verdict, details, coalesce(resolved_at, second_at, created_at) as decided_at
          from assessments where item_id = i.id and counts order by created_at desc limit 1
        ) a on true
        left join item_hosting h on h.item_id = i.id
        left join hosting_records r on r.id = h.latest_record_id
        left join item_monitoring m on m.item_id = i.id
      ), written as (
        insert into stats_item_facts (item_id, ${columns}, refreshed_at)
        select item_id, ${columns}, now() from facts
        on conflict (item_id) do update set ${assignments}, refreshed_at = excluded.refreshed_at
        where (${current}) is distinct from (${excluded})
        returning 1
      )
      select count(*)::int as changed from written`),
  );
  const changed = Number(rows[0]?.changed ?? 0);
  const durationMs = Date.now() - started;
  const [done] = rowsOf<{ refreshed_at: Date | string }>(
    await q.execute(sql`
      insert into stats_refreshes (id, refreshed_at, duration_ms, changed)
      values ('items', now(), ${durationMs}, ${changed})
      on conflict (id) do update set refreshed_at = excluded.refreshed_at,
        duration_ms = excluded.duration_ms, changed = excluded.changed
      returning refreshed_at`),
  );
  return { changed, durationMs, refreshedAt: new Date(done?.refreshed_at ?? Date.now()) };
}

/** When the figures were last refreshed (null: never). */
export async function lastRefresh(q: Queryable): Promise<Date | null> {
  const [row] = rowsOf<{ refreshed_at: Date | string }>(
    await q.execute(sql`select refreshed_at from stats_refreshes where id = 'items'`),
  );
  return row ? new Date(row.refreshed_at) : null;
}
