import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pack } from '../../../jurisdictions/index.ts';
import type { StatsReport } from '../stats.schemas.ts';
import { publicFigures, TOP_COUNTRIES } from './public-figures.ts';

const label = (id: string) => ({ fr: id, en: id });
const times = { notified: 0, removed: 0, still_online: 0, rate: null, median_hours: null };
const within = { within_24h: null, within_72h: null, within_7d: null };

/** A year's report with nothing in it but what each test sets. */
function report(year: number, change: Partial<StatsReport> = {}): StatsReport {
  return {
    period: { from: `${year}-01-01`, to: `${year}-12-31`, time_zone: 'Europe/Paris', year },
    categories: [],
    generated_at: '2026-03-04T05:06:07.000Z',
    refreshed_at: '2026-03-04T05:01:02.000Z',
    totals: {
      reports: 0,
      items: 0,
      reported_items: 0,
      derived_items: 0,
      assessed_items: 0,
      illegal_items: 0,
      previous_period: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31`, reports: 0 },
      reports_change: null,
    },
    by_year: [],
    by_month: Array.from({ length: 12 }, (_, i) => ({
      month: `${year}-${String(i + 1).padStart(2, '0')}`,
      reports: 0,
      items: 0,
      illegal_items: 0,
      reports_change: null,
    })),
    by_category: [],
    by_channel: [],
    by_reporter_kind: [],
    illegality_rate: { illegal: 0, assessed: 0, rate: null, by_verdict: [] },
    police_transmissions: {
      notices: 0,
      items: 0,
      hosted_in_country: 0,
      share_in_country: null,
      country: 'FR',
    },
    host_notices: { notices: 0, items: 0, by_recipient_kind: [], by_purpose: [] },
    partner_forwards: { notices: 0, items: 0, by_country: [] },
    removal: { ...times, ...within, by_category: [] },
    hosting_countries: { all: [], child_abuse_material: [] },
    tlds: [],
    service_types: [],
    hate_grounds: [],
    terrorism: { reported: 0, qualified_illegal: 0, pending: 0 },
    backlog: { open_now: 0, open_at_period_end: 0, oldest_open_days: null, by_state: [] },
    dsa: { notices: 0, items: 0, median_hours: null, by_provider: [], by_content_type: [], by_action: [] },
    ...change,
  };
}

test('hosting countries: the ten largest exact counts, the hidden ones after in code order, the rest together', () => {
  // 13 known countries and the unknown, 124 items in all.
  const counts: Record<string, number> = {
    NL: 30,
    US: 25,
    DE: 12,
    FR: 9,
    RU: 7,
    GB: 6,
    CA: 5,
    SE: 5,
    BG: 4,
    AT: 3,
    LU: 1,
    PL: 2,
    UA: 2,
  };
  const all = [
    ...Object.entries(counts).map(([country, items]) => ({ country, items, share: null, europe: true })),
    { country: null, items: 13, share: null, europe: false },
  ];
  const total = 124;
  const { hostingCountries } = publicFigures(
    report(2025, { hosting_countries: { all, child_abuse_material: [] } }),
    5,
    '2026-03',
  );
  assert.equal(hostingCountries.top.length, TOP_COUNTRIES);
  assert.deepEqual(
    hostingCountries.top.map((r) => [r.country, r.items]),
    [
      ['NL', 30],
      ['US', 25],
      ['DE', 12],
      ['FR', 9],
      ['RU', 7],
      ['GB', 6],
      ['CA', 5],
      ['SE', 5],
      // Hidden counts keep no ranking: code order, whatever their sizes (AT 3, BG 4).
      ['AT', 'hidden'],
      ['BG', 'hidden'],
    ],
  );
  assert.equal(hostingCountries.top[0]?.share, Math.round((30 / total) * 10_000) / 10_000);
  assert.equal(hostingCountries.top[8]?.share, 'hidden');
  // LU 1 + PL 2 + UA 2: five items together, shown (the rest is a count like any other).
  assert.deepEqual(hostingCountries.rest, { countries: 3, items: 5, share: 0.0403 });
  assert.deepEqual(hostingCountries.unknown, { items: 13, share: 0.1048 });
});

test('a breakdown lists exact counts by size, then hidden ones in the pack’s order, and leaves zeros out', () => {
  const [a, b, c, d] = pack.categories.map((category) => category.id);
  const row = (category: string | undefined, illegal: number) => ({
    category: category ?? '',
    label: label(category ?? ''),
    assessed: illegal,
    illegal,
    derived_illegal: 0,
    share: null,
  });
  const figures = publicFigures(
    report(2025, {
      totals: { ...report(2025).totals, illegal_items: 20 },
      by_category: [row(a, 1), row(b, 4), row(c, 15), row(d, 0)],
    }),
    5,
    '2026-03',
  );
  assert.deepEqual(
    figures.categories.map((r) => [r.label.fr, r.illegal, r.share]),
    [
      [c, 15, 0.75],
      [a, 'hidden', 'hidden'],
      [b, 'hidden', 'hidden'],
    ],
  );
});

test('removal: a share of items removed within a time is hidden when the items behind it are few', () => {
  const removal = {
    ...times,
    notified: 40,
    removed: 30,
    rate: 0.75,
    median_hours: 20,
    within_24h: 0.075, // 3 of 40
    within_72h: 0.5,
    within_7d: 0.6, // 24 of 40
    by_category: [],
  };
  const figures = publicFigures(report(2025, { removal }), 5, '2026-03');
  assert.deepEqual(figures.removal, {
    notified: 40,
    removed: 30,
    rate: 0.75,
    medianHours: 20,
    within24h: 'hidden',
    within7d: 0.6,
  });
  const few = publicFigures(report(2025, { removal: { ...removal, removed: 3, rate: 0.075 } }), 5, '2026-03');
  assert.equal(few.removal.medianHours, 'hidden', 'the median of three removals');
  assert.equal(few.removal.rate, 'hidden');
});

test('the year in progress: its months so far, and no change against a whole year', () => {
  const totals = { ...report(2026).totals, reports: 40, reports_change: -0.5 };
  totals.previous_period.reports = 80;
  const running = publicFigures(report(2026, { totals }), 5, '2026-03');
  assert.equal(running.inProgress, true);
  assert.deepEqual(
    running.months.map((m) => m.month),
    ['2026-01', '2026-02', '2026-03'],
  );
  assert.equal(running.reports.change, null);
  const past = publicFigures(report(2025, { totals }), 5, '2026-03');
  assert.equal(past.inProgress, false);
  assert.equal(past.months.length, 12);
  assert.equal(past.reports.change, -0.5);
});

test('keeps nothing a visitor could find someone by: providers, domains, services, the backlog, exact times', () => {
  const figures = publicFigures(
    report(2025, {
      tlds: [{ tld: 'onion', items: 40, share: 1 }],
      service_types: [{ service_type: 'platform', items: 40, share: 1 }],
      backlog: { open_now: 7, open_at_period_end: 3, oldest_open_days: 412, by_state: [] },
      dsa: {
        notices: 40,
        items: 40,
        median_hours: 13.3,
        by_provider: [
          { provider: 'Hébergeur Exemple SAS', notices: 40, items: 40, removed: 0, median_hours: 13.3 },
        ],
        by_content_type: [],
        by_action: [],
      },
    }),
    5,
    '2026-03',
  );
  const text = JSON.stringify(figures);
  for (const absent of ['onion', 'platform', 'Hébergeur', '412', '13.3', '2026-03-04', '05:0']) {
    assert.ok(!text.includes(absent), absent);
  }
});
