/**
 * Where an item is hosted and its captured evidence, in a real browser against the real server,
 * with nothing leaving the machine: a DNS server on 127.0.0.1 answers for the reported hosts (one
 * resolves to 127.0.0.1, where a local site serves a page with two synthetic images and a third on
 * an address the fetcher refuses; others to public addresses that are only ever named, never
 * contacted), a local RDAP registry answers for every network and domain, and the server fetches
 * only 127.0.0.1 through its test allow-list. An analyst watches the hosting panel fill in by
 * itself (country, network, contacts with their source), looks up again, and filters the queue by
 * where items are hosted; a liaison officer sees the panel but cannot capture. axe at 1280 and
 * 390 px; screenshots land in e2e/screenshots/ (hosting-*).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { startDnsServer, type TestDnsServer } from '../server/src/testing/dns-server.ts';
import { startTestSite, type TestSite } from '../server/src/testing/http-site.ts';
import { startRdapServer, type TestRdapServer } from '../server/src/testing/rdap-server.ts';
import { closeBrowser, screenshot } from './support/browser.ts';
import {
  type DemoServer,
  demoAccount,
  reportUrl,
  signInStaff,
  startDemoServer,
} from './support/demo-staff.ts';
import { assertNoAxeViolations, buildStaffApp, openItemSection } from './support/staff-app.ts';

/**
 * Hosted in France (212.27.48.10 is in Free SAS's network, AS12322), and on a documentation address
 * whose registry (RIPE-style fixture) names an abuse mailbox; its registrar is in the directory.
 */
const FRENCH_URL = 'https://photos.example.com/album/7/vacances-ete.html';
/** Behind Cloudflare (a CNAME into cdn.cloudflare.net, an address in its published range); in the directory. */
const CDN_URL = 'https://www.example-video.example/watch?v=e2e-hosting-panel';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-e2e-hosting-'));
let dns: TestDnsServer;
let rdap: TestRdapServer;
let site: TestSite;
let demo: DemoServer | undefined;
let analyst: Page;
let capturedUrl = '';

/** A synthetic picture: flat colour bands, nothing that looks like anything. */
function bandsPng(colours: [number, number, number][]): Promise<Buffer> {
  const width = 320;
  const height = 200;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = colours[Math.floor((x / width) * colours.length)] ?? [0, 0, 0];
      pixels.set(colour, (y * width + x) * 3);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

before(async () => {
  buildStaffApp();
  dns = await startDnsServer({
    'site.vigie-e2e.test': { A: ['127.0.0.1'] },
    // Loopback, but not the address the test allow-list opens: the fetcher must refuse it.
    'hidden.vigie-e2e.test': { A: ['127.0.0.2'] },
    'photos.example.com': { A: ['212.27.48.10', '192.0.2.10'] },
    'www.example-video.example': { CNAME: 'example-video.example.cdn.cloudflare.net' },
    'example-video.example.cdn.cloudflare.net': { A: ['104.16.132.229'] },
  });
  rdap = await startRdapServer();
  rdap.writeBootstrap(path.join(scratch, 'rdap'));

  const [red, green] = await Promise.all([
    bandsPng([
      [200, 40, 40],
      [40, 40, 200],
    ]),
    bandsPng([
      [40, 160, 60],
      [220, 200, 40],
      [40, 40, 40],
    ]),
  ]);
  const png = (bytes: Buffer) => (_req: unknown, res: import('node:http').ServerResponse) =>
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': bytes.length }).end(bytes);
  site = await startTestSite({
    '/gallery.html': (_req, res) => {
      const base = `http://site.vigie-e2e.test:${site.port}`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="fr"><head><title>Galerie de test</title></head><body>
<h1>Galerie</h1>
<img src="${base}/images/bands-red-blue.png" alt="">
<img src="/images/bands-green-yellow.png" alt="">
<img src="http://hidden.vigie-e2e.test:${site.port}/images/private.png" alt="">
</body></html>`);
    },
    '/images/bands-red-blue.png': png(red),
    '/images/bands-green-yellow.png': png(green),
    '/images/private.png': png(red),
  });
  capturedUrl = `http://site.vigie-e2e.test:${site.port}/gallery.html`;

  demo = await startDemoServer({
    name: 'hosting-capture',
    demoArgs: ['--reports', '4', '--days', '3', '--seed', '5'],
    serverEnv: {
      VIGIE_DNS_SERVERS: dns.address,
      VIGIE_RDAP_BOOTSTRAP_DIR: path.join(scratch, 'rdap'),
      VIGIE_UNSAFE_FETCH_ALLOW_FOR_TESTS: '127.0.0.1',
    },
  });
  for (const [url, category] of [
    [FRENCH_URL, 'hate_racial_religious'],
    [CDN_URL, 'terrorism'],
    [capturedUrl, 'hate_racial_religious'],
  ] as const) {
    await reportUrl(demo.url, { category, url, description: 'Signalé pour le test de l’hébergement.' });
  }
  analyst = await signInStaff(demo.url, demoAccount(demo.accounts, 'analyst'));
});

after(async () => {
  await closeBrowser();
  await demo?.stop();
  await site?.close();
  await rdap?.close();
  await dns?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function openItem(page: Page, url: string, section: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'File' }).click();
  await page.getByRole('heading', { name: 'File de qualification', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await page.getByRole('link', { name: `Ouvrir la fiche de ${url}` }).click();
  await page.getByRole('heading', { name: 'Fiche du contenu', level: 1 }).waitFor();
  await openItemSection(page, section);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hostingPanel = (page: Page) => page.getByRole('region', { name: 'Hébergement' });

test('the hosting panel fills in by itself: country, network, contacts with their source; look up again', {
  timeout: 120_000,
}, async () => {
  const page = analyst;
  await openItem(page, FRENCH_URL, 'Hébergement');
  const panel = hostingPanel(page);
  // The look-up runs as a job right after the report; the panel asks again until it is done.
  await panel.getByText('France (FR)').waitFor({ timeout: 30_000 });
  await panel.getByText('AS12322 · Free SAS').waitFor();
  assert.deepEqual(
    await panel.getByRole('list', { name: 'Adresses' }).getByRole('listitem').allTextContents(),
    ['212.27.48.10', '192.0.2.10'],
  );
  const registrar = panel.getByRole('link', { name: 'abuse@registrar.example' });
  assert.equal(await registrar.getAttribute('href'), 'mailto:abuse@registrar.example');
  // The directory's entry for the registrar overrides RDAP and comes first, marked.
  const contacts = panel.getByRole('list', { name: 'Contacts pour signaler' }).getByRole('listitem');
  assert.match(
    (await contacts.first().textContent()) ?? '',
    /Example Registrar.*Annuaire.*annuaire, mis à jour le/s,
  );
  // The documentation network's registry names its abuse mailbox: RDAP, with the date of its answer.
  const network = contacts.filter({ hasText: 'abuse@hosting.example' });
  await network.getByText(/^RDAP \(réseau\), \d/).waitFor();
  // The registry of Free's network has no record of the address (not in the fixtures): plain words.
  await panel.getByText('Le registre du réseau (RDAP) ne connaît pas cette ressource.').waitFor();
  await panel.getByText(/^Bases hors ligne : pays du /).waitFor();
  await assertNoAxeViolations(page, 'the item page with its hosting panel');
  await screenshot(page, 'hosting-item-fr');

  // Look up again: audited, runs as a job, and the first record folds away under "earlier".
  await panel.getByRole('button', { name: 'Relancer la recherche' }).click();
  await panel.getByText('Recherches précédentes (1)').waitFor({ timeout: 30_000 });
  await panel
    .getByText(/demandée par /)
    .first()
    .waitFor();
  await openItemSection(page, 'Historique');
  await page
    .getByRole('region', { name: 'Historique' })
    .getByText(/Nouvelle recherche d’hébergement demandée/)
    .waitFor();
  await openItemSection(page, 'Hébergement');
  await panel.getByText('Recherches précédentes (1)').click();
  await screenshot(page, 'hosting-item-again');
});

test('a CDN in front is flagged and asked first; a directory entry comes first, its web form opens apart', {
  timeout: 90_000,
}, async () => {
  const page = analyst;
  await openItem(page, CDN_URL, 'Hébergement');
  const panel = hostingPanel(page);
  await panel.getByText('Origine cachée derrière Cloudflare : s’adresser d’abord à Cloudflare.').waitFor({
    timeout: 30_000,
  });
  await panel.getByText('example-video.example.cdn.cloudflare.net').waitFor();
  const contacts = panel.getByRole('listitem').filter({ has: page.getByText(/^(annuaire|liste des CDN)/) });
  assert.match((await contacts.first().textContent()) ?? '', /Example Video.*Annuaire/s, 'directory first');
  const form = panel.getByRole('link', { name: /example-video\.example\/legal\/report/ });
  assert.equal(await form.getAttribute('target'), '_blank');
  assert.equal(await form.getAttribute('rel'), 'noreferrer noopener');
  await assertNoAxeViolations(page, 'the item page of an item behind a CDN');
  await screenshot(page, 'hosting-item-cdn');

  await page.setViewportSize({ width: 390, height: 844 });
  await assertNoAxeViolations(page, 'the item page at 390 px');
  await screenshot(page, 'hosting-item-narrow');
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('the queue filters by where items are hosted, shows the country of each row and keeps it in a view', {
  timeout: 90_000,
}, async () => {
  const page = analyst;
  await page.getByRole('navigation').getByRole('link', { name: 'File' }).click();
  await page.getByRole('heading', { name: 'File de qualification', level: 1 }).waitFor();
  const rowOf = (url: string) =>
    page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(url)}`) }) });
  await rowOf(FRENCH_URL).getByText('FR', { exact: true }).waitFor();

  await page.getByLabel('Hébergé').selectOption({ label: 'France' });
  await rowOf(FRENCH_URL).waitFor();
  assert.equal(await rowOf(CDN_URL).count(), 0, 'abroad is not in France');
  await page.getByLabel('Hébergé').selectOption({ label: 'Étranger' });
  await rowOf(CDN_URL).waitFor();
  assert.equal(await rowOf(FRENCH_URL).count(), 0);
  assert.equal(await rowOf(capturedUrl).count(), 0, 'a loopback address has no country');
  await page.getByLabel('Hébergé').selectOption({ label: 'Inconnu' });
  await rowOf(capturedUrl).waitFor();
  await assertNoAxeViolations(page, 'the queue filtered by hosting');

  // One country by its code: the name shows as it is typed.
  await page.getByLabel('Hébergé').selectOption({ label: 'Partout' });
  await page.getByLabel('Pays (code)').fill('us');
  await page.getByText('États-Unis', { exact: false }).first().waitFor();
  await rowOf(CDN_URL).waitFor();
  assert.equal(await rowOf(FRENCH_URL).count(), 0);

  // Saved views keep the hosting filters.
  await page.getByLabel('Hébergé').selectOption({ label: 'Étranger' });
  await page.getByLabel('Nom de la vue').fill('Hébergé hors de France');
  await page.getByRole('button', { name: 'Enregistrer ces filtres' }).click();
  await page.getByRole('status').filter({ hasText: 'Hébergé hors de France' }).waitFor();
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  // The field follows the filters after the render (an effect): read it once the queue has reloaded.
  await rowOf(FRENCH_URL).waitFor();
  assert.equal(await page.getByLabel('Pays (code)').inputValue(), '');
  await page.getByLabel('Vue enregistrée').selectOption({ label: 'Hébergé hors de France' });
  await rowOf(CDN_URL).waitFor();
  assert.equal(await rowOf(FRENCH_URL).count(), 0);
  assert.equal(await page.getByLabel('Pays (code)').inputValue(), 'US');
  await screenshot(page, 'hosting-queue');

  await page.setViewportSize({ width: 390, height: 844 });
  await assertNoAxeViolations(page, 'the queue at 390 px');
  await screenshot(page, 'hosting-queue-narrow');
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('an analyst captures the page: progress, blurred evidence, the refused image and why, what is kept', {
  timeout: 150_000,
}, async () => {
  const page = analyst;
  await openItem(page, capturedUrl, 'Preuves');
  const panel = page.getByRole('region', { name: 'Capture de la page' });
  const media = page.getByRole('region', { name: 'Médias' });
  await media.getByText('Aucun média joint.').waitFor();
  const button = panel.getByRole('button', { name: 'Capturer la page' });
  await button.click();
  // Asked: the button waits while the server works, and the progress shows where it is.
  await panel.getByRole('status').filter({ hasText: 'Capture demandée' }).waitFor();
  assert.equal(await button.isDisabled(), true, 'no second capture while one runs');
  await panel.getByRole('list', { name: 'Avancement' }).waitFor();
  await screenshot(page, 'hosting-capture-running');
  await panel.getByRole('status').filter({ hasText: 'Capture terminée' }).waitFor({ timeout: 90_000 });
  assert.equal(await button.isDisabled(), false);

  // What the fetcher saw, and what is kept for this category.
  await panel.getByText(capturedUrl, { exact: true }).first().waitFor();
  await panel.getByText('200 · text/html', { exact: false }).waitFor();
  await panel.getByText('127.0.0.1', { exact: true }).waitFor();
  await panel.getByText(/^Original gardé jusqu’au /).waitFor();
  // The page is evidence: hashes and a download of its source, never rendered.
  await panel
    .getByText(/^[0-9a-f]{64}$/)
    .first()
    .waitFor();
  const download = panel.getByRole('link', { name: 'Télécharger la source (texte)' });
  assert.match((await download.getAttribute('href')) ?? '', /^\/api\/media\/[0-9a-f-]+\/content$/);
  assert.equal(await page.locator('iframe').count(), 0, 'the captured page is never rendered');
  // Two images kept, the third refused: its address is this machine's, which the fetcher refuses.
  const found = panel.getByRole('listitem').filter({ hasText: /\/images\// });
  await found.filter({ hasText: 'bands-red-blue.png' }).getByText('Conservé').waitFor();
  await found.filter({ hasText: 'bands-green-yellow.png' }).getByText('Conservé').waitFor();
  const refused = found.filter({ hasText: 'hidden.vigie-e2e.test' });
  await refused.getByText('Refusé').waitFor();
  await refused.getByText('adresse de la machine elle-même (boucle locale)').waitFor();
  assert.equal(site.requests.filter((r) => r.url.includes('private.png')).length, 0, 'never fetched');

  // The media panel shows the new evidence blurred, and no original was requested.
  const previews = media.locator('img.media-preview');
  await previews.nth(1).waitFor();
  assert.ok((await previews.count()) >= 2, 'the two images (and the screenshot) show as previews');
  assert.equal(await media.locator('img.media-original').count(), 0, 'nothing revealed by default');
  await media.getByText('Capture de la page').first().waitFor();
  // "See in the media" moves to the media and gives it the focus.
  await found
    .filter({ hasText: 'bands-red-blue.png' })
    .getByRole('link', { name: 'Voir dans les médias' })
    .click();
  assert.equal(
    await page.evaluate(() => document.activeElement?.classList.contains('media-item')),
    true,
    'focus on the media',
  );
  await openItemSection(page, 'Historique');
  await page
    .getByRole('region', { name: 'Historique' })
    .getByText(/^Capture demandée/)
    .waitFor();
  await openItemSection(page, 'Preuves');

  await assertNoAxeViolations(page, 'the item page after a capture');
  await screenshot(page, 'hosting-capture-done');
  await page.setViewportSize({ width: 390, height: 844 });
  await assertNoAxeViolations(page, 'the item page after a capture at 390 px');
  await screenshot(page, 'hosting-capture-narrow');
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('a liaison officer sees the hosting panel and may look up again, but is offered no capture', {
  timeout: 60_000,
}, async () => {
  assert.ok(demo);
  const page = await signInStaff(demo.url, demoAccount(demo.accounts, 'liaison_officer'));
  await openItem(page, FRENCH_URL, 'Hébergement');
  const panel = hostingPanel(page);
  await panel.getByText('France (FR)').first().waitFor({ timeout: 30_000 });
  await panel.getByRole('button', { name: 'Relancer la recherche' }).waitFor();
  await openItemSection(page, 'Preuves');
  await page.getByRole('region', { name: 'Capture de la page' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Capturer la page' }).count(), 0);
  await page.context().close();
});
