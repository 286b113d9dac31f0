/**
 * Figures about notices that left in the period (state sent or acknowledged, by sent_at): to the
 * police, to hosts and platforms, to partner hotlines, and the EU DSA trusted-flagger figures (Art.
 * 22(3): notices by provider, by type of illegal content, and the action the provider took). The
 * category filter keeps notices about items of those categories.
 */
import { type SQL, sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { isOneOf } from '../../platform/db/value-lists.ts';
import { LEFT_STATES } from '../monitoring/index.ts';
import { NOTICE_PURPOSES, type NoticePurpose, type RecipientKind } from '../notices/index.ts';
import type { DsaAction } from './stats.schemas.ts';
import { hoursBetween, readFigures } from './stats-items.queries.ts';
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

/** Notices that left in the period, with their items (of those categories, when some are asked). */
function noticeItems(period: StatsPeriod, categories: string[], columns: SQL, where: SQL = sql``): SQL {
  const { start, end } = periodBounds(period);
  const ofCategories = categories.length
    ? sql`join stats_item_facts c on c.item_id = ni.item_id and c.category = any(${sql.param(categories)}::text[])`
    : sql``;
  return sql`
    select ${columns}
    from notices n join notice_items ni on ni.notice_id = n.id ${ofCategories}
    where ${isOneOf(sql`n.state`, LEFT_STATES)} and n.sent_at >= ${start} and n.sent_at < ${end} ${where}`;
}

/** Items first notified this many days before a period are still read with it in one pass. */
const NEAR_DAYS = 62;
type FactColumn =
  | 'category'
  | 'country'
  | 'record_id'
  | 'record_country'
  | 'first_notice_at'
  | 'first_removed_at';

/**
 * The rows of `rows` (a query with an item_id) with the summary's facts about their item. The facts of
 * the items first notified from NEAR_DAYS before the period to its end, nearly all of those a
 * period's notices are about, are read in one pass and joined; any other item's (notified long
 * before, or not in the summary yet) are looked up by id.
 */
function withFacts(rows: SQL, period: StatsPeriod, columns: readonly FactColumn[]): SQL {
  const { start, end } = periodBounds(period);
  const picked = columns.map((c) => {
    const column = sql.raw(c);
    return sql`case when near.item_id is null
      then (select ${column} from stats_item_facts g where g.item_id = r.item_id) else near.${column} end as ${column}`;
  });
  return sql`
    select r.*, ${sql.join(picked, sql`, `)}
    from ${rows} r
    left join (select item_id, ${sql.raw(columns.join(', '))} from stats_item_facts
               where first_notice_at >= ${start} - ${NEAR_DAYS} * interval '1 day' and first_notice_at < ${end}) near
      on near.item_id = r.item_id`;
}

const KINDS = Object.values(NOTICE_FIGURES).flat();
const FIGURES = Object.keys(NOTICE_FIGURES) as NoticeFigure[];
const figureOf = (kind: RecipientKind) =>
  FIGURES.find((f) => (NOTICE_FIGURES[f] as readonly RecipientKind[]).includes(kind)) as NoticeFigure;
const isKind = (kinds: readonly string[]) => isOneOf(sql`kind`, kinds);

/**
 * What one notice says of its item, as bits: its recipient kind (bit k, in KINDS's order) and its
 * figure and purpose (bit KINDS.length + figure × purposes + purpose). An item's bits, or-ed over its
 * notices, say which counts it is in; items are then counted by pattern (a few dozen).
 */
const kindBit = (kind: RecipientKind) => 1 << KINDS.indexOf(kind);
const purposeBit = (figure: NoticeFigure, purpose: NoticePurpose) =>
  1 << (KINDS.length + FIGURES.indexOf(figure) * NOTICE_PURPOSES.length + NOTICE_PURPOSES.indexOf(purpose));
const BITS = (() => {
  const kinds = sql`${sql.param(KINDS)}::text[]`;
  const figureIndex = sql`${sql.param(KINDS.map((k) => FIGURES.indexOf(figureOf(k))))}::int[]`;
  const k = sql`array_position(${kinds}, kind)`;
  return sql`(1 << (${k} - 1)) | (1 << (${KINDS.length} + (${figureIndex})[${k}] * ${NOTICE_PURPOSES.length}
    + array_position(${sql.param([...NOTICE_PURPOSES])}::text[], purpose) - 1))`;
})();

/**
 * A count per figure, recipient kind and purpose. `in_country` is counted for the police's figure and
 * the rows by hosting country for partner hotlines only: the figures the report shows, and the only
 * rows that need the hosting country of each item.
 */
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

export type DsaCell = {
  by: 'all' | 'provider' | 'content_type' | 'action';
  key: string | null;
  notices: number;
  items: number;
  removed: number;
  /** For all notices and by provider (what the report shows); null by content type and by action. */
  median_hours: number | string | null;
};

type FigureRow = {
  /** notices, items, in_country, partner_country, or dsa_<notices|items|median>:<all|provider|content_type|action> */
  part: string;
  kind: RecipientKind | null;
  purpose: NoticePurpose | null;
  key: string | null;
  bits: number | null;
  notices: number;
  items: number;
  removed: number;
  median_hours: number | string | null;
};

/**
 * Notices and items per figure, per recipient kind, per purpose and (partner hotlines) per country. An
 * item's hosting country is that of the hosting record the notice relied on, else the summary's; the
 * record is read from hosting_records only when it is not the item's latest, whose country the
 * summary has.
 */
export async function noticeCells(
  q: Queryable,
  period: StatsPeriod,
  categories: string[],
): Promise<NoticeCell[]> {
  const placedKinds = [...NOTICE_FIGURES.police, ...NOTICE_FIGURES.partner];
  const columns = sql`n.id as notice_id, n.recipient_kind as kind, n.purpose, ni.item_id, ni.hosting_record_id`;
  const rows = await readFigures<FigureRow>(
    q,
    sql`
      with rows as materialized (
        ${noticeItems(period, categories, columns)}
      ), placed as materialized (
        select kind, item_id,
          coalesce(case when hosting_record_id = record_id then record_country
                        when hosting_record_id is not null
                        then (select h.country from hosting_records h where h.id = f.hosting_record_id) end,
                   country) as country
        from (${withFacts(sql`(select * from rows where ${isKind(placedKinds)})`, period, ['record_id', 'record_country', 'country'])}) f
      )
      select 'notices' as part, kind, purpose, null::text as key, null::int as bits, count(*)::int as notices,
        0 as items, 0 as removed, null::float8 as median_hours
      from (select notice_id, kind, purpose from rows group by notice_id, kind, purpose) t group by kind, purpose
      union all
      select 'items', null, null, null, bits, 0, count(*)::int, 0, null
      from (select item_id, bit_or(${BITS}) as bits from rows group by item_id) t group by bits
      union all
      select 'in_country', null, null, null, null, 0, count(distinct item_id)::int, 0, null
      from placed where ${isKind(NOTICE_FIGURES.police)} and country = ${pack.country}
      union all
      (select 'partner_country', null, null, country, null, 0, count(distinct item_id)::int, 0, null
       from placed where ${isKind(NOTICE_FIGURES.partner)} group by country order by country)`,
  );
  return noticeCellsOf(rows);
}

/**
 * The DSA trusted-flagger figures: Art. 16 notices by provider, by DSA content type and by action.
 * The provider is the notice's; the content type and the action are the item's (its category, whether
 * it was found gone). Each figure is its own aggregate, put together here.
 */
export async function dsaCells(q: Queryable, period: StatsPeriod, categories: string[]): Promise<DsaCell[]> {
  const contentType = sql`coalesce((${sql.param(pack.categories.map((c) => c.dsaCategory))}::text[])[
    array_position(${sql.param(pack.categories.map((c) => c.id))}::text[], f.category)], 'NOT_SPECIFIED_NOTICE')`;
  const action: Record<DsaAction, SQL> = {
    removed: sql`f.first_removed_at is not null`,
    not_removed: sql`f.first_notice_at is not null`,
    not_followed: sql`true`,
  };
  const dsa = sql`and n.purpose = ${'notice' satisfies NoticePurpose}
    and n.recipient_kind = any(${sql.param([...DSA_RECIPIENTS])}::text[])`;
  const columns = sql`n.id as notice_id, coalesce(n.recipient_name, n.address, '?') as provider, n.sent_at, ni.item_id`;
  const rows = await readFigures<FigureRow>(
    q,
    sql`
      with joined as materialized (
        select f.notice_id, f.provider, f.item_id, ${contentType} as content_type,
          case when ${action.removed} then 'removed' when ${action.not_removed} then 'not_removed'
               else 'not_followed' end as action,
          f.first_removed_at is not null as removed,
          ${hoursBetween(sql`f.sent_at`, sql`f.first_removed_at`)} as hours
        from (${withFacts(sql`(${noticeItems(period, categories, columns, dsa)})`, period, ['category', 'first_notice_at', 'first_removed_at'])}) f
      ), items as materialized (
        select distinct item_id, content_type, action, removed from joined
      )
      select 'dsa_notices:all' as part, null::text as kind, null::text as purpose, null::text as key, null::int as bits,
        count(*)::int as notices, 0 as items, 0 as removed, null::float8 as median_hours
      from (select distinct notice_id from joined) t
      union all
      select 'dsa_items:all', null, null, null, null, 0, count(*)::int, (count(*) filter (where removed))::int, null
      from items
      union all
      select 'dsa_median:all', null, null, null, null, 0, 0, 0, percentile_cont(0.5) within group (order by hours)
      from joined
      union all
      select 'dsa_notices:provider', null, null, provider, null, count(*)::int, 0, 0, null
      from (select distinct provider, notice_id from joined) t group by provider
      union all
      select 'dsa_items:provider', null, null, provider, null, 0, count(*)::int, (count(*) filter (where removed))::int, null
      from (select distinct provider, item_id, removed from joined) t group by provider
      union all
      select 'dsa_median:provider', null, null, provider, null, 0, 0, 0,
        percentile_cont(0.5) within group (order by hours)
      from joined group by provider
      union all
      select 'dsa_notices:content_type', null, null, content_type, null, count(*)::int, 0, 0, null
      from (select distinct content_type, notice_id from joined) t group by content_type
      union all
      select 'dsa_items:content_type', null, null, content_type, null, 0, count(*)::int,
        (count(*) filter (where removed))::int, null
      from items group by content_type
      union all
      select 'dsa_notices:action', null, null, action, null, count(*)::int, 0, 0, null
      from (select distinct action, notice_id from joined) t group by action
      union all
      select 'dsa_items:action', null, null, action, null, 0, count(*)::int, (count(*) filter (where removed))::int, null
      from items group by action`,
  );
  return dsaCellsOf(rows);
}

function noticeCellsOf(rows: FigureRow[]): NoticeCell[] {
  const notices = (keep: (kind: RecipientKind, purpose: NoticePurpose) => boolean) =>
    rows
      .filter((r) => r.part === 'notices' && keep(r.kind as RecipientKind, r.purpose as NoticePurpose))
      .reduce((s, r) => s + r.notices, 0);
  const items = (bits: number) =>
    rows.filter((r) => r.part === 'items' && ((r.bits ?? 0) & bits) !== 0).reduce((s, r) => s + r.items, 0);
  const cell = (c: Partial<NoticeCell> & Pick<NoticeCell, 'figure' | 'by'>): NoticeCell => ({
    recipient_kind: null,
    purpose: null,
    country: null,
    notices: 0,
    items: 0,
    in_country: 0,
    ...c,
  });
  return [
    ...FIGURES.map((figure) =>
      cell({
        figure,
        by: 'figure',
        notices: notices((kind) => figureOf(kind) === figure),
        items: items(NOTICE_FIGURES[figure].reduce((b, kind) => b | kindBit(kind), 0)),
        in_country: figure === 'police' ? (rows.find((r) => r.part === 'in_country')?.items ?? 0) : 0,
      }),
    ),
    ...KINDS.map((kind) =>
      cell({
        figure: figureOf(kind),
        by: 'kind',
        recipient_kind: kind,
        notices: notices((k) => k === kind),
        items: items(kindBit(kind)),
      }),
    ),
    ...FIGURES.flatMap((figure) =>
      NOTICE_PURPOSES.map((purpose) =>
        cell({
          figure,
          by: 'purpose',
          purpose,
          notices: notices((kind, p) => figureOf(kind) === figure && p === purpose),
          items: items(purposeBit(figure, purpose)),
        }),
      ),
    ),
    ...rows
      .filter((r) => r.part === 'partner_country')
      .map((r) => cell({ figure: 'partner', by: 'country', country: r.key, items: r.items })),
  ];
}

function dsaCellsOf(rows: FigureRow[]): DsaCell[] {
  const cells = new Map<string, DsaCell>();
  for (const r of rows) {
    const [what, by] = r.part.split(':') as [string, DsaCell['by'] | undefined];
    if (!what?.startsWith('dsa_') || !by) continue;
    const id = `${by}:${r.key ?? ''}`;
    const cell = cells.get(id) ?? { by, key: r.key, notices: 0, items: 0, removed: 0, median_hours: null };
    if (what === 'dsa_notices') cell.notices = r.notices;
    if (what === 'dsa_items') Object.assign(cell, { items: r.items, removed: r.removed });
    if (what === 'dsa_median') cell.median_hours = r.median_hours;
    cells.set(id, cell);
  }
  return [...cells.values()];
}
