/**
 * Notices in a real browser against the real server, nothing leaving the machine: a DNS server on
 * 127.0.0.1 places the reported host in France (an address of Free SAS's network) and on a
 * documentation network whose local RDAP registry names an abuse mailbox; an SMTP sink on 127.0.0.1
 * receives what the outbox sends. Two pages of that host are reported and qualified illegal (racial
 * hatred: one analyst suffices) through the API; the proposals job (every minute) proposes a removal
 * request to the host and a transmission to the police portal, both about the two items. A liaison
 * officer sees them waiting on /app/liaison; an analyst approves the host's (its text edited) and
 * withholds the portal's on the item page, and the host's leaves by e-mail and shows as sent; the
 * liaison officer records a reply and meets someone else's acknowledgement (409).
 * Then the whole way for a third page of that host, reported as grooming (four eyes): qualified, given
 * its second opinion on the item page, its two proposals approved there; the host's e-mail reaches the
 * SMTP sink, the reporter's status page says "removal requested", and the matching feedback template
 * is offered and sent. Last, the police portal's batch: the liaison officer prepares it, downloads its
 * CSV, marks it transmitted. axe at 1280 and 390 px; screenshots land in e2e/screenshots/ (notices-*,
 * liaison-*).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { startDnsServer, type TestDnsServer } from '../server/src/testing/dns-server.ts';
import { startRdapServer, type TestRdapServer } from '../server/src/testing/rdap-server.ts';
import { type SmtpSink, startSmtpSink } from '../server/src/testing/smtp-sink-process.ts';
import { closeBrowser, newPage, screenshot } from './support/browser.ts';
import {
  apiAs,
  type DemoServer,
  demoAccount,
  reportUrl,
  signInStaff,
  startDemoServer,
} from './support/demo-staff.ts';
import { assertNoAxeViolations, buildStaffApp, openItemSection } from './support/staff-app.ts';

/** Known to the local RDAP registry's fixtures (its domain), like the hosting test's French host. */
const HOST = 'photos.example.com';
/** Long on purpose: the liaison screen shortens addresses in the middle. */
const URL_1 = `https://${HOST}/albums/2026/rassemblement-public/galerie-des-participants/page-17/publication-0042-commentaires.html`;
const URL_2 = `https://${HOST}/albums/2026/rassemblement-public/affiche.html`;
const ABUSE = 'abuse@hosting.example';
/** Reported as grooming: a category whose "illegal" needs a second analyst (fr.ts fourEyes). */
const URL_3 = `https://${HOST}/albums/2026/messages/conversation-8812.html`;

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-e2e-notices-'));
let dns: TestDnsServer;
let rdap: TestRdapServer;
let smtp: SmtpSink;
let demo: DemoServer | undefined;
let analyst: Page;
let liaison: Page;
let itemId = '';
/** The grooming report's tracking code and secret, for its reporter's status page. */
let groomingReport: { tracking_code: string; secret: string };
let groomingId = '';

type ItemNotices = { notices: { id: string; state: string; recipient: { kind: string } }[] };

/** Waits until `check` is true of the item's notices (the proposals job runs every minute). */
async function waitForNotices(page: Page, id: string, check: (n: ItemNotices) => boolean, ms = 100_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await apiAs<ItemNotices>(page, 'GET', `/api/items/${id}/notices`);
    if (res.status === 200 && check(res.body)) return res.body;
    if (Date.now() > deadline) {
      const log = demo?.server.output().slice(-4000) ?? '';
      assert.fail(`notices not as expected: ${JSON.stringify(res.body)}\nserver log (end):\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

type Qualification = { category: string; legal_bases: string[]; details: object; notes: string };

const HATRED: Qualification = {
  category: 'hate_racial_religious',
  legal_bases: ['FR-L1881-24-al-7'],
  details: { protected_ground: 'race_origin' },
  notes: 'Appel explicite à la haine envers un groupe, publication publique.',
};
const GROOMING: Qualification = {
  category: 'grooming',
  legal_bases: ['FR-CP-227-22-1'],
  details: {},
  notes: 'Adulte proposant une rencontre à une enfant de 12 ans, messages publics.',
};

/**
 * Claims the item once its hosting look-up has settled, and qualifies it illegal: final at once, or
 * waiting for a second analyst when the category asks for four eyes (`state`).
 */
async function qualifyIllegal(
  page: Page,
  url: string,
  q: Qualification,
  state: 'assessed' | 'awaiting_second' = 'assessed',
): Promise<string> {
  const queue = await apiAs<{ items: { id: string; url: string }[] }>(
    page,
    'GET',
    `/api/queue?category=${q.category}`,
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
    category: q.category,
    legal_bases: q.legal_bases,
    verdict: 'illegal',
    details: q.details,
    notes: q.notes,
  });
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  assert.equal(saved.body.item.state, state);
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
  groomingReport = await reportUrl(demo.url, {
    category: 'grooming',
    url: URL_3,
    description: 'Un adulte propose à une enfant de la retrouver.',
  });
  analyst = await signInStaff(demo.url, demoAccount(demo.accounts, 'analyst'));
  liaison = await signInStaff(demo.url, demoAccount(demo.accounts, 'liaison_officer'));
  // A liaison officer lands on the notices waiting for approval.
  await liaison
    .getByRole('region', { name: 'Notifications' })
    .getByText(/approbation/)
    .waitFor();
  itemId = await qualifyIllegal(analyst, URL_1, HATRED);
  const second = await qualifyIllegal(analyst, URL_2, HATRED);
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

test('the whole way: four eyes → approve both proposals → the e-mail leaves → the reporter’s page → matching feedback', {
  timeout: 240_000,
}, async () => {
  assert.ok(demo);
  // Analyst 1 qualifies (API); analyst 2 gives the second opinion on the item page.
  groomingId = await qualifyIllegal(analyst, URL_3, GROOMING, 'awaiting_second');
  const page = await signInStaff(demo.url, demoAccount(demo.accounts, 'analyst', 1));
  await page.goto(`${demo.url}/app/items/${groomingId}`);
  await page.getByRole('heading', { name: 'Second avis nécessaire' }).waitFor();
  await page.getByRole('radio', { name: 'Je suis d’accord' }).check();
  await page.getByRole('button', { name: 'Donner mon avis' }).click();
  await page.getByRole('status').filter({ hasText: 'Avis enregistré.' }).waitFor();
  await openItemSection(page, 'Signaleur');
  const feedback = page.getByRole('region', { name: 'Retour au signaleur' });
  await feedback.getByText('Aucun modèle ne convient encore').waitFor();

  // The proposals job (every minute): a removal request to the host, a transmission to the portal.
  const proposed = await waitForNotices(page, groomingId, (n) => n.notices.length === 2);
  assert.deepEqual(proposed.notices.map((n) => `${n.recipient.kind}:${n.state}`).sort(), [
    'host:proposed',
    'police_portal:proposed',
  ]);
  await page.reload();
  // The header's next step: approving them, in the notices section.
  await page.getByRole('button', { name: 'Approuver 2 signalements' }).click();
  await page.getByRole('tab', { name: 'Notifications (2)', selected: true }).waitFor();
  const panel = page.getByRole('region', { name: /^Signalements aux destinataires/ });
  const host = panel.getByRole('article', { name: /^Hébergeur/ });
  const police = panel.getByRole('article', { name: /^Portail de la police · PHAROS/ });
  await host.getByRole('button', { name: /^Approuver… — Hébergeur/ }).click();
  await host.getByRole('button', { name: 'Approuver et envoyer' }).click();
  await host.getByRole('status').filter({ hasText: 'Signalement approuvé.' }).waitFor();
  await police.getByRole('button', { name: /^Approuver… — Portail de la police/ }).click();
  await police.getByRole('button', { name: 'Approuver et envoyer' }).click();
  await police.getByText('Approuvé, en attente d’envoi', { exact: true }).waitFor();

  // The outbox sends the host's notice to the SMTP sink; the page follows without a reload.
  // Its subject carries the notice's reference; the message is multipart (its X-ARF part attached).
  const hostNotice = proposed.notices.find((n) => n.recipient.kind === 'host');
  assert.ok(hostNotice);
  const mail = await smtp.waitFor((m) => m.to.includes(ABUSE) && m.subject.includes(hostNotice.id), 60_000);
  const parsed = await simpleParser(Buffer.from(mail.raw, 'base64'));
  assert.ok(parsed.text?.includes(URL_3), parsed.text);
  assert.match(mail.subject, /Demande de retrait/);
  await host.getByText('Envoyé', { exact: true }).waitFor({ timeout: 30_000 });

  // The reporter's status page, with the tracking code and the secret: the true outcome.
  const { page: reporter } = await newPage({ locale: 'fr-FR' });
  await reporter.goto(`${demo.url}/status?code=${groomingReport.tracking_code}`);
  await reporter.fill('#secret', groomingReport.secret);
  await Promise.all([reporter.waitForNavigation(), reporter.click('form.status-form button[type=submit]')]);
  const titles = await reporter.$$eval('.address-title', (els) =>
    els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim()),
  );
  assert.deepEqual(titles, ['Adresse 1 : Retrait demandé']);
  await reporter.getByText('Nous avons demandé son retrait à l’hébergeur').waitFor();
  await screenshot(reporter, 'notices-public-status');

  // Now a template tells it: the panel offers it (it followed the notice leaving) and sends it.
  await openItemSection(page, 'Signaleur');
  await feedback.getByText('Retrait demandé', { exact: true }).waitFor();
  const template = feedback.getByLabel('Modèle');
  await template.selectOption({ label: 'Retrait demandé à l’hébergeur' });
  await feedback.getByRole('button', { name: 'Envoyer' }).click();
  await feedback.getByRole('status').filter({ hasText: 'Message envoyé au signaleur.' }).waitFor();
  await assertNoAxeViolations(page, 'the item page after feedback');
  await screenshot(page, 'notices-feedback-sent');
  await page.close();
});

test('the police portal’s batch: prepare, download the CSV, mark transmitted', {
  timeout: 90_000,
}, async () => {
  const page = liaison;
  await page.reload();
  await page.getByRole('heading', { name: 'Transmissions', level: 1 }).waitFor();
  const batches = page.getByRole('region', { name: 'Lots pour la plateforme de signalement de la police' });
  await batches.getByRole('heading', { level: 2 }).waitFor();

  // Prepare now: the grooming item's approved transmission is the one waiting.
  await batches.getByRole('button', { name: 'Préparer un lot maintenant' }).click();
  const prepared = batches.getByRole('status').filter({ hasText: /^Lot du .+ préparé/ });
  await prepared.waitFor();
  assert.match((await prepared.textContent()) ?? '', /préparé : 1 contenu \(1 signalement\)\.$/);
  const table = batches.getByRole('table', { name: 'Lots, du plus récent au plus ancien' });
  const row = table.getByRole('row').nth(1); // the newest, under the header row
  await row.getByText('Préparé', { exact: true }).waitFor();
  await row.getByText('1 contenu · 1 signalement').waitFor();
  await row.getByText(/^préparé par /).waitFor();
  // Nothing else waits: a second click says so and makes no empty batch.
  const rowsBefore = await table.getByRole('row').count();
  await batches.getByRole('button', { name: 'Préparer un lot maintenant' }).click();
  await batches
    .getByRole('status')
    .filter({ hasText: 'Aucun signalement pour la plateforme de la police n’est en attente' })
    .waitFor();
  assert.equal(await table.getByRole('row').count(), rowsBefore);

  // The CSV: the portal's columns in its order, one row for the item, its address in it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('link', { name: /en CSV$/ }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...records] = csv.trim().split(/\r\n/);
  assert.equal(
    header,
    'Référence de la transmission,Référence du contenu,Date et heure de constatation,Adresse (URL),Catégorie,Fondement juridique,Pays d’hébergement,Adresse(s) IP,Réseau (AS),Empreinte(s) SHA-256,Empreinte(s) MD5,Observations de l’analyste,Contact du service émetteur',
  );
  assert.equal(records.length, 1, csv);
  assert.ok(records[0]?.includes(URL_3), csv);
  assert.ok(!csv.includes(URL_1), 'the withheld transmission is in no batch');
  const json = row.getByRole('link', { name: /en JSON$/ });
  assert.match(
    (await json.getAttribute('href')) ?? '',
    /^\/api\/police-batches\/[0-9a-f-]{36}\/export\.json$/,
  );

  await assertNoAxeViolations(page, 'the liaison screen with its batches');
  await screenshot(page, 'liaison-batches');
  await page.setViewportSize({ width: 390, height: 844 });
  await assertNoAxeViolations(page, 'the liaison screen with its batches at 390 px');
  await screenshot(page, 'liaison-batches-narrow');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Mark transmitted: the confirmation says what it records, then the state changes.
  await row.getByRole('button', { name: /^Marquer transmis le lot du / }).click();
  await row.getByText(/Vigie inscrira l’heure actuelle, à votre nom, comme heure d’envoi/).waitFor();
  await screenshot(page, 'liaison-batch-confirm');
  await row.getByRole('button', { name: /^Oui, le lot .+ est transmis$/ }).click();
  await batches
    .getByRole('status')
    .filter({ hasText: /marqué transmis : ses signalements sont enregistrés/ })
    .waitFor();
  await row.getByText('Transmis', { exact: true }).waitFor();
  await row.getByText(/^transmis par /).waitFor();
  assert.equal(await row.getByRole('button', { name: /^Marquer transmis/ }).count(), 0);
  await screenshot(page, 'liaison-batch-transmitted');

  // The transmission is sent now: the reporter may be told "forwarded to the authorities" too.
  const standing = await apiAs<{ outcomes: string[]; templates: { id: string; offered: boolean }[] }>(
    analyst,
    'GET',
    `/api/items/${groomingId}/feedback`,
  );
  assert.deepEqual(standing.body.outcomes, ['removal_requested', 'transmitted_to_police']);
  assert.ok(standing.body.templates.find((t) => t.id === 'forwarded_authorities')?.offered);
});
