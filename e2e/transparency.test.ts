/**
 * The public transparency page in a real browser with JavaScript off, as hardened browsers see it:
 * a known data set's figures (server/src/features/statistics/pages/transparency.testing.ts, twice over,
 * so the charts have something to draw), "< 5" for small counts, the year choice and the language
 * switch; no horizontal scrolling at 1280 and 390 px, and no axe-core violations at either width. Screenshots land in
 * e2e/screenshots/ (transparency-*).
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { refreshStatistics } from '../server/src/features/statistics/index.ts';
import { localMonth } from '../server/src/features/statistics/pages/transparency.service.ts';
import { buildTransparencyDataSet } from '../server/src/features/statistics/pages/transparency.testing.ts';
import { loadConfig } from '../server/src/platform/config.ts';
import { createSecretBox } from '../server/src/platform/crypto/secret-box.ts';
import type { Database } from '../server/src/platform/db/database.ts';
import { createServer, migrateDatabase, openConfiguredDatabase } from '../server/src/server.ts';
import { makeDataDir } from '../server/src/testing/server-process.ts';
import { browser, closeBrowser, newPage, screenshot } from './support/browser.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

const currentYear = Number(localMonth(new Date(), 'Europe/Paris').slice(0, 4));
const year = currentYear - 1;
const WIDTHS = [1280, 390] as const;

const dataDir = makeDataDir('vigie-e2e-transparency-');
let database: Database;
let app: FastifyInstance;
let origin: string;
before(async () => {
  // The whole application in this process, on an embedded database holding the data set: opening
  // that database once more in a `vigie start` child would double the set-up time.
  const key = crypto.randomBytes(32);
  const config = loadConfig({
    VIGIE_DATA_DIR: dataDir,
    VIGIE_SECRET_KEY: key.toString('base64'),
    // No jobs: nothing looks the made-up addresses up, and the figures stay the ones below.
    VIGIE_JOBS: 'off',
    LOG_LEVEL: 'warn',
  });
  database = await openConfiguredDatabase(config);
  await migrateDatabase(database);
  await buildTransparencyDataSet(
    { db: database.db, secretBox: createSecretBox(key) },
    { year, currentYear, copies: 2 },
  );
  await refreshStatistics(database.db);
  app = await createServer(config, database, { logStream: new PassThrough() });
  origin = await app.listen({ host: '127.0.0.1', port: 0 });
});
after(async () => {
  await closeBrowser();
  await app?.close();
  await database?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Every kind of space as one space: French puts narrow no-break spaces before % and inside « ». */
const spaced = (value: string | null) => (value ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const text = async (page: Page, selector: string) => spaced(await page.textContent(selector));
/** The first key figure (reports received): its value, or the note under it. */
const reportsReceived = async (page: Page, part: 'value' | 'note' = 'value') =>
  spaced(await page.textContent(`.key-figures > div:first-child .figure-${part}`));

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the transparency page with JavaScript off', () => {
  for (const width of WIDTHS) {
    test(`shows the year's figures, the years and both languages at ${width} px`, async () => {
      const { context, page } = await newPage({ javaScriptEnabled: false });
      try {
        await page.setViewportSize({ width, height: 900 });
        const response = await page.goto(`${origin}/transparency`);
        assert.equal(response?.status(), 200);
        assert.equal(await page.getAttribute('html', 'lang'), 'fr');
        assert.equal(await text(page, 'h1'), `Transparence : nos chiffres ${year}`);
        assert.equal(await reportsReceived(page), '60');
        assert.equal(await reportsReceived(page, 'note'), `+650 % par rapport à ${year - 1}`);
        const grooming = page.locator('#categories-title + table tr', {
          hasText: 'Propositions sexuelles à un enfant',
        });
        assert.deepEqual((await grooming.locator('td').allTextContents()).map(spaced), ['< 5', 'masqué']);
        assert.equal(await page.locator('.month-chart rect.column').count(), 8);
        await screenshot(page, `transparency-fr-${width}`);

        // The year before, through the year choice.
        await Promise.all([page.waitForURL(/year=/), page.click(`.year-choice a:text("${year - 1}")`)]);
        assert.equal(await text(page, 'h1'), `Transparence : nos chiffres ${year - 1}`);
        assert.equal(await page.getAttribute(`.year-choice a:text("${year - 1}")`, 'aria-current'), 'page');
        assert.equal(await reportsReceived(page), '8');

        // English through the visible switch; the year stays.
        await Promise.all([page.waitForURL(/lang=en/), page.click('a.lang-switch')]);
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
        assert.equal(await text(page, 'h1'), `Transparency: our figures for ${year - 1}`);
        await page.goto(`${origin}/transparency`);
        assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the choice is remembered');
        assert.ok((await overflow(page)) <= 0, `no horizontal scrolling at ${width} px`);
        await screenshot(page, `transparency-en-${width}`);
      } finally {
        await context.close();
      }
    });
  }
});

describe('accessibility (axe-core)', () => {
  test('no violations at 1280 px (French, a past year) and 390 px (English, the year in progress)', async () => {
    // axe is injected as an inline script, which the page's CSP rightly refuses: bypass it here only.
    const context = await (await browser()).newContext({ bypassCSP: true, locale: 'fr-FR' });
    const page = await context.newPage();
    try {
      const checks = [
        { width: 1280, path: '/transparency?lang=fr' },
        { width: 390, path: `/transparency?year=${currentYear}&lang=en` },
      ];
      for (const { width, path } of checks) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${origin}${path}`);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
          const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(
            (v: { id: string; nodes: { target: string[] }[] }) =>
              `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ) as string[];
        });
        assert.deepEqual(violations, [], `${path} at ${width} px: ${violations.join('; ')}`);
      }
      await screenshot(page, 'transparency-current-year-en-390');
    } finally {
      await context.close();
    }
  });
});
