/**
 * The dense queue in a real browser against the demo data: one line per item, the whole address on
 * keyboard focus, column orders kept in the page's address, the density following the person to a
 * new browser, bulk claim with its summary, and the keyboard (j, k, x, c) still at work. Axe on the
 * queue with the bulk bar open; screenshots queue-* at 1280 and 390 px.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, screenshot } from './support/browser.ts';
import {
  apiAs,
  type DemoAccount,
  type DemoServer,
  demoAccount,
  reportUrl,
  signInStaff,
  startDemoServer,
} from './support/demo-staff.ts';
import { assertNoAxeViolations, buildStaffApp, TOTP_STEP_MS } from './support/staff-app.ts';

const LONG_URL =
  'https://uploads.vigie-e2e.example/forum/threads/2026/11/a-very-long-discussion-title-about-nothing/attachments/page-17.jpg';
const HELD_URL = 'https://held.vigie-e2e.example/photo/88.jpg';

let demo: DemoServer;
let analyst: DemoAccount;
let firstSignInStep = 0;

before(async () => {
  buildStaffApp();
  demo = await startDemoServer({
    name: 'queue',
    demoArgs: ['--reports', '30', '--days', '10', '--seed', '5'],
  });
  analyst = demoAccount(demo.accounts, 'analyst', 0);
  await reportUrl(demo.url, { category: 'terrorism', url: LONG_URL, description: 'Propagande.' });
  await reportUrl(demo.url, { category: 'terrorism', url: HELD_URL, description: 'Propagande.' });
});

after(async () => {
  await closeBrowser();
  await demo?.stop();
});

const openQueue = async (page: Page) => {
  await page.getByRole('navigation').getByRole('link', { name: 'File' }).click();
  await page.getByRole('heading', { name: 'File de qualification' }).waitFor();
  await page.locator('tbody tr[data-item-id]').first().waitFor();
};
const rowHeights = (page: Page) =>
  page
    .locator('tbody tr[data-item-id]')
    .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
const firstIds = (page: Page) =>
  page
    .locator('tbody tr[data-item-id]')
    .evaluateAll((rows) => rows.slice(0, 8).map((r) => (r as HTMLElement).dataset.itemId));
const rowOf = (page: Page, url: string) => page.locator('tbody tr[data-item-id]').filter({ hasText: url });
const focusedRow = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('tr')?.dataset.itemId ?? null);

test('one line per item, the whole address on focus, orders in the address, the keyboard', {
  timeout: 120_000,
}, async () => {
  const page = await signInStaff(demo.url, analyst);
  firstSignInStep = Math.floor(Date.now() / TOTP_STEP_MS);
  await openQueue(page);

  // Comfortable by default: every row is one ~48 px line, even the long address.
  const comfortable = await rowHeights(page);
  assert.ok(comfortable.length >= 20, `${comfortable.length} rows`);
  assert.ok(Math.max(...comfortable) <= 52, `comfortable rows are one line: ${Math.max(...comfortable)} px`);
  await page.getByRole('radio', { name: 'Compacte' }).check();
  await page.waitForFunction(() => document.querySelector('.queue-table.queue-compact') !== null);
  const fits = () =>
    page.evaluate(() => {
      const scroll = document.querySelector('.table-scroll') as HTMLElement;
      return [
        document.documentElement.scrollWidth - window.innerWidth,
        scroll.scrollWidth - scroll.clientWidth,
      ];
    });
  assert.deepEqual(await fits(), [0, 0], 'the table fits the page at 1280 px, nothing to scroll sideways');
  const compact = await rowHeights(page);
  assert.ok(Math.max(...compact) <= 40, `compact rows are ~36 px: ${Math.max(...compact)} px`);

  // The long address is shortened in the middle (its end stays), whole under the row in focus.
  const longRow = rowOf(page, LONG_URL);
  assert.equal(await longRow.locator('.fitted-url-tail').textContent(), '/page-17.jpg');
  const full = longRow.locator('.fitted-url-full');
  assert.equal(await full.isVisible(), false);
  await longRow.getByRole('checkbox').click();
  assert.equal(await full.isVisible(), false, 'not for a mouse click');
  await page.keyboard.press('Tab');
  await full.waitFor({ state: 'visible' });
  assert.equal(await full.textContent(), LONG_URL);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await page.getByRole('region', { name: 'Actions groupées' }).waitFor({ state: 'detached' });
  assert.equal(await longRow.locator('.fitted-url').getAttribute('title'), LONG_URL);

  // Orders: a header is a button; the order shows in aria-sort and in the page's address.
  const byDue = await firstIds(page);
  const received = page.getByRole('columnheader', { name: /Reçu/ });
  assert.equal(await received.getAttribute('aria-sort'), 'none');
  await received.getByRole('button').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'received');
  await page.waitForFunction(
    (before) =>
      (document.querySelector('tbody tr[data-item-id]') as HTMLElement | null)?.dataset.itemId !== before,
    byDue[0],
  );
  assert.equal(await received.getAttribute('aria-sort'), 'descending');
  assert.equal(await page.getByRole('columnheader', { name: /Échéance/ }).getAttribute('aria-sort'), 'none');
  assert.notDeepEqual(await firstIds(page), byDue, 'another order');
  assert.equal(
    (await firstIds(page))[0],
    await rowOf(page, HELD_URL).getAttribute('data-item-id'),
    'newest first',
  );
  await page.reload();
  await page.locator('tbody tr[data-item-id]').first().waitFor();
  assert.equal(
    await page.getByRole('columnheader', { name: /Reçu/ }).getAttribute('aria-sort'),
    'descending',
  );
  await page
    .getByRole('columnheader', { name: /Échéance/ })
    .getByRole('button')
    .click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('sort'));
  await page.waitForFunction(
    (first) =>
      (document.querySelector('tbody tr[data-item-id]') as HTMLElement | null)?.dataset.itemId === first,
    byDue[0],
  );

  // Compact survived the reload (the server keeps it for the person).
  assert.equal(await page.getByRole('radio', { name: 'Compacte' }).isChecked(), true);

  // The keyboard: j / k move, x ticks the row in focus, the bar counts it; axe with the bar open.
  await page.getByRole('heading', { name: 'File de qualification' }).click();
  const ids = await firstIds(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  assert.equal(await focusedRow(page), ids[1]);
  await page.keyboard.press('k');
  assert.equal(await focusedRow(page), ids[0]);
  await page.keyboard.press('x');
  await page.getByRole('region', { name: 'Actions groupées' }).getByText('1 contenu sélectionné').waitFor();
  await page.keyboard.press('x');
  await page.getByRole('region', { name: 'Actions groupées' }).waitFor({ state: 'detached' });
  await page.keyboard.press('x');
  await assertNoAxeViolations(page, 'the queue with the bulk bar');
  await page.getByRole('button', { name: 'Tout désélectionner' }).click();
  await screenshot(page, 'queue-compact-1280');
  await page.getByRole('radio', { name: 'Confortable' }).check();
  await page.waitForFunction(() => document.querySelector('.queue-table.queue-comfortable') !== null);
  await screenshot(page, 'queue-comfortable-1280');

  // Narrow: no sideways scroll, each item stays a short block.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  assert.deepEqual(await fits(), [0, 0], 'no sideways scroll at 390 px');
  await screenshot(page, 'queue-390');
  const narrow = await rowHeights(page);
  assert.ok(Math.max(...narrow) <= 110, `a short block per item at 390 px: ${Math.max(...narrow)} px`);
  await assertNoAxeViolations(page, 'the queue at 390 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('radio', { name: 'Compacte' }).check();
  await page.waitForFunction(() => document.querySelector('.queue-table.queue-compact') !== null);

  // c on the row in focus claims it and opens the item.
  await page.getByRole('heading', { name: 'File de qualification' }).click();
  await page.keyboard.press('j');
  const claimed = await focusedRow(page);
  await page.keyboard.press('c');
  await page.getByRole('heading', { name: 'Fiche du contenu' }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/app/items/${claimed}`);
  await page.context().close();
});

test('bulk claim: two items ticked, one already held by someone else; the summary says which', {
  timeout: 90_000,
}, async () => {
  const other = await signInStaff(demo.url, demoAccount(demo.accounts, 'analyst', 1));
  await openQueue(other);
  const held = await rowOf(other, HELD_URL).getAttribute('data-item-id');
  assert.equal((await apiAs(other, 'POST', `/api/items/${held}/claim`)).status, 200);
  await other.context().close();

  // Another browser for the same person: a new sign-in (the next TOTP step), compact still.
  const waitMs = (firstSignInStep + 1) * TOTP_STEP_MS - Date.now() + 100;
  if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
  const page = await signInStaff(demo.url, analyst);
  await openQueue(page);
  assert.equal(await page.getByRole('radio', { name: 'Compacte' }).isChecked(), true);
  assert.ok(await page.locator('.queue-table.queue-compact').isVisible());

  await rowOf(page, LONG_URL).getByRole('checkbox').check();
  await rowOf(page, HELD_URL).getByRole('checkbox').check();
  const bar = page.getByRole('region', { name: 'Actions groupées' });
  await bar.getByText('2 contenus sélectionnés').waitFor();
  await bar.getByRole('button', { name: 'Prendre' }).click();
  const summary = page.getByRole('status').filter({ hasText: 'Résultat de l’action groupée' });
  await summary.getByText('1 fait, 1 refusé.').waitFor();
  await summary
    .getByRole('listitem')
    .filter({ hasText: /Bruno Analyste/ })
    .waitFor();
  assert.ok(await summary.getByRole('link', { name: /held\.vigie-e2e\.example/ }).isVisible());
  await rowOf(page, LONG_URL).getByText('Vous').waitFor();
  await assertNoAxeViolations(page, 'the queue with a bulk summary');
  await screenshot(page, 'queue-bulk-summary-1280');

  // Duplicates: the other item, named by its page's link, has no final verdict yet: refused, said why.
  await rowOf(page, LONG_URL).getByRole('checkbox').check();
  await bar.getByLabel('Doublon de').fill(`${demo.url}/app/items/${held}`);
  await assertNoAxeViolations(page, 'the bulk bar');
  await screenshot(page, 'queue-bulk-bar-1280');
  await bar.getByRole('button', { name: 'Marquer doublons' }).click();
  await page
    .getByRole('alert')
    .getByText(/n’a pas encore de verdict définitif/)
    .waitFor();
  await rowOf(page, LONG_URL).getByText('Nouveau').waitFor();
});
