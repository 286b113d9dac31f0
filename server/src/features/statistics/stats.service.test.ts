/**
 * Every figure of the annual report, exactly, on a data set built to exercise each definition:
 * a report received at 00:30 on 1 January in Paris (23:30 UTC the day before) counts in the new year
 * and one at 00:30 on the next 1 January does not; an address named by two reports is one item; a
 * derived item counts among qualified items and removals but not in the illegality rate; notices
 * count when they left (a withheld one never); removal runs from the first notice that left.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { addFixtureReports, type FixtureReport } from './statistics.testing.ts';
import { refreshStatistics } from './statistics-refresh.ts';
import type { StatsReport } from './stats.schemas.ts';
import { computeStatistics } from './stats.service.ts';
import { yearPeriod } from './stats-period.ts';

const CSAM = 'child_sexual_abuse_material';
const HATE = 'hate_racial_religious';
const A = { url: 'https://a.example/x', verdict: 'illegal', category: CSAM, country: 'NL' } as const;

const DATA: FixtureReport[] = [
  {
    // 00:30 on 1 January 2026 in Paris.
    receivedAt: '2025-12-31T23:30:00Z',
    claimed: CSAM,
    items: [
      {
        ...A,
        notices: [
          { kind: 'police_portal', sentAt: '2026-01-02T09:00:00Z' },
          { kind: 'host', sentAt: '2026-01-02T10:00:00Z', recipient: 'Host NL' },
        ],
        removedAt: '2026-01-02T20:00:00Z',
      },
    ],
  },
  // 00:30 on 1 January 2027 in Paris: next year.
  { receivedAt: '2026-12-31T23:30:00Z', items: [{ url: 'https://b.example/', verdict: 'not_illegal' }] },
  {
    receivedAt: '2026-03-15T10:00:00Z',
    channel: 'api',
    reporterKind: 'trusted_flagger',
    claimed: HATE,
    items: [
      {
        url: 'https://c.test/post',
        verdict: 'illegal',
        category: HATE,
        ground: 'religion',
        country: 'FR',
        lookup: { platform: true },
        secondAt: '2026-03-15T16:00:00Z',
        notices: [
          { kind: 'police_portal', sentAt: '2026-03-16T09:00:00Z' },
          { kind: 'host', sentAt: '2026-03-16T10:00:00Z', recipient: 'Host FR', state: 'acknowledged' },
        ],
        removedAt: '2026-03-19T10:00:00Z',
      },
      { url: 'https://d.test/', verdict: 'not_illegal', category: HATE },
      {
        url: 'http://203.0.113.5/i',
        origin: 'derived',
        enteredAt: '2026-03-15T12:00:00Z',
        verdict: 'illegal',
        category: CSAM,
        country: 'NL',
        notices: [{ kind: 'host', sentAt: '2026-03-16T10:00:00Z', recipient: 'Host NL' }],
        removedAt: '2026-03-26T10:00:00Z',
      },
    ],
  },
  // The same address again: still one item.
  {
    receivedAt: '2026-03-20T10:00:00Z',
    items: [{ ...A }, { url: 'https://e.example/', verdict: 'out_of_scope' }],
  },
  {
    receivedAt: '2026-07-01T10:00:00Z',
    channel: 'partner_hotline',
    reporterKind: 'partner_hotline',
    claimed: 'terrorism',
    items: [
      {
        url: 'https://f.example.org/',
        verdict: 'illegal',
        category: 'terrorism',
        country: 'US',
        notices: [
          { kind: 'partner_hotline', sentAt: '2026-07-02T08:00:00Z' },
          { kind: 'host', sentAt: '2026-07-02T10:00:00Z', recipient: 'US Host' },
          { kind: 'host', sentAt: '2026-07-09T10:00:00Z', recipient: 'US Host', purpose: 'reminder' },
        ],
      },
      { url: 'https://g.example/', category: 'terrorism' },
    ],
  },
  {
    receivedAt: '2025-06-10T10:00:00Z',
    claimed: CSAM,
    items: [
      {
        url: 'https://h.example/',
        verdict: 'illegal',
        category: CSAM,
        country: 'FR',
        notices: [{ kind: 'host', sentAt: '2025-06-11T10:00:00Z' }],
        removedAt: '2025-06-12T10:00:00Z',
      },
    ],
  },
  {
    receivedAt: '2026-08-10T10:00:00Z',
    claimed: 'harmful_to_minors',
    items: [
      {
        url: 'https://j.example/',
        verdict: 'harmful_to_minors',
        category: 'harmful_to_minors',
        country: 'FR',
        lookup: { cdn: true },
        notices: [{ kind: 'police_portal', sentAt: '2026-08-11T10:00:00Z', state: 'withheld' }],
      },
      { url: 'https://k.example/', verdict: 'unreachable', category: 'harmful_to_minors' },
    ],
  },
  {
    receivedAt: '2026-11-01T10:00:00Z',
    claimed: CSAM,
    items: [{ url: 'https://l.example/', category: CSAM }],
  },
  // Came in during 2026, qualified only in 2027: in the backlog as the year ended.
  {
    receivedAt: '2026-12-20T10:00:00Z',
    items: [{ url: 'https://m.example/', verdict: 'not_illegal', assessedAt: '2027-01-05T10:00:00Z' }],
  },
];

let t: TestApp;
let report: StatsReport;
const year2026 = yearPeriod(2026, 'Europe/Paris');
before(async () => {
  t = await createTestApp();
  const staff = await signedInStaff(t, 'analyst');
  await addFixtureReports(t.database.db, staff.id, DATA);
  await refreshStatistics(t.database.db);
  report = await computeStatistics(t.database.db, { period: year2026, categories: [] });
});
after(() => t.close());

const row = <T extends Record<string, unknown>>(rows: T[], key: keyof T, value: unknown): T => {
  const found = rows.find((r) => r[key] === value);
  assert.ok(found, `no row with ${String(key)} = ${String(value)}`);
  return found;
};

describe('the 2026 report in Europe/Paris', () => {
  test('totals: reports by local date, items counted once, derived apart, the change from 2025', () => {
    assert.deepEqual(report.period, {
      from: '2026-01-01',
      to: '2026-12-31',
      time_zone: 'Europe/Paris',
      year: 2026,
    });
    assert.deepEqual(report.totals, {
      reports: 7,
      items: 11,
      reported_items: 10,
      derived_items: 1,
      assessed_items: 9,
      illegal_items: 5,
      previous_period: { from: '2025-01-01', to: '2025-12-31', reports: 1 },
      reports_change: 6,
    });
    assert.deepEqual(report.by_year, [
      { year: 2025, reports: 1, change: null },
      { year: 2026, reports: 7, change: 6 },
    ]);
  });

  test('months: twelve, each counted in local time, adding up to the totals', () => {
    assert.equal(report.by_month.length, 12);
    const month = (m: string) => row(report.by_month, 'month', m);
    assert.deepEqual(month('2026-01'), {
      month: '2026-01',
      reports: 1,
      items: 1,
      illegal_items: 1,
      reports_change: null,
    });
    assert.deepEqual(month('2026-03'), {
      month: '2026-03',
      reports: 2,
      items: 4,
      illegal_items: 2,
      reports_change: null,
    });
    assert.equal(month('2026-06').reports_change, -1, 'June 2025 had one report, June 2026 none');
    const sum = (k: 'reports' | 'items' | 'illegal_items') => report.by_month.reduce((s, m) => s + m[k], 0);
    assert.equal(sum('reports'), report.totals.reports);
    assert.equal(sum('items'), report.totals.items);
    assert.equal(sum('illegal_items'), report.totals.illegal_items);
  });

  test('categories: every category of the pack listed, illegal ones adding up to the total', () => {
    assert.equal(report.by_category.length, pack.categories.length + 1);
    assert.deepEqual(
      report.by_category
        .filter((c) => c.assessed > 0)
        .map((c) => [c.category, c.assessed, c.illegal, c.derived_illegal, c.share]),
      [
        [CSAM, 2, 2, 1, 0.4],
        ['terrorism', 1, 1, 0, 0.2],
        [HATE, 2, 1, 0, 0.2],
        ['harmful_to_minors', 2, 1, 0, 0.2],
        ['other', 2, 0, 0, 0],
      ],
    );
    assert.equal(
      report.by_category.reduce((s, c) => s + c.illegal, 0),
      report.totals.illegal_items,
    );
  });

  test('channels and reporter kinds share the reports', () => {
    assert.deepEqual(
      report.by_channel.filter((c) => c.reports > 0).map((c) => [c.channel, c.reports]),
      [
        ['web_form', 5],
        ['api', 1],
        ['partner_hotline', 1],
      ],
    );
    assert.equal(row(report.by_channel, 'channel', 'web_form').share, 0.7143);
    assert.deepEqual(
      report.by_reporter_kind.filter((c) => c.reports > 0).map((c) => [c.reporter_kind, c.reports]),
      [
        ['public', 5],
        ['trusted_flagger', 1],
        ['partner_hotline', 1],
      ],
    );
  });

  test('illegality rate: reported items only, every verdict in the denominator', () => {
    const rate = report.illegality_rate;
    assert.equal(rate.illegal, 4);
    assert.equal(rate.assessed, 8);
    assert.equal(rate.rate, 0.5);
    assert.deepEqual(
      rate.by_verdict.map((v) => [v.verdict, v.items]),
      [
        ['illegal', 3],
        ['harmful_to_minors', 1],
        ['not_illegal', 2],
        ['out_of_scope', 1],
        ['unreachable', 1],
      ],
    );
  });

  test('notices that left: police with the share hosted in France, hosts by purpose, partners by country', () => {
    assert.deepEqual(report.police_transmissions, {
      notices: 2,
      items: 2,
      hosted_in_country: 1,
      share_in_country: 0.5,
      country: 'FR',
    });
    assert.equal(report.host_notices.notices, 5);
    assert.equal(report.host_notices.items, 4);
    assert.deepEqual(row(report.host_notices.by_recipient_kind, 'recipient_kind', 'host'), {
      recipient_kind: 'host',
      notices: 5,
      items: 4,
    });
    assert.deepEqual(
      report.host_notices.by_purpose.map((p) => [p.purpose, p.notices]),
      [
        ['notice', 4],
        ['reminder', 1],
        ['reappeared', 0],
        ['escalation', 0],
      ],
    );
    assert.deepEqual(report.partner_forwards, {
      notices: 1,
      items: 1,
      by_country: [{ country: 'US', items: 1 }],
    });
  });

  test('removal: from the first notice that left, median of the removed, shares of the notified', () => {
    const { by_category, ...all } = report.removal;
    assert.deepEqual(all, {
      notified: 4,
      removed: 3,
      still_online: 1,
      rate: 0.75,
      median_hours: 73,
      within_24h: 0.25,
      within_72h: 0.25,
      within_7d: 0.5,
    });
    const csam = row(by_category, 'category', CSAM);
    assert.deepEqual([csam.notified, csam.removed, csam.rate, csam.median_hours], [2, 2, 1, 125.5]);
  });

  test('hosting countries, child abuse material apart, top-level domains, services, grounds', () => {
    assert.deepEqual(
      report.hosting_countries.all.map((c) => [c.country, c.items, c.share, c.europe]),
      [
        ['FR', 2, 0.4, true],
        ['NL', 2, 0.4, true],
        ['US', 1, 0.2, false],
      ],
    );
    assert.deepEqual(
      report.hosting_countries.child_abuse_material.map((c) => [c.country, c.items, c.share]),
      [['NL', 2, 1]],
    );
    assert.deepEqual(
      report.tlds.map((d) => [d.tld, d.items]),
      [
        ['example', 2],
        ['org', 1],
        ['test', 1],
        [null, 1],
      ],
    );
    assert.deepEqual(
      report.service_types.map((s) => [s.service_type, s.items]),
      [
        ['platform', 1],
        ['behind_cdn', 1],
        ['hosted_site', 3],
        ['unknown', 0],
      ],
    );
    assert.deepEqual(report.hate_grounds, [
      { ground: 'religion', label: { fr: 'Religion', en: 'Religion' }, items: 1, share: 1 },
    ]);
  });

  test('terrorism and the backlog, now and as the year ended', () => {
    assert.deepEqual(report.terrorism, { reported: 2, qualified_illegal: 1, pending: 1 });
    assert.equal(report.backlog.open_now, 2);
    assert.equal(report.backlog.open_at_period_end, 3, 'two open items and one qualified only in 2027');
    assert.deepEqual(
      report.backlog.by_state.map((s) => [s.state, s.items]),
      [
        ['new', 2],
        ['awaiting_second', 0],
        ['disputed', 0],
      ],
    );
  });

  test('DSA trusted-flagger figures: Art. 16 notices by provider, content type and action', () => {
    const dsa = report.dsa;
    assert.equal(dsa.notices, 4, 'the reminder is not a new notice');
    assert.equal(dsa.items, 4);
    assert.equal(dsa.median_hours, 72);
    assert.deepEqual(
      dsa.by_provider.map((p) => [p.provider, p.notices, p.items, p.removed, p.median_hours]),
      [
        ['Host NL', 2, 2, 2, 125],
        ['Host FR', 1, 1, 1, 72],
        ['US Host', 1, 1, 0, null],
      ],
    );
    const dsaOf = (id: string) => pack.categories.find((c) => c.id === id)?.dsaCategory;
    const minors = row(dsa.by_content_type, 'dsa_category', dsaOf(CSAM));
    assert.deepEqual([minors.notices, minors.items, minors.removed], [2, 2, 2]);
    assert.equal(
      dsa.by_content_type.reduce((s, c) => s + c.items, 0),
      dsa.items,
    );
    assert.deepEqual(
      dsa.by_action.map((a) => [a.action, a.items, a.share]),
      [
        ['removed', 3, 0.75],
        ['not_removed', 1, 0.25],
        ['not_followed', 0, 0],
      ],
    );
  });
});

describe('filters and other periods', () => {
  test('a category filter keeps its reports, items and notices', async () => {
    const csam = await computeStatistics(t.database.db, { period: year2026, categories: [CSAM] });
    assert.equal(csam.totals.reports, 2, 'reports claiming it');
    assert.equal(csam.totals.items, 3);
    assert.equal(csam.totals.illegal_items, 2);
    assert.equal(csam.police_transmissions.notices, 1);
    assert.equal(csam.removal.notified, 2);
  });

  test('2025 holds the report of 10 June and not the one received at 23:30 UTC on 31 December', async () => {
    const y = await computeStatistics(t.database.db, {
      period: yearPeriod(2025, 'Europe/Paris'),
      categories: [],
    });
    assert.equal(y.totals.reports, 1);
    assert.equal(y.removal.notified, 1);
    assert.equal(y.removal.median_hours, 24);
  });

  test('in UTC the report of 23:30 on 31 December 2025 belongs to 2025', async () => {
    const utc = await computeStatistics(t.database.db, { period: yearPeriod(2026, 'UTC'), categories: [] });
    assert.equal(utc.totals.reports, 7, 'loses 31 Dec 2025 23:30, gains 31 Dec 2026 23:30');
    assert.equal(utc.totals.previous_period.reports, 2);
  });
});

describe('the summary refresh', () => {
  test('rewrites only what changed', async () => {
    const db = t.database.db;
    assert.equal((await refreshStatistics(db)).changed, 0, 'nothing changed since the last refresh');
    await db.execute(
      sql`update assessments set verdict = 'not_illegal' where item_id = (select id from items where url = 'https://k.example/')`,
    );
    assert.equal((await refreshStatistics(db)).changed, 1);
    const after = await computeStatistics(db, { period: year2026, categories: [] });
    assert.equal(row(after.illegality_rate.by_verdict, 'verdict', 'unreachable').items, 0);
    assert.equal(row(after.illegality_rate.by_verdict, 'verdict', 'not_illegal').items, 3);
  });
});
