/**
 * The figures over HTTP and on the command line: who may read them, what a bad period or category
 * gets, the refresh, and that `vigie stats` prints the same figures as JSON and as CSV tables.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenConfigured } from '../../platform/auth/admin-create.command.ts';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { captureCli } from '../../testing/cli-capture.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { addFixtureReports } from './statistics.testing.ts';
import { runStatsCommand } from './stats.command.ts';

let t: TestApp;
let supervisor: StaffAgent;
let analyst: StaffAgent;
before(async () => {
  t = await createTestApp({ VIGIE_TIME_ZONE: 'Europe/Paris' });
  supervisor = await signedInStaff(t, 'supervisor');
  analyst = await signedInStaff(t, 'analyst');
  await addFixtureReports(t.database.db, analyst.id, [
    {
      receivedAt: '2024-05-02T10:00:00Z',
      claimed: 'pimping',
      items: [{ url: 'https://one.example/', verdict: 'illegal', category: 'pimping', country: 'FR' }],
    },
    {
      receivedAt: '2024-05-03T10:00:00Z',
      channel: 'api',
      items: [{ url: 'https://two.example/', verdict: 'not_illegal' }],
    },
  ]);
});
after(() => t.close());

const open: OpenConfigured = async () => ({ config: t.config, database: t.database, close: async () => {} });
const cli = (argv: string[]) => captureCli((io) => runStatsCommand(argv, io, open));

describe('GET /api/stats', () => {
  test('a supervisor reads the year’s figures once the summary is refreshed; an analyst may not', async () => {
    const refreshed = await supervisor.inject({ method: 'POST', url: '/api/stats/refresh' });
    assert.equal(refreshed.statusCode, 200, refreshed.body);
    assert.equal(refreshed.json().changed, 2);
    const res = await supervisor.inject({ url: '/api/stats?year=2024' });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.totals.reports, 2);
    assert.equal(body.totals.illegal_items, 1);
    assert.equal(body.refreshed_at, refreshed.json().refreshed_at);
    const filtered = await supervisor.inject({
      url: '/api/stats?from=2024-05-01&to=2024-05-02&category=pimping',
    });
    assert.equal(filtered.json().totals.reports, 1);
    assert.deepEqual(filtered.json().categories, ['pimping']);
    assert.equal((await analyst.inject({ url: '/api/stats?year=2024' })).statusCode, 403);
    assert.equal((await t.app.inject({ url: '/api/stats?year=2024' })).statusCode, 401);
  });

  test('a bad period or an unknown category is a 400 that says what is wrong', async () => {
    const cases: Array<[string, string]> = [
      ['year=2024&from=2024-01-01&to=2024-02-01', 'stats.period'],
      ['from=2024-03-01&to=2024-02-01', 'stats.period'],
      ['from=2024-03-01', 'stats.period'],
      ['from=1990-01-01&to=2024-01-01', 'stats.period'],
      ['from=2024-02-30&to=2024-03-01', 'request.invalid'],
      ['category=pimping,nonsense', 'stats.unknown_category'],
    ];
    for (const [query, code] of cases) {
      const res = await supervisor.inject({ url: `/api/stats?${query}` });
      assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
      assert.match(res.json().error.code, new RegExp(`^${code.replace('.', '\\.')}`), query);
    }
  });

  test('definitions: every figure’s meaning in French and English', async () => {
    const res = await supervisor.inject({ url: '/api/stats/definitions' });
    const removal = res.json().definitions.find((d: { key: string }) => d.key === 'removal');
    assert.match(removal.text.en, /first notice/);
    assert.match(removal.text.fr, /première notification/);
  });
});

describe('vigie stats', () => {
  test('--format json prints the figures the API gives', async () => {
    const res = await cli(['--year', '2024']);
    assert.equal(res.code, 0, res.stderr);
    const body = JSON.parse(res.stdout);
    assert.equal(body.totals.reports, 2);
    assert.deepEqual(body.period, {
      from: '2024-01-01',
      to: '2024-12-31',
      time_zone: 'Europe/Paris',
      year: 2024,
    });
  });

  test('--format csv prints one table per section; --section one alone', async () => {
    const all = await cli(['--year', '2024', '--format', 'csv']);
    assert.equal(all.code, 0, all.stderr);
    assert.match(all.stdout, /^# period\r\nfigure,value\r\n/);
    assert.match(
      all.stdout,
      /\r\n# by_month\r\nmonth,reports,items,illegal_items,reports_change\r\n2024-01,0,0,0,\r\n/,
    );
    const channels = await cli(['--year', '2024', '--format', 'csv', '--section', 'by_channel']);
    assert.equal(channels.stdout.split('\r\n')[0], 'channel,reports,share');
    assert.ok(channels.stdout.includes('\r\nweb_form,1,0.5\r\napi,1,0.5\r\n'), channels.stdout);
    const unknown = await cli(['--format', 'csv', '--section', 'nope']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no section "nope"; sections: period, totals/);
  });

  test('wrong options exit 2 with one line', async () => {
    for (const argv of [
      ['--format', 'xml'],
      ['--year', 'soon'],
      ['--section', 'totals'],
      ['--lang', 'de'],
      ['--bogus'],
    ]) {
      const res = await cli(argv);
      assert.equal(res.code, 2, argv.join(' '));
      assert.equal(res.stderr.trim().split('\n').length, 1, res.stderr);
      assert.match(res.stderr, /^vigie stats: /);
    }
    const help = await cli(['--help']);
    assert.match(help.stdout, /^usage: vigie stats --year Y/);
  });
});
