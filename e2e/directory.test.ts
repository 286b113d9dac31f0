/**
 * The directory page in a real browser against the real server, with the demo accounts and the demo's
 * directory entries: a liaison officer adds an entry (after the form refuses a bad one), finds it by
 * searching, edits it, and deletes it after confirming; an analyst reads the directory but is offered
 * no change. axe checks at 1280 and 390 px wide; screenshots land in e2e/screenshots/ (directory-*).
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
    name: 'directory',
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

test('a liaison officer adds, finds, edits and deletes a directory entry', { timeout: 90_000 }, async () => {
  const page = liaison;
  await page.getByRole('navigation').getByRole('link', { name: 'Annuaire' }).click();
  await page.getByRole('heading', { name: 'Annuaire', level: 1 }).waitFor();
  // The demo's entries are there.
  await row(page, 'Example Video')
    .getByText(/^example-video\.example\b/)
    .waitFor();
  await row(page, 'Example CDN').getByText('AS64501, AS64502').waitFor();
  await assertNoAxeViolations(page, 'the directory page');
  await screenshot(page, 'directory-list');

  // Add: the form refuses an entry with nothing to match and a web form without https.
  await page.getByRole('button', { name: 'Ajouter une entrée' }).click();
  const form = page.getByRole('form', { name: 'Nouvelle entrée' });
  await form.getByLabel('Nom', { exact: true }).fill('Galerie Exemple');
  await form.getByLabel('Type', { exact: true }).selectOption('platform');
  await form.getByLabel('Canal préféré').selectOption('web_form');
  await form.getByLabel('Adresse', { exact: true }).fill('galerie-exemple.example/signaler');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await form
    .getByRole('alert')
    .filter({ hasText: 'Indiquez au moins un domaine ou un numéro d’AS.' })
    .waitFor();
  await form.getByLabel('Domaines').fill('galerie-exemple.example\nphotos.galerie-exemple.example');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await form
    .getByRole('alert')
    .filter({ hasText: 'Indiquez une adresse commençant par https://.' })
    .waitFor();
  await form.getByLabel('Adresse', { exact: true }).fill('https://galerie-exemple.example/signaler');
  await form.getByLabel('Langue du contact').fill('fr');
  await form.getByLabel('Notes').fill('Modération en France, réponse sous 48 h.');
  await assertNoAxeViolations(page, 'the directory form');
  await screenshot(page, 'directory-form');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('status').filter({ hasText: '« Galerie Exemple » enregistré.' }).waitFor();

  // A domain already in another entry is refused by the server, with the entry named.
  await page.getByRole('button', { name: 'Ajouter une entrée' }).click();
  const copy = page.getByRole('form', { name: 'Nouvelle entrée' });
  await copy.getByLabel('Nom', { exact: true }).fill('Copie');
  await copy.getByLabel('Domaines').fill('galerie-exemple.example');
  await copy.getByLabel('Adresse', { exact: true }).fill('abuse@copie.example');
  await copy.getByRole('button', { name: 'Enregistrer' }).click();
  await copy
    .getByRole('alert')
    .filter({ hasText: '« galerie-exemple.example » figure déjà dans l’entrée « Galerie Exemple ».' })
    .waitFor();
  await copy.getByRole('button', { name: 'Annuler' }).click();

  // Find it by searching a word of its notes.
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('48 h');
  await page.getByText('1 entrée', { exact: true }).waitFor();
  await row(page, 'Galerie Exemple').getByText('https://galerie-exemple.example/signaler').waitFor();

  // Edit: becomes an e-mail contact.
  await page.getByRole('button', { name: 'Modifier « Galerie Exemple »' }).click();
  const edit = page.getByRole('form', { name: 'Modifier « Galerie Exemple »' });
  await edit.getByLabel('Canal préféré').selectOption('email');
  await edit.getByLabel('Adresse', { exact: true }).fill('moderation@galerie-exemple.example');
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('status').filter({ hasText: '« Galerie Exemple » enregistré.' }).waitFor();
  await row(page, 'Galerie Exemple').getByText('moderation@galerie-exemple.example').waitFor();
  await row(page, 'Galerie Exemple').getByText('Lina Liaison').waitFor();

  // The narrow layout: one card per entry, still without accessibility violations.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('');
  await row(page, 'Example Video').waitFor();
  await assertNoAxeViolations(page, 'the directory page at 390 px');
  await screenshot(page, 'directory-narrow');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Delete, after confirming in the row (keyboard: the confirmation takes the focus).
  await page.getByRole('button', { name: 'Supprimer « Galerie Exemple »' }).click();
  const confirm = page.getByRole('button', { name: 'Confirmer la suppression de « Galerie Exemple »' });
  await confirm.waitFor();
  assert.equal(
    await confirm.evaluate((el) => el === document.activeElement),
    true,
    'focus on the confirmation',
  );
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: '« Galerie Exemple » supprimé.' }).waitFor();
  assert.equal(await row(page, 'Galerie Exemple').count(), 0);
});

test('an analyst reads the directory but is offered no change', { timeout: 60_000 }, async () => {
  const page = analyst;
  await page.getByRole('navigation').getByRole('link', { name: 'Annuaire' }).click();
  await row(page, 'Forum Exemple').getByText('signalement@forum-exemple.example').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Ajouter une entrée' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Modifier/ }).count(), 0);
});
