/**
 * The staff app in a real browser against the real server: first admin from the CLI, first-time
 * setup through the one-time link, TOTP enrolment, staff management, sign-out, the sign-in delay after
 * repeated failures (which a stranger cannot impose on the owner's browser), sign-in again with
 * password and a fresh TOTP code, changing one's password on "Mon compte", the audit log.
 * Accessibility checked with axe on the way; screenshots land in e2e/screenshots/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import type * as OTPAuth from 'otpauth';
import {
  freePort,
  makeDataDir,
  runVigie,
  type ServerProcess,
  startServerProcess,
} from '../server/src/testing/server-process.ts';
import { closeBrowser, newPage, screenshot } from './support/browser.ts';
import { assertNoAxeViolations, buildStaffApp, TOTP_STEP_MS, totpFor } from './support/staff-app.ts';

const ADMIN = {
  email: 'camille.admin@hotline.example',
  name: 'Camille Martin',
  password: 'une phrase de passe assez longue',
};
const ANALYST = { email: 'dominique@hotline.example', name: 'Dominique Leroy' };
const NEW_PASSWORD = 'le phare de Gatteville veille';

let server: ServerProcess;
let setupLink: string;
let dataDir = '';

before(async () => {
  buildStaffApp();
  // The CLI writes to the embedded database before the server opens it: PGlite is one process at a time.
  const port = await freePort();
  dataDir = makeDataDir('vigie-e2e-signin-');
  const env = { VIGIE_DATA_DIR: dataDir, VIGIE_PUBLIC_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'warn' };
  const created = await runVigie(
    ['admin', 'create', '--email', ADMIN.email, '--role', 'admin', '--name', ADMIN.name],
    env,
  );
  assert.equal(created.code, 0, created.stderr);
  const link = created.stdout.match(/https?:\/\/\S+\/app\/setup\?token=\S+/)?.[0];
  assert.ok(link, `no setup link in:\n${created.stdout}`);
  setupLink = link;
  server = await startServerProcess({ port, dataDir, env: { LOG_LEVEL: 'warn' } });
});

after(async () => {
  await closeBrowser();
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const currentStep = () => Math.floor(Date.now() / TOTP_STEP_MS);

/** A code from a later time step than `usedStep`: the server refuses a replayed code. */
async function freshCode(totp: OTPAuth.TOTP, usedStep: number): Promise<{ code: string; step: number }> {
  while (currentStep() <= usedStep) {
    await new Promise((r) => setTimeout(r, TOTP_STEP_MS - (Date.now() % TOTP_STEP_MS) + 50));
  }
  return { code: totp.generate(), step: currentStep() };
}

test('first admin: setup link, TOTP enrolment, staff page, sign out, sign in again, audit log', {
  timeout: 180_000,
}, async () => {
  const { page } = await newPage({ locale: 'fr-FR' });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of (400|401|403|429)/.test(message.text()))
      problems.push(message.text());
  });

  // First-time setup: choose a password.
  await page.goto(setupLink);
  await page.getByRole('heading', { name: 'Première connexion' }).waitFor();
  await screenshot(page, 'staff-setup-password');
  await page.getByLabel('Nouveau mot de passe').fill('trop court');
  await page.getByLabel('Confirmez le mot de passe').fill('trop court');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await page.getByRole('alert').filter({ hasText: 'au moins 12 caractères' }).waitFor();
  await page.getByLabel('Nouveau mot de passe').fill(ADMIN.password);
  await page.getByLabel('Confirmez le mot de passe').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();

  // TOTP enrolment: the QR code shows, the secret is readable, a code confirms it.
  await page.getByRole('heading', { name: 'Vérification en deux étapes' }).waitFor();
  const qr = page.getByRole('img', { name: /Code QR/ });
  await qr.waitFor();
  await page.waitForFunction(
    () => (document.querySelector('img.qr') as HTMLImageElement | null)?.naturalWidth,
  );
  assert.ok(!page.url().includes('token='), 'the spent setup token is removed from the address bar');
  const secret = ((await page.locator('#totp-secret').textContent()) ?? '').replace(/\s+/g, '');
  assert.match(secret, /^[A-Z2-7]{16,}=*$/);
  await screenshot(page, 'staff-enrolment');
  const totp = totpFor(secret);
  let used = { code: totp.generate(), step: currentStep() };
  await page.getByLabel('Code à 6 chiffres').fill(used.code);
  await page.getByRole('button', { name: 'Activer et se connecter' }).click();

  // Signed in: the shell and the welcome.
  await page.getByRole('heading', { name: `Bonjour, ${ADMIN.name}` }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/app/');
  await page.getByText('Administrateur·rice').first().waitFor();
  await screenshot(page, 'staff-home');

  // Staff page: create an analyst, see the one-time setup link.
  await page.getByRole('navigation').getByRole('link', { name: 'Équipe' }).click();
  await page.getByRole('heading', { name: 'Équipe', level: 1 }).waitFor();
  await page.getByRole('row', { name: new RegExp(ADMIN.name) }).waitFor();
  await assertNoAxeViolations(page, 'the staff page');
  await page.getByLabel('E-mail').fill(ANALYST.email);
  await page.getByLabel('Nom affiché').fill(ANALYST.name);
  await page.getByLabel('Rôle', { exact: true }).selectOption('analyst');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await page.getByRole('heading', { name: `Lien de configuration pour ${ANALYST.name}` }).waitFor();
  const analystLink = await page.getByRole('textbox', { name: 'Lien de configuration' }).inputValue();
  assert.match(analystLink, /\/app\/setup\?token=\S+$/);
  await page.getByText('expire dans 72 h').waitFor();
  const analystRow = page.getByRole('row', { name: new RegExp(ANALYST.name) });
  await analystRow.getByText('Non configurée').waitFor();
  assert.equal(await page.getByLabel(`Rôle de ${ANALYST.name}`).inputValue(), 'analyst');
  await screenshot(page, 'staff-staff');

  // Change the analyst's role, disable then enable the account.
  // Each asks first, saying what it changes; cancelling changes nothing.
  const roleSelect = page.getByLabel(`Rôle de ${ANALYST.name}`);
  await roleSelect.selectOption('admin');
  const question = page.getByRole('dialog', { name: `Changer le rôle de ${ANALYST.name} ?` });
  await question.getByText('gère les comptes du personnel').waitFor();
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  assert.equal(await roleSelect.inputValue(), 'analyst', 'Escape keeps the role');
  await roleSelect.selectOption('supervisor');
  await screenshot(page, 'staff-confirm-role');
  await assertNoAxeViolations(page, 'the role change question');
  await page.getByRole('dialog').getByRole('button', { name: 'Changer le rôle' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${ANALYST.name} est maintenant Superviseur·e.` })
    .waitFor();
  await page.getByRole('button', { name: `Désactiver le compte de ${ANALYST.name}` }).click();
  await page
    .getByRole('dialog', { name: `Désactiver le compte de ${ANALYST.name} ?` })
    .getByRole('button', { name: 'Désactiver le compte' })
    .click();
  await analystRow.getByText('Désactivé').waitFor();
  await page.getByRole('button', { name: `Réactiver le compte de ${ANALYST.name}` }).click();
  await analystRow.getByText('Actif').waitFor();

  // The same page on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'staff-staff-390');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Sign out.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByRole('heading', { name: 'Connexion' }).waitFor();
  await assertNoAxeViolations(page, 'the sign-in page');
  await screenshot(page, 'staff-signin');

  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'staff-signin-390');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Repeated failures make the address wait, and the person is told for how long.
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel('Adresse e-mail').fill(ANALYST.email);
    await page.getByLabel('Mot de passe').fill(`wrong guess ${attempt}`);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Continuer' }).click();
    assert.equal((await answered).status(), 401);
  }
  await page.getByLabel('Mot de passe').fill('one more guess');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: /Trop d’essais infructueux pour cette adresse\. Patientez \d+ secondes/ })
    .waitFor();
  await screenshot(page, 'staff-signin-delayed');

  // A stranger hammering the admin's address from elsewhere is made to wait…
  const strangerTries: number[] = [];
  for (let attempt = 1; attempt <= 6; attempt++) {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, password: `stranger guess ${attempt}` }),
    });
    strangerTries.push(res.status);
  }
  assert.deepEqual(strangerTries, [401, 401, 401, 401, 401, 429]);

  // …but not the admin's own browser, which signed in before: a wrong password is told plainly.
  await page.getByLabel('Adresse e-mail').fill(ADMIN.email);
  await page.getByLabel('Mot de passe').fill('not the password at all');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' }).waitFor();
  await screenshot(page, 'staff-signin-error');

  // Sign in again: password, then a fresh code (the enrolment code's time step is spent).
  await page.getByLabel('Mot de passe').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('heading', { name: 'Code de vérification' }).waitFor();
  const codeInput = page.getByLabel('Code à 6 chiffres');
  assert.equal(await codeInput.getAttribute('autocomplete'), 'one-time-code');
  assert.equal(await codeInput.getAttribute('inputmode'), 'numeric');
  await screenshot(page, 'staff-signin-code');
  used = await freshCode(totp, used.step);
  await codeInput.fill(used.code);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: `Bonjour, ${ADMIN.name}` }).waitFor();
  // An administrator lands on the accounts and the recent sensitive events.
  await page
    .getByRole('region', { name: 'Comptes' })
    .getByText(/sans double authentification/)
    .waitFor();
  await page
    .getByRole('region', { name: 'Événements sensibles récents' })
    .getByText('Compte créé')
    .first()
    .waitFor();
  // And whether the background jobs run and mail leaves: this server runs them, nothing waits.
  const operations = page.getByRole('region', { name: 'Tâches de fond et courrier' });
  await operations.getByText(/^Tout tourne/).waitFor();
  await operations
    .getByRole('table', { name: 'Files de tâches' })
    .getByRole('rowheader', { name: 'mail.deliver' })
    .waitFor();
  assert.equal(
    await page.getByRole('region', { name: 'Mon travail' }).count(),
    0,
    'an admin does not qualify',
  );
  await assertNoAxeViolations(page, 'the admin home page');
  await screenshot(page, 'home-admin');

  // My account: change my password. A wrong current one and a common new one are explained.
  await page.getByRole('link', { name: 'Mon compte' }).click();
  await page.getByRole('heading', { name: 'Mon compte', level: 1 }).waitFor();
  await page.getByText(ADMIN.email).waitFor();
  await assertNoAxeViolations(page, 'my account');
  const changeTo = async (current: string, next: string) => {
    await page.getByLabel('Mot de passe actuel').fill(current);
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(next);
    await page.getByLabel('Confirmez le nouveau mot de passe').fill(next);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  };
  await changeTo('not my password at all', NEW_PASSWORD);
  await page.getByRole('alert').filter({ hasText: 'Ce n’est pas votre mot de passe actuel.' }).waitFor();
  await changeTo(ADMIN.password, 'password1234');
  await page.getByRole('alert').filter({ hasText: 'fait partie des plus courants' }).waitFor();
  await screenshot(page, 'staff-account-refused');
  await changeTo(ADMIN.password, NEW_PASSWORD);
  await page.getByRole('status').filter({ hasText: 'Mot de passe changé.' }).waitFor();
  assert.equal(await page.getByLabel('Mot de passe actuel').inputValue(), '', 'the form is emptied');
  await screenshot(page, 'staff-account');

  // The audit log shows what just happened, newest first.
  await page.getByRole('navigation').getByRole('link', { name: 'Journal d’audit' }).click();
  await page.getByRole('heading', { name: 'Journal d’audit', level: 1 }).waitFor();
  const table = page.getByRole('table');
  await table.getByText('staff.created').first().waitFor();
  await table.getByText('Compte créé').first().waitFor();
  await table.getByText('role: analyst → supervisor').waitFor();
  const actions = await table.locator('tbody tr .action-code').allTextContents();
  for (const action of [
    'staff.created',
    'staff.updated',
    'auth.signed_in',
    'auth.signed_out',
    'auth.totp_enrolled',
    'auth.password_changed',
  ]) {
    assert.ok(actions.includes(action), `audit log shows ${action}: ${actions.join(', ')}`);
  }
  const seqs = (await table.locator('tbody tr td:first-child').allTextContents()).map(Number);
  assert.deepEqual(
    seqs,
    [...seqs].sort((a, b) => b - a),
    'newest first',
  );
  await assertNoAxeViolations(page, 'the audit log');
  await screenshot(page, 'staff-audit');

  // Narrowed to the account changes: only staff.* events, the person by name, the same view as CSV.
  await page.getByLabel('Quoi', { exact: true }).selectOption('staff.');
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await page.waitForURL(/action=staff\./);
  await table.getByText(ANALYST.name).first().waitFor();
  const filtered = await table.locator('tbody tr .action-code').allTextContents();
  assert.ok(filtered.length >= 3 && filtered.every((a) => a.startsWith('staff.')), filtered.join(', '));
  const csvHref = await page.getByRole('link', { name: 'Exporter cette vue en CSV' }).getAttribute('href');
  assert.match(csvHref ?? '', /^\/api\/audit\/export\.csv\?action=staff\.$/);
  const csv = await page.evaluate(async (href) => (await fetch(href)).text(), csvHref ?? '');
  const csvLines = csv.trimEnd().split('\r\n');
  assert.equal(csvLines[0], 'seq,at,actor,action,target_type,target_id,target,details');
  assert.equal(csvLines.length - 1, filtered.length, 'the CSV holds the rows shown');
  await screenshot(page, 'staff-audit-filtered');
  await page.getByRole('button', { name: 'Tout afficher' }).click();
  await page.waitForURL((url) => !url.search.includes('action='));

  // English on request, remembered across a reload.
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
  await page.getByRole('table').getByText('Account created').first().waitFor();
  // On a phone the filters start folded, so the log itself is on the first screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByRole('table').getByText('Account created').first().waitFor();
  assert.equal(await page.getByLabel('Who', { exact: true }).isVisible(), false, 'filters folded');
  const firstRow = await page.getByRole('table').locator('tbody tr').first().boundingBox();
  assert.ok(firstRow && firstRow.y + firstRow.height < 844, `first event at ${firstRow?.y} px`);
  await screenshot(page, 'staff-audit-390-en');
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Who', { exact: true }).waitFor();

  // Last, as it replaces this browser's session: the new password is the one that works now.
  const withNew = await page.request.post(`${server.url}/api/auth/login`, {
    data: { email: ADMIN.email, password: NEW_PASSWORD },
  });
  assert.equal(withNew.status(), 200);

  assert.deepEqual(problems, [], 'no script errors or CSP refusals in the console');
});
