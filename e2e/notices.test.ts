/**
 * Notices in a real browser against the real server, nothing leaving the machine: a DNS server on
 * 127.0.0.1 places the reported host in France (an address of Free SAS's network) and on a
 * documentation network whose local RDAP registry names an abuse mailbox; an SMTP sink on 127.0.0.1
 * receives what the outbox sends. Two pages of that host are reported and qualified illegal (racial
 * hatred: one analyst suffices) through the API; the proposals job (every minute) proposes a removal
 * request to the host and a transmission to the police portal, both about the two items. A liaison
 * officer sees them waiting on /app/liaison; an analyst approves the host's (its text edited) and
 * withholds the portal's on the item page, and the host's leaves by e-mail and shows as sent; the
 * liaison officer records a reply and meets someone else's acknowledgement (409). axe at 1280 and
 * 390 px; screenshots land in e2e/screenshots/ (notices-*, liaison-*).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDnsServer, type TestDnsServer } from '../server/src/testing/dns-server.ts';
import { startRdapServer, type TestRdapServer } from '../server/src/testing/rdap-server.ts';
import { type SmtpSink, startSmtpSink } from '../server/src/testing/smtp-sink-process.ts';
import { closeBrowser, screenshot } from './support/browser.ts';
import {
  type DemoServer,
  demoAccount,
  reportUrl,
  signInStaff,
  startDemoServer,
} from './support/demo-staff.ts';
import { assertNoAxeViolations, buildStaffApp } from './support/staff-app.ts';

/** Known to the local RDAP registry's fixtures (its domain), like the hosting test's French host. */
const HOST = 'photos.example.com';
/** Long on purpose: the liaison screen shortens addresses in the middle. */
const URL_1 = `https://${HOST}/albums/2026/rassemblement-public/galerie-des-participants/page-17/publication-0042-commentaires.html`;
const URL_2 = `https://${HOST}/albums/2026/rassemblement-public/affiche.html`;
const ABUSE = 'abuse@hosting.example';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-e2e-notices-'));
let dns: TestDnsServer;
let rdap: TestRdapServer;
let smtp: SmtpSink;
let demo: DemoServer | undefined;
let analyst: Page;
let liaison: Page;
let itemId = '';

/** A call to the API with the session of whoever is signed in on `page` (cookie + CSRF header). */
async function apiAs<T = Record<string, unknown>>(
  page: Page,
  method: string,
  apiPath: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const result = await page.evaluate(
    async ({ method, apiPath, body }) => {
      const { csrf_token } = await (await fetch('/api/auth/session')).json();
      const res = await fetch(apiPath, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf_token },
        ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }),
      });
      return { status: res.status, body: await res.json() };
    },
    { method, apiPath, body },
  );
  return result as { status: number; body: T };
}

type ItemNotices = { notices: { id: string; state: string; recipient: { kind: string } }[] };

/** Waits until `check` is true of the item's notices (the proposals job runs every minute). */
async function waitForNotices(page: Page, id: string, check: (n: ItemNotices) => boolean, ms = 100_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await apiAs<ItemNotices>(page, 'GET', `/api/items/${id}/notices`);
    if (res.status === 200 && check(res.body)) return res.body;
    if (Date.now() > deadline) assert.fail(`notices not as expected: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Claims the item once its hosting look-up has settled, and qualifies it illegal (final at once). */
async function qualifyIllegalHatred(page: Page, url: string): Promise<string> {
  const queue = await apiAs<{ items: { id: string; url: string }[] }>(
    page,
    'GET',
    '/api/queue?category=hate_racial_religious',
  );
  const found = queue.body.items.find((i) => i.url === url);
  assert.ok(found, `${url} not in the queue`);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const hosting: { body: { state: string; records: { lookup: { country: string | null } }[] } } =
      await apiAs<{ state: string; records: { lookup: { country: string | null } }[] }>(
        page,
        'GET',
        `/api/items/${found.id}/hosting`,
      );
    const settled = hosting.body.state === 'done' || hosting.body.state === 'gave_up';
    if (settled && hosting.body.records[0]?.lookup.country === 'FR') break;
    if (Date.now() > deadline) assert.fail(`hosting not settled: ${JSON.stringify(hosting.body)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.equal((await apiAs(page, 'POST', `/api/items/${found.id}/claim`)).status, 200);
  const item = await apiAs<{ item: { version: number } }>(page, 'GET', `/api/items/${found.id}`);
  const saved = await apiAs<{ item: { state: string } }>(page, 'POST', `/api/items/${found.id}/assessments`, {
    version: item.body.item.version,
    category: 'hate_racial_religious',
    legal_bases: ['FR-L1881-24-al-7'],
    verdict: 'illegal',
    details: { protected_ground: 'race_origin' },
    notes: 'Appel explicite à la haine envers un groupe, publication publique.',
  });
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  assert.equal(saved.body.item.state, 'assessed');
  return found.id;
}

before(async () => {
  buildStaffApp();
  dns = await startDnsServer({ [HOST]: { A: ['212.27.48.10', '192.0.2.10'] } });
  rdap = await startRdapServer();
  rdap.writeBootstrap(path.join(scratch, 'rdap'));
  smtp = await startSmtpSink();
  demo = await startDemoServer({
    name: 'notices',
    demoArgs: ['--reports', '4', '--days', '3', '--seed', '11'],
    serverEnv: {
      VIGIE_DNS_SERVERS: dns.address,
      VIGIE_RDAP_BOOTSTRAP_DIR: path.join(scratch, 'rdap'),
      // The local RDAP registry listens on 127.0.0.1, which the fetcher refuses but for this test opening.
      VIGIE_UNSAFE_FETCH_ALLOW_FOR_TESTS: '127.0.0.1',
      VIGIE_SMTP_URL: smtp.url,
      VIGIE_MAIL_FROM: 'Vigie e2e <signalements@vigie-e2e.example>',
    },
  });
  for (const url of [URL_1, URL_2]) {
    await reportUrl(demo.url, { category: 'hate_racial_religious', url, description: 'Appel à la haine.' });
  }
  analyst = await signInStaff(demo.url, demoAccount(demo.accounts, 'analyst'));
  liaison = await signInStaff(demo.url, demoAccount(demo.accounts, 'liaison_officer'));
  itemId = await qualifyIllegalHatred(analyst, URL_1);
  const second = await qualifyIllegalHatred(analyst, URL_2);
  // Host removal request and police portal transmission, each about both items (batched).
  await waitForNotices(analyst, second, (n) => n.notices.length === 2);
  await waitForNotices(analyst, itemId, (n) => n.notices.length === 2);
});

after(async () => {
  await closeBrowser();
  await demo?.stop();
  await smtp?.stop();
  await rdap?.close();
  await dns?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const section = (page: Page, name: RegExp) => page.getByRole('region', { name });
const rowWith = (page: Page, where: RegExp, text: string) =>
  section(page, where)
    .getByRole('listitem')
    .filter({ hasText: text })
    .filter({ has: page.locator('.liaison-who') });

test('the liaison officer sees the proposals waiting, with their items as text', {
  timeout: 60_000,
}, async () => {
  const page = liaison;
  await page.getByRole('navigation').getByRole('link', { name: 'Transmissions' }).click();
  await page.getByRole('heading', { name: 'Transmissions', level: 1 }).waitFor();
  const waiting = section(page, /^À approuver/);
  const host = rowWith(page, /^À approuver/, ABUSE);
  await host.waitFor();
  await host.getByText('Hébergeur', { exact: false }).first().waitFor();
  // Both items, as text: the long one shortened in the middle, whole for screen readers; no link to it.
  await host.getByText(URL_1, { exact: true }).waitFor();
  await host.getByText(URL_2, { exact: true }).waitFor();
  assert.equal(await page.locator(`a[href^="https://${HOST}"]`).count(), 0, 'no link to reported content');
  await waiting.getByRole('listitem').filter({ hasText: 'PHAROS' }).first().waitFor();
  assert.match((await waiting.getByRole('heading').textContent()) ?? '', /À approuver · \d+/);
  await assertNoAxeViolations(page, 'the liaison screen');
  await screenshot(page, 'liaison');

  // Filters: the police portal only, then proposed notices to hosts only (one list).
  await page.getByLabel('Destinataire').selectOption({ label: 'Portail de la police' });
  assert.equal(await rowWith(page, /^À approuver/, ABUSE).count(), 0);
  await waiting.getByRole('listitem').filter({ hasText: 'PHAROS' }).first().waitFor();
  await page.getByLabel('Destinataire').selectOption({ label: 'Hébergeur' });
  await page.getByLabel('État').selectOption({ label: 'Proposé' });
  await rowWith(page, /^Signalements/, ABUSE).waitFor();
  assert.equal(await section(page, /^À approuver/).count(), 0);
  await page.getByLabel('État').selectOption({ label: 'Tous' });
  await page.getByLabel('Destinataire').selectOption({ label: 'Tous' });

  await page.setViewportSize({ width: 390, height: 844 });
  await rowWith(page, /^À approuver/, ABUSE).waitFor();
  await assertNoAxeViolations(page, 'the liaison screen at 390 px');
  await screenshot(page, 'liaison-narrow');
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('on the item page: approve the host’s notice (edited) and withhold the portal’s; it leaves by e-mail', {
  timeout: 90_000,
}, async () => {
  const page = analyst;
  await page.goto(`${demo?.url}/app/items/${itemId}`);
  const panel = page.getByRole('region', { name: /^Signalements aux destinataires/ });
  const host = panel.getByRole('article', { name: /^Hébergeur/ });
  const police = panel.getByRole('article', { name: /^Portail de la police · PHAROS/ });
  await host.getByText('Proposé', { exact: true }).waitFor();
  await host.getByText(ABUSE).waitFor();
  await host.getByText('illegal_host_in_country').waitFor();
  await police.getByText('lot quotidien du portail').waitFor();
  await police.getByText('illegal_police_portal').waitFor();
  await assertNoAxeViolations(page, 'the item page with its notices');
  await screenshot(page, 'notices-item');

  // Approve: the editor shows the composed text, which the analyst edits a little.
  await host.getByRole('button', { name: /^Approuver… — Hébergeur/ }).click();
  const body = host.getByLabel('Texte', { exact: true });
  await body.waitFor();
  const composed = await body.inputValue();
  assert.match(composed, /LCEN/);
  assert.ok(composed.includes(URL_1) && composed.includes(URL_2), 'both items in the text');
  assert.equal(await host.getByLabel('Adresse du destinataire').inputValue(), ABUSE);
  await body.fill(`${composed}\n\nPS : les deux pages sont encore en ligne ce matin.`);
  await screenshot(page, 'notices-editor');
  await host.getByRole('button', { name: 'Approuver et envoyer' }).click();
  await host.getByRole('status').filter({ hasText: 'Signalement approuvé.' }).waitFor();

  // Withhold: a reason is required.
  await police.getByRole('button', { name: /^Ne pas envoyer… — / }).click();
  await police.getByRole('button', { name: 'Ne pas envoyer', exact: true }).click();
  await police.getByText('Donnez la raison.').waitFor();
  await police
    .getByLabel('Pourquoi ne pas l’envoyer ?')
    .fill('Déjà transmis à PHAROS par téléphone ce matin.');
  await police.getByRole('button', { name: 'Ne pas envoyer', exact: true }).click();
  await police.getByText('Non envoyé', { exact: true }).waitFor();
  await police.getByText('Raison : Déjà transmis à PHAROS par téléphone ce matin.').waitFor();

  // The outbox sends the host's notice to the SMTP sink; the panel follows until it is sent.
  const mail = await smtp.waitFor((m) => m.to.includes(ABUSE), 30_000);
  assert.match(mail.text, /PS : les deux pages sont encore en ligne ce matin\./);
  assert.match(mail.subject, /Demande de retrait/);
  await host.getByText('Envoyé', { exact: true }).waitFor({ timeout: 30_000 });
  await host.getByText(/approuvé par /).waitFor();
  await assertNoAxeViolations(page, 'the item page after approving and withholding');
  await screenshot(page, 'notices-item-done');
  await page.setViewportSize({ width: 390, height: 844 });
  await assertNoAxeViolations(page, 'the item page’s notices at 390 px');
  await screenshot(page, 'notices-item-narrow');
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('the liaison officer records a reply; acknowledging after someone else did says so', {
  timeout: 60_000,
}, async () => {
  const page = liaison;
  await page.reload();
  await page.getByRole('heading', { name: 'Transmissions', level: 1 }).waitFor();
  const sent = rowWith(page, /^Envoyés/, ABUSE);
  await sent.waitFor();
  await sent.getByRole('button', { name: /^Ajouter un retour… — / }).click();
  await sent.getByLabel('Texte reçu').fill('Bonjour, nous examinons votre demande. Ticket #88121.');
  await sent.getByLabel('Type de retour').selectOption({ label: 'Réponse' });
  await sent.getByRole('button', { name: 'Enregistrer le retour' }).click();
  await page.getByRole('status').filter({ hasText: 'Retour enregistré.' }).first().waitFor();
  await sent.getByText(/^Réponse · /).waitFor();
  await screenshot(page, 'liaison-reply');

  // Someone else acknowledges first (the API, as the analyst); the officer's click meets a 409.
  const hostNotice = (await waitForNotices(analyst, itemId, () => true)).notices.find(
    (n) => n.recipient.kind === 'host',
  );
  assert.ok(hostNotice);
  assert.equal((await apiAs(analyst, 'POST', `/api/notices/${hostNotice.id}/acknowledge`)).status, 200);
  await sent.getByRole('button', { name: /^Accusé de réception — / }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: 'Quelqu’un d’autre a agi sur ce signalement entre-temps' })
    .first()
    .waitFor();
  // Reloaded: the notice left the "sent" section.
  await rowWith(page, /^Envoyés/, ABUSE).waitFor({ state: 'detached' });
  await assertNoAxeViolations(page, 'the liaison screen after a conflict');
  await screenshot(page, 'liaison-conflict');
});
