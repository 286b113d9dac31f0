/**
 * The partner hotlines page in a real browser against the real server, whose start seeded the INHOPE
 * members: a liaison officer finds the seeded list (France left out, every contact still to confirm),
 * filters it by country, adds a hotline (after the form and the server refuse bad ones), edits one to
 * record when its contact was checked, deactivates one and deletes one after confirming; an analyst
 * reads the list but is offered no change. axe checks at 1280 and 390 px wide; screenshots land in
 * e2e/screenshots/ (partners-*).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { closeBrowser, screenshot } from './support/browser.ts';
import { type DemoServer, demoAccount, signInStaff, startDemoServer } from './support/demo-staff.ts';
import { assertNoAxeViolations, buildStaffApp } from './support/staff-app.ts';

let demo: DemoServer;
let liaison: Page;
let analyst: Page;

before(async () => {
  buildStaffApp();
  demo = await startDemoServer({
    name: 'partners',
    demoArgs: ['--reports', '5', '--days', '3', '--seed', '7'],
  });
  [liaison, analyst] = await Promise.all([
    signInStaff(demo.url, demoAccount(demo.accounts, 'liaison_officer')),
    signInStaff(demo.url, demoAccount(demo.accounts, 'analyst')),
  ]);
});

after(async () => {
  await closeBrowser();
  await demo?.stop();
});

const row = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

test('a liaison officer reads the seeded list, adds, edits, deactivates and deletes hotlines', {
  timeout: 120_000,
}, async () => {
  const page = liaison;
  await page.getByRole('navigation').getByRole('link', { name: 'Hotlines partenaires' }).click();
  await page.getByRole('heading', { name: 'Hotlines partenaires', level: 1 }).waitFor();
  // The seeded INHOPE members, France left out, none confirmed yet.
  await page.getByText('42 hotlines', { exact: true }).waitFor();
  await row(page, 'Internet Watch Foundation').getByText('https://report.iwf.org.uk/').waitFor();
  await row(page, 'Child Focus').getByText('Français').waitFor();
  await row(page, 'Offlimits').getByText('Aucune adresse connue : envoi à la main').waitFor();
  assert.equal(await page.getByRole('cell', { name: /FR France/ }).count(), 0, 'no partner in France');
  assert.equal(await page.getByText('À confirmer', { exact: true }).count(), 42);
  await assertNoAxeViolations(page, 'the partner hotlines page');
  await screenshot(page, 'partners-list');

  // The country filter.
  await page.getByLabel('Pays', { exact: true }).selectOption('DE');
  await page.getByText('1 hotline', { exact: true }).waitFor();
  await row(page, 'eco Beschwerdestelle').waitFor();
  await page.getByLabel('Pays', { exact: true }).selectOption('');
  await page.getByText('42 hotlines', { exact: true }).waitFor();

  // Add: the form refuses a web form without https; the server refuses a second active hotline for
  // Germany, naming the first; saved as inactive, it is accepted.
  await page.getByRole('button', { name: 'Ajouter une hotline' }).click();
  const form = page.getByRole('form', { name: 'Nouvelle hotline' });
  await form.getByLabel('Pays', { exact: true }).fill('de');
  await form.getByLabel('Nom', { exact: true }).fill('FSM Beschwerdestelle');
  await form.getByLabel('Adresse', { exact: true }).fill('http://fsm.example/beschwerde');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await form
    .getByRole('alert')
    .filter({ hasText: 'Indiquez une adresse commençant par https://, ou laissez vide.' })
    .waitFor();
  await form.getByLabel('Adresse', { exact: true }).fill('https://fsm.example/beschwerde');
  await form.getByLabel('Notes').fill('Deuxième membre allemand, pour les services en ligne.');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await form
    .getByRole('alert')
    .filter({ hasText: 'DE a déjà une hotline active : « eco Beschwerdestelle »' })
    .waitFor();
  await form.getByLabel(/^Active/).uncheck();
  await assertNoAxeViolations(page, 'the partner hotline form');
  await screenshot(page, 'partners-form');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('status').filter({ hasText: '« FSM Beschwerdestelle » enregistrée.' }).waitFor();

  // Found by searching a word of its notes; shown inactive.
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('services en ligne');
  await page.getByText('1 hotline', { exact: true }).waitFor();
  await row(page, 'FSM Beschwerdestelle').getByText('Inactive', { exact: true }).waitFor();
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('');

  // Edit: the liaison officer confirmed Offlimits' contact and records when.
  await page.getByRole('button', { name: 'Modifier « Offlimits »' }).click();
  const edit = page.getByRole('form', { name: 'Modifier « Offlimits »' });
  await edit.getByLabel('Adresse', { exact: true }).fill('https://offlimits.example/melden');
  await edit.getByLabel('Contact vérifié le').fill('2026-11-27');
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('status').filter({ hasText: '« Offlimits » enregistrée.' }).waitFor();
  await row(page, 'Offlimits').getByText('https://offlimits.example/melden').waitFor();
  await row(page, 'Offlimits').getByText('27 nov. 2026').waitFor();

  // Deactivate eco after confirming (the confirmation takes the focus), then FSM could take over.
  await page.getByRole('button', { name: 'Désactiver « eco Beschwerdestelle »' }).click();
  const confirmDeactivate = page.getByRole('button', {
    name: 'Confirmer la désactivation de « eco Beschwerdestelle »',
  });
  assert.equal(await confirmDeactivate.evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: '« eco Beschwerdestelle » désactivée.' }).waitFor();
  await row(page, 'eco Beschwerdestelle').getByText('Inactive', { exact: true }).waitFor();

  // The narrow layout: one card per hotline, still without accessibility violations.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel('Pays', { exact: true }).selectOption('DE');
  await page.getByText('2 hotlines', { exact: true }).waitFor();
  await assertNoAxeViolations(page, 'the partner hotlines page at 390 px');
  await screenshot(page, 'partners-narrow');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Delete FSM, after confirming in the row.
  await page.getByRole('button', { name: 'Supprimer « FSM Beschwerdestelle »' }).click();
  await page.getByRole('button', { name: 'Confirmer la suppression de « FSM Beschwerdestelle »' }).click();
  await page.getByRole('status').filter({ hasText: '« FSM Beschwerdestelle » supprimée.' }).waitFor();
  assert.equal(await row(page, 'FSM Beschwerdestelle').count(), 0);
});

test('an analyst reads the partner hotlines but is offered no change', { timeout: 60_000 }, async () => {
  const page = analyst;
  await page.getByRole('navigation').getByRole('link', { name: 'Hotlines partenaires' }).click();
  await row(page, 'NCMEC CyberTipline').getByText('https://report.cybertip.org/').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Ajouter une hotline' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Modifier/ }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Désactiver/ }).count(), 0);
});
