/**
 * The demo data set's staff accounts, read from `vigie demo`'s output, and signing one of them in
 * to the staff app in a fresh browser context (password, then a TOTP code).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage } from './browser.ts';
import { totpFor } from './staff-app.ts';

export type DemoAccount = { role: string; email: string; password: string; totpSecret: string };

/** The account lines `vigie demo` prints: role, e-mail, password and TOTP secret. */
export function demoAccounts(demoOutput: string): DemoAccount[] {
  return [...demoOutput.matchAll(/^\s+(\w+)\s+(\S+@\S+)\s+password (\S+)\s+TOTP secret ([A-Z2-7]+=*)/gm)].map(
    (m) => ({ role: m[1] ?? '', email: m[2] ?? '', password: m[3] ?? '', totpSecret: m[4] ?? '' }),
  );
}

export function demoAccount(accounts: DemoAccount[], role: string, nth = 0): DemoAccount {
  const found = accounts.filter((a) => a.role === role)[nth];
  assert.ok(found, `no demo ${role} #${nth + 1}`);
  return found;
}

/** Signs `who` in (French interface) and waits for the home page; a page error fails the test. */
export async function signInStaff(baseUrl: string, who: DemoAccount): Promise<Page> {
  const { page } = await newPage({ locale: 'fr-FR' });
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  await page.goto(`${baseUrl}/app/`);
  await page.getByLabel('Adresse e-mail').fill(who.email);
  await page.getByLabel('Mot de passe').fill(who.password);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByLabel('Code à 6 chiffres').fill(totpFor(who.totpSecret).generate());
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: /^Bonjour/ }).waitFor();
  return page;
}
