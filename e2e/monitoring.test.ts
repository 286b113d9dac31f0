/**
 * Removal monitoring in a real browser against the real server, nothing leaving the machine: a DNS
 * server on 127.0.0.1 sends the reported forum's name to 127.0.0.1, where a local site serves its two
 * pages (the fetcher opens 127.0.0.1 for this test only); the directory names the forum as a platform
 * with an abuse mailbox, so a verdict of illegal proposes a DSA notice by e-mail, which the outbox
 * sends to an SMTP sink on 127.0.0.1.
 *
 * First, the screens full of weeks of work (answers from typed fixtures: a fresh server has nothing
 * online for days): the monitoring screen and an item's follow-up, axe and screenshots at 1280 and
 * 390 px. Then the real flow: both pages qualified illegal, the platform's notice approved and sent;
 * the monitoring job enrols the items; on the item page "check now" finds page 1 online, then, once
 * the site answers 404, removed twice: the removal is confirmed. Page 2 is paused (a reason is
 * required), resumed and recorded removed by hand. The monitoring screen counts both; an auditor
 * reads the follow-up without its actions. Screenshots land in e2e/screenshots/ (monitoring-*).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startDnsServer, type TestDnsServer } from '../server/src/testing/dns-server.ts';
import { startTestSite, type TestSite } from '../server/src/testing/http-site.ts';
import { startRdapServer, type TestRdapServer } from '../server/src/testing/rdap-server.ts';
import { type SmtpSink, startSmtpSink } from '../server/src/testing/smtp-sink-process.ts';
import { closeBrowser, screenshot } from './support/browser.ts';
import {
  apiAs,
  type DemoServer,
  demoAccount,
  reportUrl,
  signInStaff,
  startDemoServer,
} from './support/demo-staff.ts';
import { followUpFixture, overviewFixture } from './support/monitoring-fixtures.ts';
import { assertNoAxeViolations, buildStaffApp, openItemSection } from './support/staff-app.ts';

const FORUM = 'forum.vigie-e2e.test';
const ABUSE = 'dsa-notices@forum.vigie-e2e.test';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-e2e-monitoring-'));
let dns: TestDnsServer;
let rdap: TestRdapServer;
let smtp: SmtpSink;
let site: TestSite;
let demo: DemoServer | undefined;
let analyst: Page;
let liaison: Page;
/** What page 1 answers: the page, or 404 once the forum took it down. */
let page1Online = true;
let url1 = '';
let url2 = '';
let item1 = '';
let item2 = '';

/** Asks `read` every second until `check` holds; fails with the server's log after `ms`. */
async function waitUntil<T>(what: string, read: () => Promise<T>, check: (v: T) => boolean, ms = 100_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) {
      const log = demo?.server.output().slice(-4000) ?? '';
      assert.fail(`${what}: ${JSON.stringify(value)}\nserver log (end):\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

type Notices = {
  notices: { id: string; state: string; recipient: { kind: string; address: string | null } }[];
};

/** Claims the item once its hosting look-up has named the forum as a platform, and qualifies it illegal. */
async function qualifyIllegal(page: Page, url: string): Promise<string> {
  const queue = await apiAs<{ items: { id: string; url: string }[] }>(
    page,
    'GET',
    '/api/queue?category=hate_racial_religious',
  );
  const found = queue.body.items.find((i) => i.url === url);
  assert.ok(found, `${url} not in the queue`);
  await waitUntil(
    'hosting not settled with the platform',
    () =>
      apiAs<{ state: string; records: { lookup: { abuse_contacts: { role: string }[] } }[] }>(
        page,
        'GET',
        `/api/items/${found.id}/hosting`,
      ),
    (h) =>
      (h.body.state === 'done' || h.body.state === 'gave_up') &&
      (h.body.records[0]?.lookup.abuse_contacts ?? []).some((c) => c.role === 'platform'),
    30_000,
  );
  assert.equal((await apiAs(page, 'POST', `/api/items/${found.id}/claim`)).status, 200);
  const item = await apiAs<{ item: { version: number } }>(page, 'GET', `/api/items/${found.id}`);
  const saved = await apiAs(page, 'POST', `/api/items/${found.id}/assessments`, {
    version: item.body.item.version,
    category: 'hate_racial_religious',
    legal_bases: ['FR-L1881-24-al-7'],
    verdict: 'illegal',
    details: { protected_ground: 'race_origin' },
    notes: 'Appel explicite à la haine envers un groupe, message public du forum.',
  });
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  return found.id;
}

before(async () => {
  buildStaffApp();
  dns = await startDnsServer({ [FORUM]: { A: ['127.0.0.1'] } });
  rdap = await startRdapServer();
  rdap.writeBootstrap(path.join(scratch, 'rdap'));
  smtp = await startSmtpSink();
  const page = (title: string) => `<!doctype html><html lang="fr"><head><title>${title}</title></head>
<body><h1>${title}</h1><p>Message de test, rien de réel.</p></body></html>`;
  site = await startTestSite({
    '/t/discussion-1024/page-3.html': (_req, res) => {
      if (!page1Online) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Discussion 1024'));
    },
    '/t/discussion-2048/page-1.html': (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Discussion 2048')),
  });
  url1 = `http://${FORUM}:${site.port}/t/discussion-1024/page-3.html`;
  url2 = `http://${FORUM}:${site.port}/t/discussion-2048/page-1.html`;

  demo = await startDemoServer({
    name: 'monitoring',
    demoArgs: ['--reports', '4', '--days', '3', '--seed', '13'],
    serverEnv: {
      VIGIE_DNS_SERVERS: dns.address,
      VIGIE_RDAP_BOOTSTRAP_DIR: path.join(scratch, 'rdap'),
      // The forum and the RDAP registry listen on 127.0.0.1, which the fetcher refuses but for this test.
      VIGIE_UNSAFE_FETCH_ALLOW_FOR_TESTS: '127.0.0.1',
      VIGIE_SMTP_URL: smtp.url,
      VIGIE_MAIL_FROM: 'Vigie e2e <signalements@vigie-e2e.example>',
    },
  });
  analyst = await signInStaff(demo.url, demoAccount(demo.accounts, 'analyst'));
  liaison = await signInStaff(demo.url, demoAccount(demo.accounts, 'liaison_officer'));
  // The forum is a platform of the directory: its DSA notices go to its mailbox.
  const entry = await apiAs(liaison, 'POST', '/api/directory', {
    name: 'Forum de test',
    kind: 'platform',
    domains: [FORUM],
    channel: 'email',
    address: ABUSE,
    language: 'fr',
  });
  assert.equal(entry.status, 201, JSON.stringify(entry.body));
  for (const url of [url1, url2]) {
    await reportUrl(demo.url, { category: 'hate_racial_religious', url, description: 'Appel à la haine.' });
  }
  item1 = await qualifyIllegal(analyst, url1);
  item2 = await qualifyIllegal(analyst, url2);
});

after(async () => {
  await closeBrowser();
  await demo?.stop();
  await site?.close();
  await smtp?.stop();
  await rdap?.close();
  await dns?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const followUp = (page: Page) => page.getByRole('region', { name: /^Suivi du retrait/ });
const timeline = (page: Page) => followUp(page).getByRole('list', { name: /^Historique des vérifications/ });

/** Looks at both widths: axe, then a full-page screenshot each (`name`, `name-narrow`). */
async function lookAt(page: Page, name: string, what: string, ready: () => Promise<void>) {
  await ready();
  await assertNoAxeViolations(page, what);
  await screenshot(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
  await ready();
  await assertNoAxeViolations(page, `${what} at 390 px`);
  await screenshot(page, `${name}-narrow`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the screens full of weeks of work (answers from fixtures): overview and an item’s follow-up', {
  // It waits for the proposals job (every minute) to have proposed the item's first notice.
  timeout: 180_000,
}, async () => {
  assert.ok(demo);
  // The second analyst: the first one's TOTP code of this half-minute is already spent.
  const page = await signInStaff(demo.url, demoAccount(demo.accounts, 'analyst', 1));
  const overview = overviewFixture();
  await page.route('**/api/monitoring?**', (route) => route.fulfill({ json: overview }));
  await page.getByRole('navigation').getByRole('link', { name: 'Suivi des retraits' }).click();
  await page.getByRole('heading', { name: 'Suivi des retraits', level: 1 }).waitFor();
  const overdue = page.getByRole('table', { name: /^Contenus encore en ligne plus de 72 h/ });
  // Longest online first, "16 j 16 h" for 400 hours; the long address shortened, whole for readers.
  const first = overdue.getByRole('row').nth(1);
  await first.getByText('16 j 16 h').waitFor();
  const long = overview.overdue[0]?.url ?? '';
  await first.getByRole('link', { name: long }).waitFor();
  const hosts = page.getByRole('table', { name: /^Par hébergeur/ });
  assert.match((await hosts.getByRole('row').nth(1).textContent()) ?? '', /^Bulletproof Example Ltd6/);
  await page
    .getByRole('table', { name: /^Par pays/ })
    .getByText('Inconnu')
    .waitFor();
  await page.getByText('43 %').first().waitFor();
  await lookAt(page, 'monitoring-screen-full', 'the monitoring screen (fixtures)', () =>
    overdue.getByText('16 j 16 h').waitFor(),
  );
  // The "overdue after" choice asks the server again and stays in the address.
  const asked = page.waitForRequest((r) => r.url().includes('overdue_after_hours=24'));
  await page.getByLabel('En retard après').selectOption({ label: '24 h' });
  await asked;
  assert.match(page.url(), /overdue_after=24$/);

  // The item page, its follow-up answered from the fixture; its notices get a reminder of the first.
  await page.route(`**/api/items/${item1}/monitoring`, (route) =>
    route.fulfill({ json: { monitoring: followUpFixture(item1, url1) } }),
  );
  await waitUntil(
    'no platform notice',
    () => apiAs<Notices>(page, 'GET', `/api/items/${item1}/notices`),
    (n) => n.body.notices.some((x) => x.recipient.kind === 'platform'),
  );
  await page.route(`**/api/items/${item1}/notices`, async (route) => {
    const real = (await (await route.fetch()).json()) as { notices: Record<string, unknown>[] };
    const first = real.notices.find((n) => (n.recipient as { kind: string }).kind === 'platform');
    assert.ok(first);
    const reminder = {
      ...first,
      id: '00000000-0000-4000-8000-00000000f001',
      purpose: 'reminder',
      follows_notice_id: first.id,
    };
    await route.fulfill({ json: { notices: [reminder, ...real.notices] } });
  });
  await page.goto(`${demo.url}/app/items/${item1}?tab=notices`);
  await page
    .getByRole('region', { name: /^Signalements aux destinataires/ })
    .getByText(/^Rappel du signalement du /)
    .waitFor();
  const section = followUp(page);
  await section.getByText('Retiré', { exact: true }).first().waitFor();
  await section.getByText('1 j 16 h (retiré le', { exact: false }).waitFor();
  const entries = timeline(page).getByRole('listitem');
  await entries.first().getByText('Retrait confirmé').waitFor();
  await entries
    .first()
    .getByText(/par deux vérifications, 17 j 7 h après le premier signalement/)
    .waitFor();
  await timeline(page)
    .getByText(/page introuvable · HTTP 404/)
    .waitFor();
  await timeline(page)
    .getByText(/vers : Bureau d’enregistrement, Portail de la police/)
    .waitFor();
  await timeline(page)
    .getByText(/délai dépassé · pas de réponse HTTP/)
    .waitFor();
  await timeline(page)
    .getByText(/demandée par Camille Analyste/)
    .waitFor();
  await timeline(page)
    .getByText('« L’hébergeur demande 48 h pour vérifier. » · par Camille Analyste')
    .waitFor();
  await timeline(page).getByText('https://forum.example.net/removed-by-moderators').waitFor();
  assert.equal(
    await timeline(page).getByText('Vérification demandée').count(),
    0,
    'a request shows on its check',
  );
  await lookAt(page, 'monitoring-item-full', 'the item’s follow-up (fixture)', () =>
    section.getByRole('heading', { name: 'Historique' }).waitFor(),
  );
  await page.close();
});

test('the real flow: notice sent → enrolled → online → 404 twice → removal confirmed', {
  timeout: 300_000,
}, async () => {
  assert.ok(demo);
  // Before anything has left, the section says when follow-up starts.
  await analyst.goto(`${demo.url}/app/items/${item1}?tab=notices`);
  await followUp(analyst)
    .getByText(/^Le suivi commence quand un signalement/)
    .waitFor();

  // The proposals job (every minute): the forum's DSA notice, both pages in it; approved, it leaves.
  const proposed = await waitUntil(
    'no platform notice',
    () => apiAs<Notices>(analyst, 'GET', `/api/items/${item1}/notices`),
    (n) => n.body.notices.some((x) => x.recipient.kind === 'platform'),
  );
  const notice = proposed.body.notices.find((x) => x.recipient.kind === 'platform');
  assert.ok(notice);
  assert.equal(notice.recipient.address, ABUSE);
  assert.equal((await apiAs(analyst, 'POST', `/api/notices/${notice.id}/approve`, {})).status, 200);
  await smtp.waitFor((m) => m.to.includes(ABUSE) && m.subject.includes(notice.id), 60_000);
  // Approved elsewhere (the API): this page learns of it when read again.
  await analyst.reload();

  // The item page follows the notice leaving, then the job enrolling the item (every minute).
  const section = followUp(analyst);
  await section.getByText('En suivi', { exact: true }).waitFor({ timeout: 120_000 });
  await section.getByText('Pas encore vérifié').waitFor();

  // Check now: online (nothing captured to compare with, and the page answers).
  await section.getByRole('button', { name: 'Vérifier maintenant' }).click();
  await section.getByRole('status').filter({ hasText: 'Vérification demandée.' }).waitFor();
  const newest = timeline(analyst).getByRole('listitem').first();
  await newest.getByText('En ligne', { exact: true }).waitFor({ timeout: 60_000 });
  await newest
    .getByText(/l’adresse répond \(aucune capture pour comparer\) · HTTP 200 · demandée par /)
    .waitFor();

  // The forum takes the page down: one 404 is not yet a removal, two in a row are.
  page1Online = false;
  await section.getByRole('button', { name: 'Vérifier maintenant' }).click();
  await timeline(analyst)
    .getByRole('listitem')
    .filter({ hasText: 'page introuvable · HTTP 404' })
    .first()
    .waitFor({ timeout: 60_000 });
  await section.getByText('En suivi', { exact: true }).waitFor();
  await section.getByRole('button', { name: 'Vérifier maintenant' }).click();
  await timeline(analyst)
    .getByRole('listitem')
    .first()
    .getByText('Retrait confirmé')
    .waitFor({ timeout: 60_000 });
  await section.locator('.panel-head').getByText('Retiré', { exact: true }).waitFor();
  await section.getByText('Temps jusqu’au retrait').waitFor();
  assert.equal(await timeline(analyst).getByText('page introuvable · HTTP 404').count(), 2);
  // What the reporter is told follows, without a reload.
  await openItemSection(analyst, 'Signaleur');
  await analyst
    .getByRole('region', { name: 'Retour au signaleur' })
    .getByText(/Ce que la page du signaleur dit de cette adresse\s*:?\s*Retiré/)
    .waitFor();
  await openItemSection(analyst, 'Notifications');
  await lookAt(analyst, 'monitoring-item', 'the item’s follow-up after its removal', () =>
    section.getByText('Retrait confirmé').first().waitFor(),
  );
});

test('pause (a reason is required), resume, record removed with a note', { timeout: 120_000 }, async () => {
  assert.ok(demo);
  const page = liaison;
  await page.goto(`${demo.url}/app/items/${item2}?tab=notices`);
  const section = followUp(page);
  await section.getByText('En suivi', { exact: true }).waitFor({ timeout: 90_000 });

  await section.getByRole('button', { name: 'Mettre en pause…' }).click();
  await section.getByRole('button', { name: 'Mettre en pause', exact: true }).click();
  await section.getByText('Donnez la raison.').waitFor();
  await section.getByLabel('Pourquoi mettre le suivi en pause ?').fill('Le forum enquête, il demande 48 h.');
  await section.getByRole('button', { name: 'Mettre en pause', exact: true }).click();
  await section.getByRole('status').filter({ hasText: 'Suivi mis en pause.' }).waitFor();
  await section.locator('.panel-head').getByText('En pause', { exact: true }).waitFor();
  await section.getByText('Le forum enquête, il demande 48 h.', { exact: true }).waitFor();
  await timeline(page).getByRole('listitem').first().getByText('Mis en pause').waitFor();
  await screenshot(page, 'monitoring-item-paused');

  await section.getByRole('button', { name: 'Reprendre' }).click();
  await section
    .getByRole('status')
    .filter({ hasText: /^Suivi repris/ })
    .waitFor();
  await section.locator('.panel-head').getByText('En suivi', { exact: true }).waitFor();

  await section.getByRole('button', { name: 'Marquer retiré…' }).click();
  await section.getByText(/^Vigie enregistrera le contenu comme retiré maintenant, à votre nom/).waitFor();
  await section
    .getByLabel('Comment le retrait a-t-il été constaté ? (facultatif)')
    .fill('Le forum a répondu : message supprimé.');
  await screenshot(page, 'monitoring-item-record-removed');
  await section.getByRole('button', { name: 'Oui, le contenu est retiré' }).click();
  await section.getByRole('status').filter({ hasText: 'Contenu enregistré comme retiré.' }).waitFor();
  await section.locator('.panel-head').getByText('Retiré', { exact: true }).waitFor();
  await section.getByText(/constaté par /).waitFor();
  await timeline(page)
    .getByRole('listitem')
    .filter({ hasText: 'Marqué retiré' })
    .getByText(/« Le forum a répondu : message supprimé\. » · par /)
    .waitFor();
  assert.equal(await section.getByRole('button', { name: 'Marquer retiré…' }).count(), 0);
});

test('the monitoring screen counts both; an auditor reads the follow-up without its actions', {
  timeout: 90_000,
}, async () => {
  assert.ok(demo);
  const page = analyst;
  await page.getByRole('navigation').getByRole('link', { name: 'Suivi des retraits' }).click();
  await page.getByRole('heading', { name: 'Suivi des retraits', level: 1 }).waitFor();
  const counts = page.locator('.monitoring-counts');
  await counts.getByText('Retirés').waitFor();
  assert.match((await counts.textContent()) ?? '', /En suivi0En pause0Retirés2En retard \(72 h\)0/);
  await page.getByText('Rien n’est en retard.').waitFor();
  const hosts = page.getByRole('table', { name: /^Par hébergeur/ });
  assert.equal(await hosts.getByRole('row').count(), 2, 'one host, under its header');
  await page.getByRole('table', { name: /^Par pays/ }).waitFor();
  await lookAt(page, 'monitoring-screen', 'the monitoring screen', () =>
    page.getByText('Rien n’est en retard.').waitFor(),
  );

  const auditor = await signInStaff(demo.url, demoAccount(demo.accounts, 'auditor'));
  await auditor.goto(`${demo.url}/app/items/${item1}?tab=notices`);
  await timeline(auditor).getByText('Retrait confirmé').first().waitFor();
  assert.equal(await followUp(auditor).getByRole('button').count(), 0, 'no action for an auditor');
  await auditor.close();
});
