/**
 * Refreshing the figures' summary (stats_item_facts) from the working tables, writing only the rows
 * that changed. Run by the `statistics.refresh` job every few minutes, and on request.
 *
 * A refresh recomputes the items whose working rows changed since the last one, found by the rows'
 * transaction ids: every row an application transaction writes carries its id (xmin), and the last
 * refresh kept the oldest transaction its snapshot could not see (the watermark). An item is looked
 * at again when its row, a report link, a report, an assessment, its hosting or its monitoring row
 * has an xmin at or after the watermark; so a transaction still running during a refresh is caught
 * by the next one, with no clock involved. The first refresh, and any after the facts' definition
 * changed (a new version of this file or of the pack's hate categories), recompute every item, as
 * does one that finds more than MOST_CHANGED items to look at. (A row frozen by vacuum keeps its
 * xmin, which may look recent again some two billion transactions later: its item is recomputed,
 * which writes nothing.)
 * Hosting records are never updated and count only once item_hosting points to them (a change of
 * item_hosting), so they are not scanned. Rows are never deleted from the working tables, except an
 * item with everything it holds (its facts go with it).
 */
import crypto from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
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
  'record_id',
  'record_country',
  'first_notice_at',
  'first_removed_at',
] as const;

const list = (prefix: string) => sql.raw(FACT_COLUMNS.map((c) => `${prefix}${c}`).join(', '));
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

/**
 * Every item's facts, or those of the items listed. The item's claimed category is its first report's
 * (by time, then id), its verdict the latest counting assessment's.
 */
function facts(ids: string[] | null): SQL {
  const { hate, groundField } = pack.figures;
  const only = (column: SQL) => (ids ? sql`and ${column} = any(${sql.param(ids)}::uuid[])` : sql``);
  return sql`
    select i.id as item_id, i.first_reported_at as entered_at, i.origin,
      ${isOneOf(sql`i.state`, OPEN_STATES)} as open,
      c.claimed_category,
      coalesce(a.category, i.category) as category,
      a.verdict,
      a.decided_at as assessed_at,
      case when a.category = any(${sql.param(hate)}::text[]) then a.details->>${groundField} end as ground,
      h.country,
      ${TLD} as tld,
      ${SERVICE_TYPE} as service_type,
      h.latest_record_id as record_id,
      r.country as record_country,
      m.first_notice_at, m.first_removed_at
    from items i
    left join (
      select distinct on (ri.item_id) ri.item_id, rp.claimed_category
      from report_items ri join reports rp on rp.id = ri.report_id
      where not ri.derived ${only(sql`ri.item_id`)}
      order by ri.item_id, rp.received_at, rp.id
    ) c on c.item_id = i.id
    left join (
      select distinct on (item_id) item_id, category, verdict, details,
        coalesce(resolved_at, second_at, created_at) as decided_at
      from assessments where counts ${only(sql`item_id`)}
      order by item_id, created_at desc, id
    ) a on a.item_id = i.id
    left join item_hosting h on h.item_id = i.id
    left join hosting_records r on r.id = h.latest_record_id
    left join item_monitoring m on m.item_id = i.id
    where true ${only(sql`i.id`)}`;
}

/** What the facts mean: a refresh after it changed recomputes every item. */
const DEFINITION = (() => {
  const { sql: text, params } = new PgDialect().sqlToQuery(facts(null));
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([FACT_COLUMNS, text, params]))
    .digest('hex');
})();

/** More changed items than this, and recomputing them all is cheaper than looking each one up. */
const MOST_CHANGED = 50_000;

/**
 * The watermark of this refresh (the oldest transaction its snapshot cannot see) and, given the last
 * one, the items a row written since may have changed (null: more than MOST_CHANGED).
 */
async function changedSince(
  q: Queryable,
  since: string | null,
): Promise<{ watermark: string; ids: string[] | null }> {
  const now = sql`pg_snapshot_xmin(pg_current_snapshot())::text`;
  if (since === null) {
    const [row] = rowsOf<{ watermark: string }>(await q.execute(sql`select ${now} as watermark`));
    return { watermark: String(row?.watermark), ids: null };
  }
  const after = (table: string) => sql`age(${sql.raw(table)}.xmin) <= (select age(xid(${since}::xid8)))`;
  const rows = rowsOf<{ watermark: string; ids: string[] | null; n: number }>(
    await q.execute(sql`
      select ${now} as watermark, count(*)::int as n,
        case when count(*) <= ${MOST_CHANGED} then array_agg(id) end as ids
      from (
        select id from items where ${after('items')}
        union select item_id from report_items where ${after('report_items')}
        union select ri.item_id from reports join report_items ri on ri.report_id = reports.id
          where ${after('reports')}
        union select item_id from assessments where ${after('assessments')}
        union select item_id from item_hosting where ${after('item_hosting')}
        union select item_id from item_monitoring where ${after('item_monitoring')}
      ) changed`),
  );
  const row = rows[0];
  return { watermark: String(row?.watermark), ids: row && row.n <= MOST_CHANGED ? (row.ids ?? []) : null };
}

/** Writes the facts that differ from the summary's (in order of arrival: the indexes fill in order). */
async function writeFacts(q: Queryable, ids: string[] | null): Promise<number> {
  if (ids?.length === 0) return 0;
  const [row] = rowsOf<{ changed: number }>(
    await q.execute(sql`
      with facts as (${facts(ids)}),
      written as (
        insert into stats_item_facts (item_id, ${list('')}, refreshed_at)
        select f.item_id, ${list('f.')}, now() from facts f
        left join stats_item_facts s on s.item_id = f.item_id
        where s.item_id is null or (${list('s.')}) is distinct from (${list('f.')})
        order by f.entered_at
        on conflict (item_id) do update set ${assignments}, refreshed_at = excluded.refreshed_at
        returning 1
      )
      select count(*)::int as changed from written`),
  );
  return Number(row?.changed ?? 0);
}

export type RefreshResult = {
  changed: number;
  durationMs: number;
  refreshedAt: Date;
  /** Every item was recomputed (the first refresh, a new definition, or many changes). */
  full: boolean;
};

/** Refreshes, one at a time (the job and "refresh now" may meet): a transaction-scoped lock first. */
export async function refreshStatistics(q: Queryable): Promise<RefreshResult> {
  const started = Date.now();
  return q.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('statistics.refresh'))`);
    // Room for the sorts and hashes of a full refresh, for this transaction only.
    await tx.execute(sql`set local work_mem = '64MB'`);
    const [last] = rowsOf<{ watermark: string | null; definition: string | null }>(
      await tx.execute(sql`select watermark, definition from stats_refreshes where id = 'items'`),
    );
    const since = last?.watermark && last.definition === DEFINITION ? last.watermark : null;
    const { watermark, ids } = await changedSince(tx, since);
    const changed = await writeFacts(tx, ids);
    const durationMs = Date.now() - started;
    const [done] = rowsOf<{ refreshed_at: Date | string }>(
      await tx.execute(sql`
        insert into stats_refreshes (id, refreshed_at, duration_ms, changed, watermark, definition)
        values ('items', now(), ${durationMs}, ${changed}, ${watermark}, ${DEFINITION})
        on conflict (id) do update set refreshed_at = excluded.refreshed_at, duration_ms = excluded.duration_ms,
          changed = excluded.changed, watermark = excluded.watermark, definition = excluded.definition
        returning refreshed_at`),
    );
    return {
      changed,
      durationMs,
      refreshedAt: new Date(done?.refreshed_at ?? Date.now()),
      full: ids === null,
    };
  });
}

/** When the figures were last refreshed (null: never). */
export async function lastRefresh(q: Queryable): Promise<Date | null> {
  const [row] = rowsOf<{ refreshed_at: Date | string }>(
    await q.execute(sql`select refreshed_at from stats_refreshes where id = 'items'`),
  );
  return row ? new Date(row.refreshed_at) : null;
}
