/**
 * The statistics dashboard and the printable annual report in a real browser against the real
 * server, on a small demo data set spread over two calendar years. A supervisor refreshes the figures
 * and finds the API's numbers on screen; changing the year, then a category, changes them; the CSV
 * of the monthly table holds the API's rows; axe finds nothing at 1280 and 390 px; no chart is
 * refused by the Content-Security-Policy. The report page is drawn in French with the staff session,
 * and in English the way `vigie stats --pdf` loads it: no session, its two API calls answered by the
 * test. An analyst is offered no statistics. Screenshots land in e2e/screenshots/ (stats-*).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { StatsReport } from '../web/src/api/types.ts';
import { closeBrowser, newPage, screenshot } from './support/browser.ts';
import { apiAs, type DemoServer, demoAccount, signInStaff, startDemoServer } from './support/demo-staff.ts';
import { assertNoAxeViolations, buildStaffApp } from './support/staff-app.ts';

let demo: DemoServer;
let supervisor: Page;
let analyst: Page;
/** What the Content-Security-Policy refused, on any page the test opened. */
const refused: string[] = [];

function watchPolicy(page: Page) {
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text());
  });
}

before(async () => {
  buildStaffApp();
  demo = await startDemoServer({
    name: 'stats',
    demoArgs: ['--reports', '20', '--days', '400', '--seed', '7'],
  });
  [supervisor, analyst] = await Promise.all([
    signInStaff(demo.url, demoAccount(demo.accounts, 'supervisor')),
    signInStaff(demo.url, demoAccount(demo.accounts, 'analyst')),
  ]);
  watchPolicy(supervisor);
});

after(async () => {
  await closeBrowser();
  await demo?.stop();
});

const stats = (page: Page, query: string) => apiAs<StatsReport>(page, 'GET', `/api/stats?${query}`);
const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

/** A key number as shown: its card in the section, by its label. */
const keyNumber = (page: Page, section: string, label: string) =>
  page
    .locator(`#stats-${section} .stats-numbers > div`)
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('.stat-value');

async function expectKeyNumber(page: Page, section: string, label: string, value: number) {
  const cell = keyNumber(page, section, label);
  const deadline = Date.now() + 10_000;
  while (digits(await cell.textContent()) !== String(value)) {
    if (Date.now() > deadline)
      assert.fail(`${label}: ${await cell.textContent()} on screen, ${value} expected`);
    await page.waitForTimeout(100);
  }
}

let year = 0;

test('a supervisor reads, filters and downloads the figures', { timeout: 60_000 }, async () => {
  const page = supervisor;
  await page.getByRole('navigation').getByRole('link', { name: 'Statistiques' }).click();
  await page.getByRole('heading', { name: 'Statistiques', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Actualiser maintenant' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Chiffres actualisés/ })
    .waitFor();

  const now = (await stats(page, '')).body;
  year = now.period.year ?? 0;
  assert.ok(now.totals.reports > 0, 'the demo has reports this year');
  await expectKeyNumber(page, 'totals', 'Signalements', now.totals.reports);
  await expectKeyNumber(page, 'totals', 'Contenus illicites', now.totals.illegal_items);

  // The year before: other figures.
  const before = (await stats(page, `year=${year - 1}`)).body;
  assert.notEqual(before.totals.reports, now.totals.reports, 'the demo differs from one year to the next');
  await page.getByLabel('Année', { exact: true }).selectOption(String(year - 1));
  await expectKeyNumber(page, 'totals', 'Signalements', before.totals.reports);
  assert.match(page.url(), new RegExp(`year=${year - 1}`));

  // One category: the illegal items of that category only.
  await page.getByLabel('Année', { exact: true }).selectOption(String(year));
  const category = [...now.by_category].sort((a, b) => b.illegal - a.illegal)[0];
  assert.ok(category && category.illegal < now.totals.illegal_items, 'several categories have illegal items');
  await page.locator('.stats-categories > summary').click();
  await page.getByRole('checkbox', { name: category.label.fr }).check();
  const filtered = (await stats(page, `year=${year}&category=${category.category}`)).body;
  await expectKeyNumber(page, 'totals', 'Contenus illicites', filtered.totals.illegal_items);
  await page.locator('.stats-categories > summary').click();

  // The monthly table as CSV: the API's months and counts.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger « Signalements par mois » en CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `vigie-stats-${year}-by-month.csv`);
  const csv = fs
    .readFileSync(await download.path(), 'utf8')
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
  assert.deepEqual(csv[0], ['Mois', 'Signalements', 'Contenus', 'Illicites', 'Évolution sur un an (%)']);
  assert.deepEqual(
    csv.slice(1).map((row) => [row[0], Number(row[1]), Number(row[3])]),
    filtered.by_month.map((m) => [m.month, m.reports, m.illegal_items]),
  );

  // Definitions and a table open, so axe reads them too.
  await page.locator('#stats-totals').getByText('Ce que comptent ces chiffres').click();
  await page.locator('#figure-by-month').getByText('Tableau des données').click();
  await assertNoAxeViolations(page, 'the statistics dashboard at 1280 px');
  await screenshot(page, 'stats-dashboard-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await assertNoAxeViolations(page, 'the statistics dashboard at 390 px');
  await screenshot(page, 'stats-dashboard-390');
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.deepEqual(refused, [], 'the Content-Security-Policy refused something');
});

test('the printable report is drawn in French and in English', { timeout: 30_000 }, async () => {
  assert.ok(year > 0, 'the dashboard test found the year');
  // French, with the staff session: it asks the server for its two URLs and nothing else.
  const report = await supervisor.context().newPage();
  watchPolicy(report);
  const asked: string[] = [];
  report.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) asked.push(`${url.pathname}${url.search}`);
  });
  await report.goto(`${demo.url}/app/report.html?year=${year}&lang=fr`);
  await report.locator('body[data-ready="true"]').waitFor();
  await report.getByRole('heading', { name: `Rapport annuel ${year}`, level: 1 }).waitFor();
  assert.deepEqual(asked.sort(), ['/api/stats/definitions', `/api/stats?year=${year}`]);
  assert.ok((await report.locator('svg.stats-plot').count()) >= 10, 'the charts are drawn');
  await assertNoAxeViolations(report, 'the printable report');
  await screenshot(report, 'stats-report-fr');

  // English, as the command line loads it: no session, both answers given by the test.
  const figures = (await stats(supervisor, `year=${year}`)).body;
  const definitions = (await apiAs(supervisor, 'GET', '/api/stats/definitions')).body;
  const { context, page } = await newPage({ locale: 'en-GB' });
  watchPolicy(page);
  await page.route(`**/api/stats?year=${year}`, (route) => route.fulfill({ json: figures }));
  await page.route('**/api/stats/definitions', (route) => route.fulfill({ json: definitions }));
  await page.goto(`${demo.url}/app/report.html?year=${year}&lang=en`);
  await page.locator('body[data-ready="true"]').waitFor();
  await page.getByRole('heading', { name: `${year} annual report`, level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Reports per month', level: 3 }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdf.subarray(0, 5).toString() === '%PDF-' && pdf.length > 20_000, 'a PDF comes out');
  await context.close();
  await report.close();
  assert.deepEqual(refused, [], 'the Content-Security-Policy refused something');
});

test('an analyst is offered no statistics', { timeout: 15_000 }, async () => {
  const nav = analyst.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('link', { name: 'File' }).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'Statistiques' }).count(), 0);
  assert.equal((await stats(analyst, '')).status, 403);
});
