/**
 * Figures about notices that left in the period (state sent or acknowledged, by sent_at): to the
 * police, to hosts and platforms, to partner hotlines, and the EU DSA trusted-flagger figures (Art.
 * 22(3): notices by provider, by type of illegal content, and the action the provider took). The
 * category filter keeps notices about items of those categories.
 */
import { type SQL, sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { type Queryable, rowsOf } from '../../platform/db/database.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { LEFT_STATES } from '../monitoring/index.ts';
import type { NoticePurpose, RecipientKind } from '../notices/index.ts';
import type { DsaAction } from './stats.schemas.ts';
import { hoursBetween } from './stats-items.queries.ts';
import { periodBounds, type StatsPeriod } from './stats-period.ts';

/** The three kinds of figures notices feed, by recipient. */
export const NOTICE_FIGURES = {
  police: ['police_portal', 'police_liaison'],
  host: ['host', 'platform', 'registrar'],
  partner: ['partner_hotline'],
} as const satisfies Record<string, readonly RecipientKind[]>;
export type NoticeFigure = keyof typeof NOTICE_FIGURES;
/** Notices in the sense of EU DSA Art. 16: to a hosting service (a host or a platform). */
const DSA_RECIPIENTS = ['host', 'platform'] as const satisfies readonly RecipientKind[];

function leftInPeriod(period: StatsPeriod, categories: string[]): SQL {
  const { start, end } = periodBounds(period);
  const filter = categories.length ? sql`and f.category = any(${sql.param(categories)}::text[])` : sql``;
  return sql`${isOneOf(sql`n.state`, LEFT_STATES)} and n.sent_at >= ${start} and n.sent_at < ${end} ${filter}`;
}

const FIGURE = sql.raw(
  `case ${Object.entries(NOTICE_FIGURES)
    .map(
      ([figure, kinds]) =>
        `when n.recipient_kind in (${kinds.map((k) => `'${k}'`).join(', ')}) then '${figure}'`,
    )
    .join(' ')} end`,
);

export type NoticeCell = {
  figure: NoticeFigure;
  recipient_kind: RecipientKind | null;
  purpose: NoticePurpose | null;
  country: string | null;
  by: 'figure' | 'kind' | 'purpose' | 'country';
  notices: number;
  items: number;
  in_country: number;
};

/** Notices and items per figure, per recipient kind, per purpose and (partner hotlines) per country. */
export async function noticeCells(
  q: Queryable,
  period: StatsPeriod,
  categories: string[],
): Promise<NoticeCell[]> {
  return rowsOf<NoticeCell>(
    await q.execute(sql`
      select figure, recipient_kind, purpose, country,
        case when grouping(recipient_kind) = 0 then 'kind' when grouping(purpose) = 0 then 'purpose'
             when grouping(country) = 0 then 'country' else 'figure' end as by,
        count(distinct notice_id)::int as notices, count(distinct item_id)::int as items,
        (count(distinct item_id) filter (where country = ${pack.country}))::int as in_country
      from (select ${FIGURE} as figure, n.recipient_kind, n.purpose, n.id as notice_id, ni.item_id,
              coalesce(r.country, f.country) as country
            from notices n join notice_items ni on ni.notice_id = n.id
            left join hosting_records r on r.id = ni.hosting_record_id
            left join stats_item_facts f on f.item_id = ni.item_id
            where ${leftInPeriod(period, categories)}) t
      group by grouping sets ((figure), (figure, recipient_kind), (figure, purpose), (figure, country))`),
  );
}

export type DsaCell = {
  by: 'all' | 'provider' | 'content_type' | 'action';
  key: string | null;
  notices: number;
  items: number;
  removed: number;
  median_hours: number | string | null;
};

/** The DSA trusted-flagger figures: Art. 16 notices by provider, by DSA content type and by action. */
export async function dsaCells(q: Queryable, period: StatsPeriod, categories: string[]): Promise<DsaCell[]> {
  const types = sql.join(
    pack.categories.map((c) => sql`(${c.id}, ${c.dsaCategory})`),
    sql`, `,
  );
  const action: Record<DsaAction, SQL> = {
    removed: sql`f.first_removed_at is not null`,
    not_removed: sql`f.first_notice_at is not null`,
    not_followed: sql`true`,
  };
  return rowsOf<DsaCell>(
    await q.execute(sql`
      select case when grouping(provider) = 0 then 'provider' when grouping(content_type) = 0 then 'content_type'
                  when grouping(action) = 0 then 'action' else 'all' end as by,
        coalesce(provider, content_type, action) as key,
        count(distinct notice_id)::int as notices, count(distinct item_id)::int as items,
        (count(distinct item_id) filter (where hours is not null))::int as removed,
        percentile_cont(0.5) within group (order by hours) as median_hours
      from (select n.id as notice_id, ni.item_id,
              coalesce(n.recipient_name, n.address, '?') as provider,
              coalesce(d.dsa, 'NOT_SPECIFIED_NOTICE') as content_type,
              case when ${action.removed} then 'removed' when ${action.not_removed} then 'not_removed'
                   else 'not_followed' end as action,
              ${hoursBetween(sql`n.sent_at`, sql`f.first_removed_at`)} as hours
            from notices n join notice_items ni on ni.notice_id = n.id
            left join stats_item_facts f on f.item_id = ni.item_id
            left join (values ${types}) as d(category, dsa) on d.category = f.category
            where n.purpose = 'notice' and n.recipient_kind = any(${sql.param([...DSA_RECIPIENTS])}::text[])
              and ${leftInPeriod(period, categories)}) t
      group by grouping sets ((), (provider), (content_type), (action))`),
  );
}
