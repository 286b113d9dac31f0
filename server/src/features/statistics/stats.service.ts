/**
 * The annual report (or any period's): its sections computed concurrently from the queries files and
 * put together under the documented keys (stats.schemas.ts). Each section is timed, so the bench and
 * the CLI can say which one is slowest.
 */
import { pack } from '../../jurisdictions/index.ts';
import type { Localised } from '../../jurisdictions/jurisdiction.ts';
import { DSA_CATEGORIES, VERDICTS } from '../../jurisdictions/jurisdiction.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { CHANNELS, OPEN_STATES, REPORTER_KINDS } from '../intake/index.ts';
import { NOTICE_PURPOSES } from '../notices/index.ts';
import { ADVERSE } from '../qualification/index.ts';
import { EUROPE } from './europe.ts';
import { SERVICE_TYPES } from './statistics.tables.ts';
import { lastRefresh } from './statistics-refresh.ts';
import { DSA_ACTIONS, type StatsReport } from './stats.schemas.ts';
import {
  type ItemCell,
  illegalBreakdown,
  itemCells,
  openByState,
  pendingWork,
  type RemovalCell,
  removalCells,
} from './stats-items.queries.ts';
import {
  dsaCells,
  NOTICE_FIGURES,
  type NoticeCell,
  type NoticeFigure,
  noticeCells,
} from './stats-notices.queries.ts';
import { changeOf, hoursOf, shareOf } from './stats-numbers.ts';
import { periodMonths, previousPeriod, type StatsPeriod, yearEarlier, yearOf } from './stats-period.ts';
import { countReports, reportsByYear } from './stats-reports.queries.ts';

export type StatsQuery = { period: StatsPeriod; categories: string[] };
export type SectionTimes = Record<string, number>;

const isIllegal = (verdict: string | null) =>
  verdict !== null && (ADVERSE as readonly string[]).includes(verdict);

function categoryLabel(id: string): Localised {
  return (pack.categories.find((c) => c.id === id) ?? pack.otherCategory).label;
}

function groundLabel(id: string | null): Localised {
  const option = pack.categories
    .filter((c) => pack.figures.hate.includes(c.id))
    .flatMap((c) => c.detailFields ?? [])
    .filter((f) => f.id === pack.figures.groundField)
    .flatMap((f) => f.options)
    .find((o) => o.id === id);
  return option?.label ?? { fr: 'Non précisé', en: 'Not recorded' };
}

/** The month (YYYY-MM) an instant falls in, in the time zone. */
const localMonth = (at: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(at).slice(0, 7);

/** Runs each section, timing it. */
async function timed<T>(times: SectionTimes, name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await run();
  times[name] = Math.round(performance.now() - started);
  return value;
}

export async function computeStatistics(
  q: Queryable,
  query: StatsQuery,
  times: SectionTimes = {},
): Promise<StatsReport> {
  const { period, categories } = query;
  const [
    reports,
    previous,
    earlier,
    years,
    cells,
    illegal,
    pending,
    states,
    removal,
    notices,
    dsa,
    refreshed,
  ] = await Promise.all([
    timed(times, 'reports', () => countReports(q, period, categories)),
    timed(times, 'previous_period', () => countReports(q, previousPeriod(period), categories)),
    timed(times, 'year_earlier', () => countReports(q, yearEarlier(period), categories)),
    timed(times, 'by_year', () => reportsByYear(q, period, categories)),
    timed(times, 'items', () => itemCells(q, period, categories)),
    timed(times, 'illegal_breakdown', () => illegalBreakdown(q, period, categories)),
    timed(times, 'pending', () => pendingWork(q, period, categories)),
    timed(times, 'open_by_state', () => openByState(q, categories)),
    timed(times, 'removal', () => removalCells(q, period, categories)),
    timed(times, 'notices', () => noticeCells(q, period, categories)),
    timed(times, 'dsa', () => dsaCells(q, period, categories)),
    lastRefresh(q),
  ]);

  const items = itemTotals(cells);
  const thisMonth = localMonth(new Date(), period.timeZone);
  const prior = previousPeriod(period);
  const totalIllegal = items.illegal;
  /** Most first; ties in the key's order, unknown (null) last. */
  const ranked = <T extends { items: number }>(rows: T[], key: (row: T) => string | null) =>
    rows
      .sort((a, b) => b.items - a.items || (key(a) ?? '\uffff').localeCompare(key(b) ?? '\uffff'))
      .map((r) => ({
        ...r,
        share: shareOf(
          r.items,
          rows.reduce((s, x) => s + x.items, 0),
        ),
      }));

  const countryRows = (pick: (r: { items: number; child_abuse: number }) => number) =>
    ranked(
      illegal.countries.map((r) => ({ country: r.country, items: pick(r) })).filter((r) => r.items > 0),
      (r) => r.country,
    ).map((r) => ({ ...r, europe: r.country !== null && EUROPE.has(r.country) }));
  return {
    period: { from: period.from, to: period.to, time_zone: period.timeZone, year: yearOf(period) },
    categories,
    generated_at: new Date().toISOString(),
    refreshed_at: refreshed?.toISOString() ?? null,
    totals: {
      reports: reports.total,
      items: items.all,
      reported_items: items.reported,
      derived_items: items.derived,
      assessed_items: items.assessed,
      illegal_items: items.illegal,
      previous_period: { from: prior.from, to: prior.to, reports: previous.total },
      reports_change: changeOf(reports.total, previous.total),
    },
    by_year: [...years].map(([year, n]) => ({
      year,
      reports: n,
      change: changeOf(n, years.get(year - 1) ?? 0),
    })),
    by_month: periodMonths(period).map((month) => {
      const before = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
      const now = reports.months.get(month) ?? 0;
      return {
        month,
        reports: now,
        items: items.months.get(month)?.all ?? 0,
        illegal_items: items.months.get(month)?.illegal ?? 0,
        // A month not begun yet has no change to show.
        reports_change: month > thisMonth ? null : changeOf(now, earlier.months.get(before) ?? 0),
      };
    }),
    by_category: [...pack.categories.map((c) => c.id), pack.otherCategory.id].map((category) => {
      const c = items.categories.get(category) ?? { assessed: 0, illegal: 0, derivedIllegal: 0 };
      return {
        category,
        label: categoryLabel(category),
        assessed: c.assessed,
        illegal: c.illegal,
        derived_illegal: c.derivedIllegal,
        share: shareOf(c.illegal, totalIllegal),
      };
    }),
    by_channel: CHANNELS.map((channel) => {
      const n = reports.channels.get(channel) ?? 0;
      return { channel, reports: n, share: shareOf(n, reports.total) };
    }),
    by_reporter_kind: REPORTER_KINDS.map((kind) => {
      const n = reports.reporterKinds.get(kind) ?? 0;
      return { reporter_kind: kind, reports: n, share: shareOf(n, reports.total) };
    }),
    illegality_rate: {
      illegal: items.reportedIllegal,
      assessed: items.reportedAssessed,
      rate: shareOf(items.reportedIllegal, items.reportedAssessed),
      by_verdict: VERDICTS.map((verdict) => {
        const n = items.reportedVerdicts.get(verdict) ?? 0;
        return { verdict, items: n, share: shareOf(n, items.reportedAssessed) };
      }),
    },
    ...noticeSections(notices),
    removal: removalSection(removal),
    hosting_countries: {
      all: countryRows((r) => r.items),
      child_abuse_material: countryRows((r) => r.child_abuse),
    },
    tlds: ranked(illegal.tlds, (r) => r.tld),
    service_types: SERVICE_TYPES.map((type) => {
      const n = illegal.serviceTypes.find((r) => r.service_type === type)?.items ?? 0;
      return { service_type: type, items: n, share: shareOf(n, totalIllegal) };
    }),
    hate_grounds: ranked(
      illegal.grounds.map((g) => ({ ...g, label: groundLabel(g.ground) })),
      (r) => r.ground,
    ),
    terrorism: pending.terrorism,
    backlog: {
      open_now: pending.openNow,
      open_at_period_end: pending.openAtPeriodEnd,
      oldest_open_days: pending.oldestOpen
        ? Math.floor((Date.now() - pending.oldestOpen.getTime()) / 86_400_000)
        : null,
      by_state: OPEN_STATES.map((state) => ({ state, items: states.get(state) ?? 0 })),
    },
    dsa: dsaSection(dsa),
  };
}

type ItemTotals = {
  all: number;
  reported: number;
  derived: number;
  assessed: number;
  illegal: number;
  reportedAssessed: number;
  reportedIllegal: number;
  reportedVerdicts: Map<string, number>;
  months: Map<string, { all: number; illegal: number }>;
  categories: Map<string, { assessed: number; illegal: number; derivedIllegal: number }>;
};

function itemTotals(cells: ItemCell[]): ItemTotals {
  const t: ItemTotals = {
    all: 0,
    reported: 0,
    derived: 0,
    assessed: 0,
    illegal: 0,
    reportedAssessed: 0,
    reportedIllegal: 0,
    reportedVerdicts: new Map(),
    months: new Map(),
    categories: new Map(),
  };
  for (const c of cells) {
    const bad = isIllegal(c.verdict);
    const reported = c.origin === 'reported';
    t.all += c.n;
    if (reported) t.reported += c.n;
    else t.derived += c.n;
    const month = t.months.get(c.month) ?? { all: 0, illegal: 0 };
    month.all += c.n;
    if (bad) month.illegal += c.n;
    t.months.set(c.month, month);
    if (c.verdict === null) continue;
    t.assessed += c.n;
    if (bad) t.illegal += c.n;
    if (reported) {
      t.reportedAssessed += c.n;
      if (bad) t.reportedIllegal += c.n;
      t.reportedVerdicts.set(c.verdict, (t.reportedVerdicts.get(c.verdict) ?? 0) + c.n);
    }
    const category = t.categories.get(c.category) ?? { assessed: 0, illegal: 0, derivedIllegal: 0 };
    category.assessed += c.n;
    if (bad) category.illegal += c.n;
    if (bad && !reported) category.derivedIllegal += c.n;
    t.categories.set(c.category, category);
  }
  return t;
}

function noticeSections(
  cells: NoticeCell[],
): Pick<StatsReport, 'police_transmissions' | 'host_notices' | 'partner_forwards'> {
  const of = (figure: NoticeFigure, by: NoticeCell['by']) =>
    cells.filter((c) => c.figure === figure && c.by === by);
  const total = (figure: NoticeFigure) => of(figure, 'figure')[0] ?? { notices: 0, items: 0, in_country: 0 };
  const police = total('police');
  const host = total('host');
  const partner = total('partner');
  return {
    police_transmissions: {
      notices: police.notices,
      items: police.items,
      hosted_in_country: police.in_country,
      share_in_country: shareOf(police.in_country, police.items),
      country: pack.country,
    },
    host_notices: {
      notices: host.notices,
      items: host.items,
      by_recipient_kind: NOTICE_FIGURES.host.map((kind) => {
        const c = of('host', 'kind').find((r) => r.recipient_kind === kind);
        return { recipient_kind: kind, notices: c?.notices ?? 0, items: c?.items ?? 0 };
      }),
      by_purpose: NOTICE_PURPOSES.map((purpose) => ({
        purpose,
        notices: of('host', 'purpose').find((r) => r.purpose === purpose)?.notices ?? 0,
      })),
    },
    partner_forwards: {
      notices: partner.notices,
      items: partner.items,
      by_country: of('partner', 'country')
        .map((c) => ({ country: c.country, items: c.items }))
        .sort((a, b) => b.items - a.items),
    },
  };
}

function removalSection(cells: RemovalCell[]): StatsReport['removal'] {
  const times = (c: RemovalCell | undefined) => {
    const notified = c?.notified ?? 0;
    const removed = c?.removed ?? 0;
    return {
      notified,
      removed,
      still_online: notified - removed,
      rate: shareOf(removed, notified),
      median_hours: hoursOf(c?.median_hours),
      within_24h: shareOf(c?.within_24h ?? 0, notified),
      within_72h: shareOf(c?.within_72h ?? 0, notified),
      within_7d: shareOf(c?.within_7d ?? 0, notified),
    };
  };
  const byCategory = cells.filter((c) => c.category !== null);
  return {
    ...times(cells.find((c) => c.category === null)),
    by_category: byCategory
      .map((c) => ({
        category: c.category as string,
        label: categoryLabel(c.category as string),
        ...times(c),
      }))
      .sort((a, b) => b.notified - a.notified),
  };
}

function dsaSection(cells: Awaited<ReturnType<typeof dsaCells>>): StatsReport['dsa'] {
  const all = cells.find((c) => c.by === 'all');
  const of = (by: string) => cells.filter((c) => c.by === by && c.key !== null);
  return {
    notices: all?.notices ?? 0,
    items: all?.items ?? 0,
    median_hours: hoursOf(all?.median_hours),
    by_provider: of('provider')
      .map((c) => ({
        provider: c.key as string,
        notices: c.notices,
        items: c.items,
        removed: c.removed,
        median_hours: hoursOf(c.median_hours),
      }))
      .sort((a, b) => b.notices - a.notices || a.provider.localeCompare(b.provider)),
    by_content_type: DSA_CATEGORIES.flatMap((type) => {
      const c = of('content_type').find((r) => r.key === type);
      return c ? [{ dsa_category: type, notices: c.notices, items: c.items, removed: c.removed }] : [];
    }),
    by_action: DSA_ACTIONS.map((action) => {
      const n = of('action').find((r) => r.key === action)?.items ?? 0;
      return { action, items: n, share: shareOf(n, all?.items ?? 0) };
    }),
  };
}
