/**
 * The item page in a real browser against the real server with the demo data: the header says the
 * state and this person's next step, and its button opens that section; the sections are tabs that
 * work by keyboard and stay in the page address across a reload; a slow answer about the item left
 * behind never shows on the next one; axe at 1280 and 390 px, and no sideways scrolling on a phone.
 * Screenshots: an item being qualified and an assessed item with notices waiting, at both widths
 * (e2e/screenshots/item-page-*).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, screenshot } from './support/browser.ts';
import {
  apiAs,
  type DemoServer,
  demoAccount,
  reportUrl,
  signInStaff,
  startDemoServer,
} from './support/demo-staff.ts';
import { assertNoAxeViolations, buildStaffApp, openItemSection } from './support/staff-app.ts';

/** Long on purpose: the header shortens it in the middle. */
const URL_A =
  'https://forum.vigie-e2e.example/threads/2026/rassemblement/page-17/message-0042-et-ses-reponses.html';
const URL_B = 'https://images.vigie-e2e.example/b/8812.jpg';

let demo: DemoServer;
let analyst: Page;
let itemA = '';
let itemB = '';

const header = (page: Page) => page.locator('.item-header');

async function itemIdOf(page: Page, url: string): Promise<string> {
  const queue = await apiAs<{ items: { id: string; url: string }[] }>(page, 'GET', '/api/queue?limit=100');
  const found = queue.body.items.find((i) => i.url === url);
  assert.ok(found, `${url} not in the queue`);
  return found.id;
}

async function assertFitsPhone(page: Page, what: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 390, `${what} is ${wide} px wide on a 390 px screen`);
  await assertNoAxeViolations(page, `${what} at 390 px`);
}

before(async () => {
  buildStaffApp();
  demo = await startDemoServer({
    name: 'item-page',
    // A fixed end: the same data set whatever the day, with notices that have left (the last test).
    demoArgs: ['--reports', '40', '--days', '30', '--seed', '7', '--until', '2026-11-29T18:00:00Z'],
  });
  for (const url of [URL_A, URL_B]) {
    await reportUrl(demo.url, { category: 'hate_racial_religious', url, description: 'Appel à la haine.' });
  }
  analyst = await signInStaff(demo.url, demoAccount(demo.accounts, 'analyst'));
  itemA = await itemIdOf(analyst, URL_A);
  itemB = await itemIdOf(analyst, URL_B);
});

after(async () => {
  await closeBrowser();
  await demo?.stop();
});

test('the header says the state and the next step, whose button opens its section', async () => {
  const page = analyst;
  assert.equal((await apiAs(page, 'POST', `/api/items/${itemA}/claim`)).status, 200);
  await page.goto(`${demo.url}/app/items/${itemA}?tab=evidence`);
  await header(page).getByText('Nouveau', { exact: true }).waitFor();
  await header(page)
    .getByText(/Vous avez ce contenu jusqu’à/)
    .waitFor();
  // The long address is shortened in the middle, whole on focus; the copy button is beside it.
  const address = header(page).getByRole('button', { name: new RegExp(URL_A.replaceAll('.', '\\.')) });
  const short = address.locator('.item-address-short');
  assert.match((await short.textContent()) ?? '', /^https:\/\/forum\.vigie-e2e\.example\/.*….*html$/);
  const fullWidth = async () => (await address.locator('.item-address-full').boundingBox())?.width ?? 0;
  assert.ok((await fullWidth()) <= 1, 'the whole address waits for hover or focus');
  await address.focus();
  await short.waitFor({ state: 'hidden' });
  assert.ok((await fullWidth()) > 200, 'the whole address shows on focus');
  await header(page).getByRole('button', { name: 'Copier' }).waitFor();

  await page
    .getByRole('tabpanel', { name: /^Preuves/ })
    .getByRole('heading', { name: 'Médias' })
    .waitFor();
  await header(page).getByRole('button', { name: 'Qualifier' }).click();
  await page.getByRole('tab', { name: /^Qualification/, selected: true }).waitFor();
  await page.getByLabel('Décision').waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Médias' }).count(), 0, 'evidence left behind');
  assert.equal(new URL(page.url()).searchParams.get('tab'), 'qualification');
  await assertNoAxeViolations(page, 'an item in qualification');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'item-page-qualification');
  await assertFitsPhone(page, 'an item in qualification');
  await screenshot(page, 'item-page-qualification-390');
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('the sections are tabs: arrows, Home and End; the tab stays across a reload', async () => {
  const page = analyst;
  await page.goto(`${demo.url}/app/items/${itemA}`);
  // Without a tab in the address the page opens where the next step is, and says so in the address.
  await page.getByRole('tab', { name: /^Qualification/, selected: true }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('tab'), 'qualification');
  const selected = page.getByRole('tab', { selected: true });
  await selected.focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('tab', { name: 'Hébergement', selected: true }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Hébergement');
  await page.getByRole('region', { name: 'Hébergement' }).waitFor();
  await page.keyboard.press('End');
  await page.getByRole('tab', { name: 'Historique', selected: true }).waitFor();
  await page
    .getByRole('region', { name: 'Historique' })
    .getByText(/Signalement reçu/)
    .first()
    .waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('tab', { name: /^Preuves/, selected: true }).waitFor();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await page.getByRole('tab', { name: /^Preuves/, selected: true }).waitFor();
  // Only the selected tab is in the tab order.
  assert.deepEqual(
    await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('tabindex'))),
    ['0', '-1', '-1', '-1', '-1', '-1'],
  );

  await openItemSection(page, 'Notifications');
  await page.reload();
  await page.getByRole('tab', { name: /^Notifications/, selected: true }).waitFor();
  await page.getByRole('region', { name: /^Signalements aux destinataires/ }).waitFor();
});

test('a slow answer about the item left behind never shows on the next one', async () => {
  const page = analyst;
  await page.goto(`${demo.url}/app/items/${itemB}?tab=evidence`);
  await header(page).getByText(URL_B).waitFor();
  // Item A's own answer is held back two seconds; meanwhile the analyst moves on to item B.
  let answered = false;
  await page.route(`**/api/items/${itemA}`, async (route) => {
    const response = await route.fetch();
    await new Promise((r) => setTimeout(r, 2000));
    await route.fulfill({ response });
    answered = true;
  });
  await page.evaluate((id) => {
    window.history.pushState(null, '', `/app/items/${id}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, itemA);
  await page.getByText('Chargement…').first().waitFor();
  await page.goBack();
  await header(page).getByText(URL_B).waitFor();
  while (!answered) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 300));
  assert.ok((await header(page).textContent())?.includes(URL_B), 'item B’s address in the header');
  assert.ok(!(await page.locator('main').textContent())?.includes(URL_A), 'item A showed on item B’s page');
  await page.unroute(`**/api/items/${itemA}`);
});

test('an assessed item whose notices have left: nothing to do, and the notices one tab away', async () => {
  const liaison = await signInStaff(demo.url, demoAccount(demo.accounts, 'liaison_officer'));
  const left = await apiAs<{ notices: { items: { item_id: string }[] }[] }>(
    liaison,
    'GET',
    '/api/notices?state=sent&limit=1',
  );
  const itemId = left.body.notices[0]?.items[0]?.item_id;
  assert.ok(itemId, 'the demo data has a notice that left');
  await liaison.goto(`${demo.url}/app/items/${itemId}`);
  await header(liaison).getByText('Qualifié', { exact: true }).waitFor();
  // Its notices have left: whether the follow-up still watches or not, there is nothing to do here.
  await header(liaison)
    .getByText(/^Rien à faire : en attente du retrait du contenu\.|^Rien à faire : ce contenu est traité\./)
    .waitFor();
  // Nothing to do: the page opens on the evidence; the notices tab counts them.
  await liaison.getByRole('tab', { name: /^Preuves/, selected: true }).waitFor();
  await openItemSection(liaison, 'Notifications');
  assert.match(
    (await liaison.getByRole('tab', { selected: true }).textContent()) ?? '',
    /^Notifications \(\d+\)$/,
  );
  await liaison.getByRole('region', { name: /^Suivi du retrait/ }).waitFor();
  await assertNoAxeViolations(liaison, 'an assessed item with notices');
  await liaison.evaluate(() => window.scrollTo(0, 0));
  await screenshot(liaison, 'item-page-notices');
  await assertFitsPhone(liaison, 'an assessed item with notices');
  await screenshot(liaison, 'item-page-notices-390');
});
