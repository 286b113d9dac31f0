/**
 * What the public transparency page may show of a year's report (stats.schemas.ts), and nothing else:
 * aggregates by month, category, channel, recipient kind, country and protected ground. Addresses,
 * top-level domains, providers' names, the backlog and every date finer than a month stay out; every
 * count and every figure computed from counts goes through the disclosure rule (small-counts.ts).
 * Pure, so the page's content can be tested without a database.
 */
import type { Localised } from '../../../jurisdictions/jurisdiction.ts';
import type { Channel } from '../../intake/index.ts';
import type { RecipientKind } from '../../notices/index.ts';
import type { StatsReport } from '../stats.schemas.ts';
import { shareOf } from '../stats-numbers.ts';
import { type Disclosed, type Disclosure, disclose } from './small-counts.ts';

/** Hosting countries are listed one by one up to this many; the others are added up together. */
export const TOP_COUNTRIES = 10;

type Count = Exclude<Disclosed, null>;

export type PublicFigures = {
  year: number;
  /** The year is still running: figures so far, its months up to now, no change against last year. */
  inProgress: boolean;
  /** Counts above zero under this show as "< threshold". */
  threshold: number;
  reports: { total: Count; previousYear: number; previous: Count; change: Disclosed };
  months: Array<{ month: string; reports: Count }>;
  items: {
    assessed: Count;
    illegal: Count;
    /** Reported items only (derived items left out), with the counts it divides. */
    illegality: { illegal: Count; assessed: Count; rate: Disclosed };
  };
  categories: Array<{ label: Localised; illegal: Count; share: Disclosed }>;
  channels: Array<{ channel: Channel; reports: Count; share: Disclosed }>;
  removal: {
    notified: Count;
    removed: Count;
    rate: Disclosed;
    medianHours: Disclosed;
    within24h: Disclosed;
    within7d: Disclosed;
  };
  police: { country: string; notices: Count; items: Count; inCountry: Count; shareInCountry: Disclosed };
  hostNotices: {
    notices: Count;
    items: Count;
    byRecipient: Array<{ kind: RecipientKind; notices: Count; items: Count }>;
  };
  partnerForwards: {
    notices: Count;
    items: Count;
    byCountry: Array<{ country: string | null; items: Count }>;
  };
  hostingCountries: {
    top: Array<{ country: string; items: Count; share: Disclosed }>;
    /** The countries after the first ten, together. */
    rest: { countries: number; items: Count; share: Disclosed } | null;
    unknown: { items: Count; share: Disclosed } | null;
  };
  hateGrounds: Array<{ label: Localised; items: Count; share: Disclosed }>;
  terrorism: { reported: Count; qualifiedIllegal: Count; pending: Count };
};

/**
 * Exact counts first, most first; then the hidden ones in the order they came (ranking them would tell
 * their sizes apart); zeros left out.
 */
function ranked<T>(rows: T[], count: (row: T) => Count): T[] {
  const exact = rows.filter((r) => typeof count(r) === 'number' && count(r) !== 0);
  const hidden = rows.filter((r) => count(r) === 'hidden');
  return [...exact.sort((a, b) => (count(b) as number) - (count(a) as number)), ...hidden];
}

/** A neutral order (by code, the unknown last) for rows whose hidden counts must keep no ranking. */
const byKey =
  <T>(key: (row: T) => string | null) =>
  (a: T, b: T): number => {
    const [x, y] = [key(a), key(b)];
    return x === y ? 0 : x === null ? 1 : y === null ? -1 : x.localeCompare(y);
  };

/** `part` of `whole` as a share the page may show. */
const shareFor = (d: Disclosure, part: number, whole: number) => d.derived(shareOf(part, whole), part, whole);

/** A share of `whole` back to the count it was computed from (the report keeps shares of a few figures). */
const countOf = (share: number | null, whole: number) => Math.round((share ?? 0) * whole);

function hostingCountries(d: Disclosure, rows: StatsReport['hosting_countries']['all']) {
  const total = rows.reduce((sum, r) => sum + r.items, 0);
  const known = rows
    .filter((r): r is typeof r & { country: string } => r.country !== null)
    .sort(byKey((r) => r.country))
    .map((r) => ({ ...r, shown: d.count(r.items) }));
  const order = ranked(known, (r) => r.shown);
  const top = order.slice(0, TOP_COUNTRIES);
  const others = order.slice(TOP_COUNTRIES);
  const restItems = others.reduce((sum, r) => sum + r.items, 0);
  const unknown = rows.find((r) => r.country === null)?.items ?? 0;
  return {
    top: top.map((r) => ({ country: r.country, items: r.shown, share: shareFor(d, r.items, total) })),
    rest:
      others.length > 0
        ? { countries: others.length, items: d.count(restItems), share: shareFor(d, restItems, total) }
        : null,
    unknown: unknown > 0 ? { items: d.count(unknown), share: shareFor(d, unknown, total) } : null,
  };
}

/**
 * The page's figures for one year's report. `currentMonth` (YYYY-MM, local) says whether the year is
 * still running and which of its months have begun.
 */
export function publicFigures(report: StatsReport, threshold: number, currentMonth: string): PublicFigures {
  const d = disclose(threshold);
  const year = report.period.year ?? Number(report.period.from.slice(0, 4));
  const inProgress = currentMonth.startsWith(`${year}-`);
  const { totals, removal, police_transmissions: police, host_notices: host } = report;
  const partner = report.partner_forwards;
  const rate = report.illegality_rate;
  const groundTotal = report.hate_grounds.reduce((sum, g) => sum + g.items, 0);
  const within = (share: number | null) =>
    d.derived(share, countOf(share, removal.notified), removal.notified);

  return {
    year,
    inProgress,
    threshold,
    reports: {
      total: d.count(totals.reports),
      previousYear: year - 1,
      previous: d.count(totals.previous_period.reports),
      change: inProgress
        ? null
        : d.derived(totals.reports_change, totals.reports, totals.previous_period.reports),
    },
    months: report.by_month
      .filter((m) => m.month <= currentMonth)
      .map((m) => ({ month: m.month, reports: d.count(m.reports) })),
    items: {
      assessed: d.count(totals.assessed_items),
      illegal: d.count(totals.illegal_items),
      illegality: {
        illegal: d.count(rate.illegal),
        assessed: d.count(rate.assessed),
        rate: d.derived(rate.rate, rate.illegal, rate.assessed),
      },
    },
    categories: ranked(
      report.by_category.map((c) => ({
        label: c.label,
        illegal: d.count(c.illegal),
        share: shareFor(d, c.illegal, totals.illegal_items),
      })),
      (c) => c.illegal,
    ),
    channels: report.by_channel.map((c) => ({
      channel: c.channel,
      reports: d.count(c.reports),
      share: shareFor(d, c.reports, totals.reports),
    })),
    removal: {
      notified: d.count(removal.notified),
      removed: d.count(removal.removed),
      rate: shareFor(d, removal.removed, removal.notified),
      medianHours: d.derived(removal.median_hours, removal.removed),
      within24h: within(removal.within_24h),
      within7d: within(removal.within_7d),
    },
    police: {
      country: police.country,
      notices: d.count(police.notices),
      items: d.count(police.items),
      inCountry: d.count(police.hosted_in_country),
      shareInCountry: shareFor(d, police.hosted_in_country, police.items),
    },
    hostNotices: {
      notices: d.count(host.notices),
      items: d.count(host.items),
      byRecipient: host.by_recipient_kind.map((r) => ({
        kind: r.recipient_kind,
        notices: d.count(r.notices),
        items: d.count(r.items),
      })),
    },
    partnerForwards: {
      notices: d.count(partner.notices),
      items: d.count(partner.items),
      byCountry: ranked(
        [...partner.by_country]
          .sort(byKey((c) => c.country))
          .map((c) => ({ country: c.country, items: d.count(c.items) })),
        (c) => c.items,
      ),
    },
    hostingCountries: hostingCountries(d, report.hosting_countries.all),
    hateGrounds: ranked(
      [...report.hate_grounds].sort(byKey((g) => g.ground)).map((g) => ({
        label: g.label,
        items: d.count(g.items),
        share: shareFor(d, g.items, groundTotal),
      })),
      (g) => g.items,
    ),
    terrorism: {
      reported: d.count(report.terrorism.reported),
      qualifiedIllegal: d.count(report.terrorism.qualified_illegal),
      pending: d.count(report.terrorism.pending),
    },
  };
}
