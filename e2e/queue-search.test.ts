/**
 * "Have we seen this before?" in the queue, in a real browser against the real server with the demo
 * data: "/" goes to the search box, a domain finds its host and subdomain (one of them already
 * assessed, shown closed with its verdict) but not a look-alike, the address keeps ?q= through a
 * reload, Escape clears it, a tracking code finds its report's items, a search with no match says so,
 * and a too-short one is explained. Axe checks and screenshots (queue-search-*) at 1280 and 390 px.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ServerProcess } from '../server/src/testing/server-process.ts';
import { closeBrowser, screenshot } from './support/browser.ts';
import {
  apiAs,
  type DemoAccount,
  type DemoServer,
  demoAccount,
  signInStaff,
  startDemoServer,
} from './support/demo-staff.ts';
import { assertNoAxeViolations, buildStaffApp } from './support/staff-app.ts';

const DOMAIN = 'recherche-e2e.example';
const PAGE_URL = `https://${DOMAIN}/galerie/17`;
const CDN_URL = `https://cdn.${DOMAIN}/img/17-b.jpg`;
const LOOK_ALIKE_URL = `https://autre${DOMAIN}/galerie/17`;
const BOX = 'Rechercher dans tous les contenus';

let demo: DemoServer | undefined;
let server: ServerProcess;
let accounts: DemoAccount[] = [];
let trackingCode = '';

before(async () => {
  buildStaffApp();
  demo = await startDemoServer({
    name: 'queue-search',
    demoArgs: ['--reports', '12', '--days', '20', '--seed', '7'],
  });
  server = demo.server;
  accounts = demo.accounts;
  const sent = await fetch(`${server.url}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ category: 'hate_racial_religious', urls: [PAGE_URL, CDN_URL], language: 'fr' }),
  });
  assert.equal(sent.status, 201, await sent.clone().text());
  trackingCode = ((await sent.json()) as { tracking_code: string }).tracking_code;
  const other = await fetch(`${server.url}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ category: 'hate_racial_religious', urls: [LOOK_ALIKE_URL], language: 'fr' }),
  });
  assert.equal(other.status, 201);
});

after(async () => {
  await closeBrowser();
  await demo?.stop();
});

const box = (page: Page) => page.getByRole('searchbox', { name: BOX });
const rowOf = (page: Page, url: string) => page.getByRole('row').filter({ hasText: url });
const shownUrls = (page: Page) =>
  page
    .locator('tbody tr[data-item-id] .reported-url')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('title') ?? c.textContent));
const searchInAddress = (page: Page) => new URL(page.url()).searchParams.get('q');

/** The CDN item closed by an analyst's final verdict, through the API. */
async function assessCdnItem(page: Page) {
  const found = await apiAs<{ items: { id: string; url: string; version: number }[] }>(
    page,
    'GET',
    `/api/queue?q=${encodeURIComponent(CDN_URL)}`,
  );
  const item = found.body.items[0];
  assert.ok(item, 'the CDN item is found by its address');
  const res = await apiAs(page, 'POST', `/api/items/${item.id}/assessments`, {
    version: item.version,
    category: 'hate_racial_religious',
    legal_bases: ['FR-L1881-24-al-7'],
    verdict: 'illegal',
    details: { protected_ground: 'religion' },
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
}

test('"/" focuses the search; a domain, then a tracking code, find their items; ?q= survives a reload', {
  timeout: 120_000,
}, async () => {
  const page = await signInStaff(server.url, demoAccount(accounts, 'analyst', 0));
  await assessCdnItem(page);
  await page.getByRole('navigation').getByRole('link', { name: 'File' }).click();
  const heading = page.getByRole('heading', { name: 'File de qualification' });
  await heading.waitFor();
  await page.locator('tbody tr[data-item-id]').first().waitFor();

  // "/" anywhere on the page (not in a field) goes to the box; typed there, it is just a character.
  await heading.click();
  await page.keyboard.press('/');
  assert.equal(
    await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type),
    'search',
  );
  await page.keyboard.type(DOMAIN.toUpperCase());
  await page.keyboard.press('Enter');
  const outcome = page.getByRole('status').filter({
    hasText: `2 contenus correspondent au domaine ${DOMAIN} (et ses sous-domaines), dont 1 déjà qualifié.`,
  });
  await outcome.waitFor();
  await rowOf(page, CDN_URL).getByText('Qualifié : Illicite').waitFor();
  assert.deepEqual((await shownUrls(page)).sort(), [CDN_URL, PAGE_URL].sort(), 'not the look-alike host');
  // A closed item is there to be seen, not claimed.
  assert.equal(
    await rowOf(page, CDN_URL)
      .getByRole('button', { name: /^Prendre en charge/ })
      .count(),
    0,
  );
  assert.equal(
    await rowOf(page, PAGE_URL)
      .getByRole('button', { name: /^Prendre en charge/ })
      .count(),
    1,
  );
  assert.equal(searchInAddress(page), DOMAIN.toUpperCase());
  await assertNoAxeViolations(page, 'the queue with a domain search');
  await screenshot(page, 'queue-search-domain');

  // The address keeps the search: a reload (or a shared link) shows the same.
  await page.reload();
  await outcome.waitFor();
  assert.equal(await box(page).inputValue(), DOMAIN.toUpperCase());

  // Escape clears it: back to the queue of open items, the closed one gone.
  await box(page).press('Escape');
  await outcome.waitFor({ state: 'detached' });
  await rowOf(page, PAGE_URL).waitFor();
  assert.equal(await rowOf(page, CDN_URL).count(), 0);
  assert.equal(searchInAddress(page), null);

  // A tracking code as a reporter reads it over the phone.
  await box(page).fill(trackingCode.toLowerCase().replaceAll('-', ' '));
  await box(page).press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: `2 contenus correspondent au signalement ${trackingCode}, dont 1 déjà qualifié.` })
    .waitFor();
  assert.deepEqual((await shownUrls(page)).sort(), [CDN_URL, PAGE_URL].sort());

  // Nothing found says so; a too-short search says why.
  await box(page).fill('introuvable-e2e.example');
  await box(page).press('Enter');
  await page
    .getByText('Aucun contenu, quel que soit son état, ne correspond au domaine introuvable-e2e.example')
    .waitFor();
  assert.equal(await page.locator('tbody tr[data-item-id]').count(), 0);
  await assertNoAxeViolations(page, 'the queue with a search that finds nothing');
  await screenshot(page, 'queue-search-empty');
  await box(page).fill('ga');
  await box(page).press('Enter');
  await page.getByText('Tapez au moins 3 caractères d’une adresse').waitFor();
});

test('at 390 px: the box, the outcome and the closed row fit and stay accessible', {
  timeout: 60_000,
}, async () => {
  const page = await signInStaff(server.url, demoAccount(accounts, 'analyst', 1));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/app/queue?q=${encodeURIComponent(DOMAIN)}`);
  await page
    .getByRole('status')
    .filter({ hasText: `2 contenus correspondent au domaine ${DOMAIN}` })
    .waitFor();
  await rowOf(page, CDN_URL).getByText('Qualifié : Illicite').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
  await assertNoAxeViolations(page, 'the queue search at 390 px');
  await screenshot(page, 'queue-search-390');
});
