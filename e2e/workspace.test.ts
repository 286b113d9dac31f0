/**
 * The analyst workspace in a real browser against the real server, with the demo accounts: a public
 * report of abuse material → analyst 1 finds it in the queue, claims and qualifies it as illegal
 * (four eyes) and adds a derived item → analyst 2 gives the second opinion → reporter feedback (none fits
 * until a notice leaves) →
 * the reporter reads it on the public status page. Then the supervision page. Axe checks on the
 * queue and item pages; screenshots land in e2e/screenshots/ (workspace-*).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ServerProcess } from '../server/src/testing/server-process.ts';
import { closeBrowser, newPage, screenshot } from './support/browser.ts';
import {
  type DemoAccount,
  type DemoServer,
  demoAccount,
  reportUrl,
  signInStaff,
  startDemoServer,
} from './support/demo-staff.ts';
import { assertNoAxeViolations, buildStaffApp, openItemSection } from './support/staff-app.ts';

const REPORTED_URL = 'https://gallery.vigie-e2e.example/album/4471/photo-12.jpg';
const DERIVED_URL = 'https://mirror.vigie-e2e.example/a/4471-12.jpg';

let demo: DemoServer | undefined;
let server: ServerProcess;
let accounts: DemoAccount[] = [];
let report: { tracking_code: string; secret: string };
let itemPath = '';
/** Analyst 2's page, signed in; the feedback test carries on from it. */
let secondAnalyst: Page | undefined;

before(async () => {
  buildStaffApp();
  demo = await startDemoServer({
    name: 'workspace',
    demoArgs: ['--reports', '12', '--days', '20', '--seed', '7'],
    serverEnv: { VIGIE_EXPOSURE_BREAK_MINUTES: '20' },
  });
  server = demo.server;
  accounts = demo.accounts;

  report = await reportUrl(server.url, {
    category: 'child_sexual_abuse_material',
    url: REPORTED_URL,
    description: 'Album public, photo 12 : un enfant.',
  });
});

after(async () => {
  await closeBrowser();
  await demo?.stop();
});

const account = (role: string, nth = 0) => demoAccount(accounts, role, nth);
const signIn = (who: DemoAccount) => signInStaff(server.url, who);

const rowOf = (page: Page, url: string) => page.getByRole('row').filter({ hasText: url });

test('queue → claim → qualify (four eyes) → derived item → second opinion', {
  timeout: 120_000,
}, async () => {
  const page = await signIn(account('analyst', 0));

  // The queue: the new report is there with its cues; nothing is loaded from reported addresses.
  const reportedHosts: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).hostname.endsWith('.example')) reportedHosts.push(r.url());
  });
  await page.getByRole('navigation').getByRole('link', { name: 'File' }).click();
  await page.getByRole('heading', { name: 'File de qualification' }).waitFor();
  const row = rowOf(page, REPORTED_URL);
  await row.waitFor();
  await row.getByText('Images d’abus sexuels sur mineurs').waitFor();
  await row.getByText('gravité 1').waitFor();
  await assertNoAxeViolations(page, 'the queue');
  await screenshot(page, 'workspace-queue');

  // Filters and a saved view.
  await page.getByLabel('Catégorie').selectOption('child_sexual_abuse_material');
  await rowOf(page, REPORTED_URL).waitFor();
  await page.getByLabel('Nom de la vue').fill('Mineurs');
  await page.getByRole('button', { name: 'Enregistrer ces filtres' }).click();
  await page.getByRole('status').filter({ hasText: 'Vue « Mineurs » enregistrée.' }).waitFor();
  assert.equal((await page.getByLabel('Vue enregistrée').inputValue()) !== '', true);

  // The keyboard: ? lists the keys, j / k move between rows, c claims the row in focus.
  await page.getByRole('heading', { name: 'File de qualification' }).click();
  await page.keyboard.press('?');
  await page.getByRole('complementary', { name: 'Raccourcis clavier de la file' }).waitFor();
  await page.keyboard.press('?');
  await page
    .getByRole('complementary', { name: 'Raccourcis clavier de la file' })
    .waitFor({ state: 'detached' });
  const focusedRow = () => page.evaluate(() => document.activeElement?.closest('tr')?.dataset.itemId ?? null);
  const rowIds = await page
    .locator('tbody tr[data-item-id]')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.itemId));
  await page.keyboard.press('j');
  assert.equal(await focusedRow(), rowIds[0], 'j goes to the first row');
  if (rowIds.length > 1) {
    await page.keyboard.press('j');
    assert.equal(await focusedRow(), rowIds[1], 'then the next');
    await page.keyboard.press('k');
    assert.equal(await focusedRow(), rowIds[0], 'k goes back');
  }
  const target = await rowOf(page, REPORTED_URL).getAttribute('data-item-id');
  for (let i = 0; i < rowIds.length && (await focusedRow()) !== target; i++) await page.keyboard.press('j');
  assert.equal(await focusedRow(), target);
  // Claim: straight to the item page.
  await page.keyboard.press('c');
  await page.getByRole('heading', { name: 'Fiche du contenu' }).waitFor();
  itemPath = new URL(page.url()).pathname;
  assert.match(itemPath, /^\/app\/items\/[0-9a-f-]{36}$/);
  await page.getByText(/Vous avez ce contenu jusqu’à/).waitFor();
  // The address is text, not a link; opening it warns first and leaks no referrer.
  assert.equal(await page.locator(`a[href="${REPORTED_URL}"]`).count(), 0);
  await openItemSection(page, 'Preuves');
  await page.getByRole('button', { name: 'Ouvrir l’adresse…' }).click();
  await page.getByText('Vous êtes sur le point d’ouvrir un contenu signalé dans votre navigateur.').waitFor();
  const open = page.getByRole('link', { name: 'Ouvrir dans un nouvel onglet' });
  assert.equal(await open.getAttribute('rel'), 'noreferrer noopener');
  assert.equal(await open.getAttribute('referrerpolicy'), 'no-referrer');
  await screenshot(page, 'workspace-open-warning');
  await page.getByRole('button', { name: 'Annuler' }).click();
  await assertNoAxeViolations(page, 'the item page');
  await screenshot(page, 'workspace-item');

  // Qualify as illegal: legal basis, details; the form says a second analyst must confirm.
  await openItemSection(page, 'Qualification');
  await page.getByLabel('Décision').selectOption('illegal');
  await page.getByText('devra être confirmée par un·e second·e analyste').waitFor();
  await page.getByRole('checkbox', { name: /227-23/ }).check();
  const details = page.getByRole('group', { name: 'Précisions' }).locator('select');
  for (let i = 0; i < (await details.count()); i++) await details.nth(i).selectOption({ index: 1 });
  await page.getByLabel('Notes', { exact: true }).fill('Enfant prépubère, photo réelle.');
  await screenshot(page, 'workspace-qualification');
  await page.getByRole('button', { name: 'Enregistrer la qualification' }).click();
  await page.getByRole('status').filter({ hasText: 'attend l’avis d’un·e second·e analyste' }).waitFor();
  await page.getByText('Vous avez rédigé cette qualification').waitFor();

  // A derived item: listed here, and in the queue.
  await page.getByLabel('Adresses (une par ligne)').fill(DERIVED_URL);
  await page.getByLabel('Note', { exact: true }).fill('Miroir de la même photo.');
  await page.getByRole('button', { name: 'Ajouter' }).click();
  await page.getByRole('status').filter({ hasText: '1 contenu ajouté' }).waitFor();
  await page.getByRole('link', { name: DERIVED_URL }).waitFor();
  await openItemSection(page, 'Historique');
  await page.getByRole('region', { name: 'Historique' }).getByText('Qualification enregistrée').waitFor();
  await page.getByRole('link', { name: /Retour à la file/ }).click();
  await rowOf(page, DERIVED_URL).getByText('Dérivé').waitFor();
  await rowOf(page, REPORTED_URL).getByText('Second avis attendu').waitFor();
  assert.deepEqual(reportedHosts, [], 'the workspace loaded something from a reported address');

  // Wellbeing: after 25 minutes of (recorded) exposure the header suggests a break; share my figures.
  await page.evaluate(async () => {
    const { csrf_token } = await (await fetch('/api/auth/session')).json();
    await fetch('/api/wellbeing/exposure', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf_token },
      body: JSON.stringify({ seconds: 1500 }),
    });
  });
  await page.reload();
  await page.getByRole('heading', { name: 'File de qualification' }).waitFor();
  await page.getByText('Pensez à faire une pause').waitFor();
  await screenshot(page, 'workspace-break');
  await page.getByRole('button', { name: 'Compris' }).click();
  await page.getByText('Pensez à faire une pause').waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: /Exposition : 25 min/ }).click();
  await page.getByRole('checkbox', { name: 'Partager mes chiffres avec les superviseur·es' }).check();
  await page.getByText('Vos chiffres sont partagés avec les superviseur·es.').waitFor();
  await screenshot(page, 'workspace-wellbeing');

  // Analyst 2, in another browser context: the second opinion.
  const second = await signIn(account('analyst', 1));
  await second.goto(`${server.url}${itemPath}`);
  await second.getByRole('heading', { name: 'Second avis nécessaire' }).waitFor();
  await screenshot(second, 'workspace-four-eyes');
  // The assessment under review comes first; no answer is chosen in advance.
  await second.getByRole('heading', { name: 'La qualification à examiner' }).waitFor();
  assert.equal(await second.getByRole('radio', { checked: true }).count(), 0, 'nothing chosen yet');
  await second.getByRole('button', { name: 'Donner mon avis' }).click();
  await second.getByText('Indiquez si vous êtes d’accord ou non.').waitFor();
  await second.getByRole('radio', { name: 'Je suis d’accord' }).check();
  await second.getByRole('button', { name: 'Donner mon avis' }).click();
  await second.getByRole('status').filter({ hasText: 'Avis enregistré.' }).waitFor();
  await second.getByText('Confirmée').or(second.getByText('Retenue')).first().waitFor();
  // The same page in English.
  await second.getByRole('button', { name: /^EN/ }).click();
  await second.getByRole('heading', { name: 'Item', level: 1 }).waitFor();
  await second.getByText('Standing').first().waitFor();
  await screenshot(second, 'workspace-item-en');
  await second.getByRole('button', { name: /^FR/ }).click();
  await second.getByRole('heading', { name: 'Fiche du contenu' }).waitFor();
  secondAnalyst = second;
});

// Carries on from analyst 2's page as the second opinion left it, without reloading: the panel must
// follow the verdict becoming final while the page is open.
test('reporter feedback follows the facts, and the public status page shows each address', {
  timeout: 60_000,
}, async () => {
  const page = secondAnalyst;
  assert.ok(page, 'the qualification test ran first');
  await openItemSection(page, 'Signaleur');
  const panel = page.getByRole('region', { name: 'Retour au signaleur' });
  // The verdict is final (confirmed), but no notice has left yet: no template tells the truth yet.
  await panel.getByText('En cours d’examen').first().waitFor();
  await panel.getByText('Aucun modèle ne convient encore').waitFor();
  assert.equal(await panel.getByRole('button', { name: 'Envoyer' }).count(), 0, 'no form to send nothing');
  await panel.getByText('Modèles non proposés, et pourquoi').click();
  await panel.getByText(/Transmis aux autorités — aucune notification envoyée/).waitFor();
  await assertNoAxeViolations(page, 'the feedback panel');
  await screenshot(page, 'workspace-feedback');

  // The reporter's side: the public status page, with the tracking code and the secret.
  const { page: reporter } = await newPage({ locale: 'fr-FR' });
  await reporter.goto(`${server.url}/status?code=${report.tracking_code}`);
  await reporter.fill('#secret', report.secret);
  await Promise.all([reporter.waitForNavigation(), reporter.click('form.status-form button[type=submit]')]);
  await reporter.getByText('En cours d’examen').first().waitFor();
  const titles = await reporter.$$eval('.address-title', (els) =>
    els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim()),
  );
  assert.deepEqual(titles, ['Adresse 1 : En cours d’examen'], 'the derived item is not the reporter’s');
  assert.ok(!((await reporter.textContent('main')) ?? '').includes(DERIVED_URL));
  await screenshot(reporter, 'workspace-public-status');
});

test('supervision: backlog, throughput, disagreements, team load', { timeout: 60_000 }, async () => {
  const page = await signIn(account('supervisor'));
  await page.getByRole('navigation').getByRole('link', { name: 'Supervision' }).click();
  await page.getByRole('heading', { name: 'Supervision', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Contenus en attente par catégorie et ancienneté' }).waitFor();
  await page.getByRole('heading', { name: 'Charge de l’équipe' }).waitFor();
  await page.getByText(/analystes? actifs?/).waitFor();
  await page
    .getByRole('region', { name: 'Charge de l’équipe' })
    .getByRole('row', { name: /Anna Analyste/ })
    .waitFor();
  await assertNoAxeViolations(page, 'the supervision page');
  await screenshot(page, 'workspace-supervision');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('navigation').getByRole('link', { name: 'File' }).click();
  await page.getByRole('heading', { name: 'File de qualification' }).waitFor();
  await rowOf(page, DERIVED_URL).waitFor();
  await screenshot(page, 'workspace-queue-390');
});
