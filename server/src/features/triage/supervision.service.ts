/**
 * What supervisors watch: the backlog by category and age band, service-target breaches, daily
 * throughput, four-eyes disagreements waiting for them, and who holds which claims. Read-only; the
 * assessments table belongs to qualification and is read here by SQL only (no import of its internals).
 */
import { sql } from 'drizzle-orm';
import type { Verdict } from '../../jurisdictions/jurisdiction.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { OPEN_ITEM } from './queue.queries.ts';
import { claimOf } from './queue.service.ts';
import type { ItemState, SupervisionOverview } from './triage.schemas.ts';

const iso = (value: Date | string) => new Date(value).toISOString();

export async function supervisionOverview(db: Queryable): Promise<SupervisionOverview> {
  const backlog = rowsOf<{
    category: string;
    age_band: SupervisionOverview['backlog'][number]['age_band'];
    items: number;
  }>(
    await db.execute(sql`
      select category, age_band, count(*)::int as items from (
        select category, case
          when first_reported_at > now() - interval '24 hours' then 'under_24h'
          when first_reported_at > now() - interval '3 days' then '1_to_3_days'
          when first_reported_at > now() - interval '7 days' then '3_to_7_days'
          else 'over_7_days' end as age_band
        from items i where ${OPEN_ITEM}) b
      group by category, age_band order by category, age_band`),
  );
  const breachesByCategory = rowsOf<{ category: string; items: number }>(
    await db.execute(sql`
      select category, count(*)::int as items from items i
      where ${OPEN_ITEM} and i.due_at < now()
      group by category order by items desc, category`),
  );
  const oldest = rowsOf<{
    id: string;
    url: string;
    category: string;
    state: ItemState;
    due_at: Date | string;
    claimed_by: string | null;
    claim_expires_at: Date | string | null;
    claimed_by_name: string | null;
  }>(
    await db.execute(sql`
      select i.id, i.url, i.category, i.state, i.due_at, s.id as claimed_by, i.claim_expires_at,
             s.display_name as claimed_by_name
      from items i left join staff s on s.id = i.claimed_by and i.claim_expires_at > now()
      where ${OPEN_ITEM} and i.due_at < now()
      order by i.due_at, i.id limit 50`),
  );
  const throughput = rowsOf<{ day: string; assessments: number; final_verdicts: number }>(
    await db.execute(sql`
      select to_char(d.day, 'YYYY-MM-DD') as day, count(a.id)::int as assessments,
             count(a.id) filter (where a.counts)::int as final_verdicts
      from generate_series((now() at time zone 'UTC')::date - 29, (now() at time zone 'UTC')::date, interval '1 day') as d(day)
      left join assessments a on (a.created_at at time zone 'UTC')::date = d.day::date
      group by d.day order by d.day`),
  );
  const [disputedCount] = rowsOf<{ n: number }>(
    await db.execute(sql`
      select count(*)::int as n from assessments
      where second_decision = 'disagree' and second_at > now() - interval '30 days'`),
  );
  const waiting = rowsOf<{
    assessment_id: string;
    item_id: string;
    category: string;
    verdict: Verdict;
    analyst: string;
    second_analyst: string;
    second_notes: string | null;
    disputed_at: Date | string;
  }>(
    await db.execute(sql`
      select a.id as assessment_id, a.item_id, a.category, a.verdict, first.display_name as analyst,
             second.display_name as second_analyst, a.second_notes, a.second_at as disputed_at
      from assessments a
      join staff first on first.id = a.staff_id
      join staff second on second.id = a.second_staff_id
      where a.status = 'disputed' order by a.second_at limit 100`),
  );
  const claims = rowsOf<{ staff_id: string; display_name: string; items: number }>(
    await db.execute(sql`
      select s.id as staff_id, s.display_name, count(*)::int as items
      from items i join staff s on s.id = i.claimed_by
      where i.claim_expires_at > now() group by s.id, s.display_name order by items desc, s.display_name`),
  );
  return {
    generated_at: new Date().toISOString(),
    backlog,
    breaches: {
      by_category: breachesByCategory,
      oldest: oldest.map((r) => ({
        id: r.id,
        url: r.url,
        category: r.category,
        state: r.state,
        due_at: iso(r.due_at),
        claim: claimOf(r),
      })),
    },
    throughput,
    disagreements: {
      last_30_days: disputedCount?.n ?? 0,
      waiting: waiting.map((w) => ({ ...w, disputed_at: iso(w.disputed_at) })),
    },
    claims,
  };
}
