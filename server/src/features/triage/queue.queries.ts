/**
 * The queue's SQL: open items in the chosen order (queue-sort.ts; priority, due_at, id by default),
 * filtered, one keyset page at a time. Every filter combination reads one partial index on open items
 * (intake.tables.ts), so the first page costs the same with 200 or 200,000 items waiting (see
 * bench/queue.bench.ts). A search (queue-search.queries.ts) looks at items in every state, closed
 * ones too, through its own index.
 */
import { type SQL, sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import type { CategoryId, Verdict } from '../../jurisdictions/jurisdiction.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import type { Language } from '../../platform/i18n/language.ts';
import { searchCondition } from './queue-search.queries.ts';
import type { Search } from './queue-search.ts';
import { afterCursor, orderBy, type QueueCursor } from './queue-sort.ts';
import {
  type Channel,
  type ItemOrigin,
  type ItemState,
  OPEN_STATES,
  type QueueQuery,
  type QueueSort,
} from './triage.schemas.ts';

/** The filters a page is read with: a search lets `state` name a closed state too. */
export type QueueSelection = Omit<
  QueueQuery,
  'view' | 'cursor' | 'limit' | 'lang' | 'q' | 'distance' | 'sort'
> & {
  search?: Search;
};

export type QueueRow = {
  id: string;
  url: string;
  category: CategoryId;
  severity: number;
  priority: number;
  state: ItemState;
  origin: ItemOrigin;
  channel: Channel;
  language: Language;
  trusted: boolean;
  hash_hits: number;
  report_count: number;
  first_reported_at: Date | string;
  due_at: Date | string;
  version: number;
  claimed_by: string | null;
  claim_expires_at: Date | string | null;
  claimed_by_name: string | null;
  hosting_country: string | null;
  verdict: Verdict | null;
};

/** Open items, spelled like the partial indexes' predicate (intake.tables.ts) so the planner uses them. */
export const OPEN_ITEM = isOneOf(sql`i.state`, OPEN_STATES);

/** The filters as SQL conditions on `i` (items) and `h` (item_hosting). */
function queueConditions(filters: QueueSelection, viewerId: string): SQL[] {
  // Without a search the queue is what waits; a search answers "have we seen this?", closed or not.
  const where: SQL[] = [filters.search ? searchCondition(filters.search) : OPEN_ITEM];
  if (filters.category) where.push(sql`i.category = ${filters.category}`);
  if (filters.channel) where.push(sql`i.channel = ${filters.channel}`);
  if (filters.language) where.push(sql`i.language = ${filters.language}`);
  if (filters.state) where.push(sql`i.state = ${filters.state}`);
  if (filters.origin) where.push(sql`i.origin = ${filters.origin}`);
  if (filters.hosting_country) where.push(sql`h.country = ${filters.hosting_country}`);
  if (filters.hosted === 'in_country') where.push(sql`h.country = ${pack.country}`);
  if (filters.hosted === 'abroad') where.push(sql`h.country <> ${pack.country}`);
  if (filters.hosted === 'unknown') where.push(sql`h.country is null`);
  if (filters.min_age_hours !== undefined) {
    where.push(sql`i.first_reported_at <= now() - ${filters.min_age_hours} * interval '1 hour'`);
  }
  if (filters.max_age_hours !== undefined) {
    where.push(sql`i.first_reported_at >= now() - ${filters.max_age_hours} * interval '1 hour'`);
  }
  const live = sql`(i.claimed_by is not null and i.claim_expires_at > now())`;
  if (filters.claim === 'free') where.push(sql`not ${live}`);
  if (filters.claim === 'mine') where.push(sql`${live} and i.claimed_by = ${viewerId}`);
  if (filters.claim === 'others') where.push(sql`${live} and i.claimed_by <> ${viewerId}`);
  return where;
}

const ASSESSED: ItemState = 'assessed';

/** How many items the filters keep (what the queue's heading says), and, for a search, how many are assessed. */
export async function countQueue(
  db: Queryable,
  filters: QueueSelection,
  viewerId: string,
): Promise<{ total: number; assessed: number }> {
  const [row] = rowsOf<{ total: number; assessed: number }>(
    await db.execute(sql`
      select count(*)::int as total,
             ${filters.search ? sql`count(*) filter (where i.state = ${ASSESSED})::int` : sql`0`} as assessed
      from items i left join item_hosting h on h.item_id = i.id
      where ${sql.join(queueConditions(filters, viewerId), sql` and `)}`),
  );
  return { total: row?.total ?? 0, assessed: row?.assessed ?? 0 };
}

export async function selectQueuePage(
  db: Queryable,
  filters: QueueSelection,
  options: { viewerId: string; limit: number; sort: QueueSort; after?: QueueCursor },
): Promise<QueueRow[]> {
  const where = queueConditions(filters, options.viewerId);
  if (options.after) where.push(afterCursor(options.after));
  const result = await db.execute(sql`
    select i.id, i.url, i.category, i.severity, i.priority, i.state, i.origin, i.channel, i.language,
           i.trusted, i.hash_hits, i.report_count, i.first_reported_at, i.due_at, i.version,
           s.id as claimed_by, i.claim_expires_at, s.display_name as claimed_by_name,
           h.country as hosting_country,
           (select a.verdict from assessments a where a.item_id = i.id and a.counts
            order by a.created_at desc limit 1) as verdict
    from items i
    left join staff s on s.id = i.claimed_by and i.claim_expires_at > now()
    left join item_hosting h on h.item_id = i.id
    where ${sql.join(where, sql` and `)}
    order by ${orderBy(options.sort)}
    limit ${options.limit}`);
  return rowsOf<QueueRow>(result);
}
