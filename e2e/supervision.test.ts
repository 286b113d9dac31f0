/**
 * The supervisor's flows in a real browser against the real server, with the demo accounts: a
 * four-eyes disagreement settled from the supervision page, two analysts saving the same item (the
 * conflict message and its reload), and handing a claimed item to another analyst, from the supervision
 * page (overdue items) and from the item's own page (any open item). Analyst steps the
 * workspace test already drives in the browser go through the API with the analyst's own session.
 * One server for the whole file; axe checks on the way; screenshots land in e2e/screenshots/
 * (supervision-*).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ServerProcess } from '../server/src/testing/server-process.ts';
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
import { assertNoAxeViolations, buildStaffApp, openItemSection } from './support/staff-app.ts';

const DISPUTED_URL = 'https://forum.vigie-supervision.example/t/812/appel';
const CONFLICT_URL = 'https://video.vigie-supervision.example/v/5521';
const FRESH_URL = 'https://images.vigie-supervision.example/album/77';

let demo: DemoServer | undefined;
let server: ServerProcess;
let accounts: DemoAccount[] = [];
/** One signed-in page per person for the whole file: a TOTP code is accepted once per time step. */
let supervisor: Page;
let anna: Page;
let bruno: Page;

before(async () => {
  buildStaffApp();
  // Twenty days of demo reports leave open items past their service target, which supervision lists.
  demo = await startDemoServer({
    name: 'supervision',
    demoArgs: ['--reports', '12', '--days', '20', '--seed', '5'],
  });
  server = demo.server;
  accounts = demo.accounts;

  for (const url of [DISPUTED_URL, CONFLICT_URL, FRESH_URL]) {
    await reportUrl(server.url, {
      category: 'terrorism',
      url,
      description: 'Appel à commettre un attentat.',
    });
  }
  [supervisor, anna, bruno] = await Promise.all([
    signInStaff(server.url, demoAccount(accounts, 'supervisor')),
    signInStaff(server.url, demoAccount(accounts, 'analyst', 0)),
    signInStaff(server.url, demoAccount(accounts, 'analyst', 1)),
  ]);
});

after(async () => {
  await closeBrowser();
  await demo?.stop();
});

async function itemIdOf(url: string): Promise<string> {
  const res = await apiAs<{ items: { id: string; url: string }[] }>(
    anna,
    'GET',
    '/api/queue?category=terrorism',
  );
  const found = res.body.items.find((i) => i.url === url);
  assert.ok(found, `${url} not in the queue`);
  return found.id;
}

/** Claims the item and records an illegal verdict on terrorism: four eyes needed (pack fr.ts). */
async function qualifyIllegalTerrorism(page: Page, itemId: string): Promise<void> {
  assert.equal((await apiAs(page, 'POST', `/api/items/${itemId}/claim`)).status, 200);
  const item = await apiAs<{ item: { version: number } }>(page, 'GET', `/api/items/${itemId}`);
  const saved = await apiAs<{ item: { state: string } }>(page, 'POST', `/api/items/${itemId}/assessments`, {
    version: item.body.item.version,
    category: 'terrorism',
    legal_bases: ['FR-CP-421-2-5'],
    verdict: 'illegal',
    details: { terrorism_form: 'provocation' },
    notes: 'Appel explicite à passer à l’acte.',
  });
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  assert.equal(saved.body.item.state, 'awaiting_second');
}

test('each lands on their work: the supervisor on the team, the analyst on their items', async () => {
  await supervisor.goto(`${server.url}/app/`);
  const team = supervisor.getByRole('region', { name: 'L’équipe' });
  await team.getByText(/au-delà de l’échéance/).waitFor();
  await team.getByText(/à arbitrer/).waitFor();
  await supervisor
    .getByRole('region', { name: 'Mon travail' })
    .getByRole('heading', { name: 'Les prochains à prendre' })
    .waitFor();
  await assertNoAxeViolations(supervisor, 'the supervisor’s home page');
  await screenshot(supervisor, 'home-supervisor');
  await supervisor.setViewportSize({ width: 390, height: 844 });
  assert.ok((await supervisor.evaluate(() => document.documentElement.scrollWidth)) <= 390, 'fits a phone');
  await screenshot(supervisor, 'home-supervisor-390');
  await supervisor.setViewportSize({ width: 1280, height: 900 });

  await anna.goto(`${server.url}/app/`);
  const work = anna.getByRole('region', { name: 'Mon travail' });
  await work.getByText(/^Aujourd’hui : \d+ minutes? d’exposition/).waitFor();
  const next = work.locator('.home-list').last().getByRole('link');
  assert.ok((await next.count()) > 0, 'the next items to take are listed');
  assert.equal(
    await anna.getByRole('region', { name: 'L’équipe' }).count(),
    0,
    'no team block for an analyst',
  );
  await work.getByRole('link', { name: 'Ouvrir la file' }).click();
  await anna.getByRole('heading', { level: 1, name: /File/ }).waitFor();
});

async function historyLines(page: Page): Promise<string[]> {
  await openItemSection(page, 'Historique');
  return page.getByRole('region', { name: 'Historique' }).getByRole('listitem').allInnerTexts();
}

test('a four-eyes disagreement goes to the supervision page and the supervisor settles it', {
  timeout: 60_000,
}, async () => {
  const itemId = await itemIdOf(DISPUTED_URL);
  await qualifyIllegalTerrorism(anna, itemId);

  // Analyst 2 disagrees in the second-opinion panel; the item now waits for a supervisor.
  await bruno.goto(`${server.url}/app/items/${itemId}`);
  await bruno.getByRole('heading', { name: 'Second avis nécessaire' }).waitFor();
  await bruno.getByRole('radio', { name: 'Je ne suis pas d’accord' }).check();
  await bruno.getByLabel('Notes', { exact: true }).fill('Compte parodique connu : c’est de la satire.');
  await bruno.getByRole('button', { name: 'Donner mon avis' }).click();
  await bruno.getByRole('status').filter({ hasText: 'Avis enregistré.' }).waitFor();
  await bruno.getByText('Désaccord : un·e superviseur·e doit trancher.').waitFor();
  await bruno.locator('.item-header').getByText('En désaccord').waitFor();

  // The supervisor finds it among the disagreements and opens it.
  await supervisor.getByRole('navigation').getByRole('link', { name: 'Supervision' }).click();
  await supervisor.getByRole('heading', { name: 'Supervision', level: 1 }).waitFor();
  const listed = supervisor.getByRole('listitem').filter({ has: supervisor.locator(`a[href$="${itemId}"]`) });
  await listed.getByText('Anna Analyste / Bruno Analyste').waitFor();
  await listed.getByText('Compte parodique connu').waitFor();
  await assertNoAxeViolations(supervisor, 'the supervision page');
  await listed.getByRole('link', { name: 'Terrorisme — Illicite' }).click();

  // The resolve panel: the supervisor replaces the verdict with their own.
  await supervisor.getByRole('heading', { name: 'Désaccord à arbitrer' }).waitFor();
  await supervisor.getByText('Anna Analyste et Bruno Analyste ne sont pas d’accord.').waitFor();
  await assertNoAxeViolations(supervisor, 'the item page with the resolve panel');
  await supervisor.getByRole('radio', { name: 'La remplacer par la mienne' }).check();
  await supervisor.getByLabel('Décision').selectOption('not_illegal');
  await supervisor
    .getByLabel('Motif de l’arbitrage')
    .fill('Satire d’un compte parodique : pas d’appel réel.');
  await screenshot(supervisor, 'supervision-resolve');
  await supervisor.getByRole('button', { name: 'Trancher' }).click();
  await supervisor.getByRole('status').filter({ hasText: 'Désaccord tranché.' }).waitFor();

  // Assessed with the supervisor's decision, the first assessment overruled, three steps in history.
  await supervisor.getByRole('heading', { name: 'Désaccord à arbitrer' }).waitFor({ state: 'detached' });
  await supervisor.locator('.item-header').getByText('Qualifié').waitFor();
  const counting = supervisor.locator('.assessment-counts');
  await counting.getByText('Non illicite').waitFor();
  await counting.getByText(/^Samir Superviseur, /).waitFor();
  const overruled = supervisor.locator('.assessment').filter({ hasText: 'Infirmée' });
  await overruled
    .getByText(/Arbitrage de Samir Superviseur.*remplacée : Satire d’un compte parodique/)
    .waitFor();
  const history = await historyLines(supervisor);
  const step = (text: string) => history.findIndex((line) => line.includes(text));
  const steps = [
    step('Qualification enregistrée — analyst1@'),
    step('Second avis : désaccord — analyst2@'),
    step('Désaccord tranché — supervisor@'),
  ];
  assert.ok(
    steps.every((index, k) => index >= 0 && (k === 0 || index > (steps[k - 1] ?? 0))),
    `history in order:\n${history.join('\n')}`,
  );

  // And it has left the list of disagreements waiting.
  await supervisor.getByRole('navigation').getByRole('link', { name: 'Supervision' }).click();
  await supervisor.getByRole('heading', { name: 'Désaccords à arbitrer' }).waitFor();
  assert.equal(await supervisor.locator(`a[href$="${itemId}"]`).count(), 0);
});

test('two analysts give the second opinion at once: the later one gets the conflict message', {
  timeout: 60_000,
}, async () => {
  const itemId = await itemIdOf(CONFLICT_URL);
  // The supervisor qualifies this one; either analyst may give the second opinion.
  await qualifyIllegalTerrorism(supervisor, itemId);
  for (const page of [anna, bruno]) {
    await page.goto(`${server.url}/app/items/${itemId}`);
    await page.getByRole('heading', { name: 'Second avis nécessaire' }).waitFor();
  }

  await anna.getByRole('radio', { name: 'Je suis d’accord' }).check();
  await anna.getByRole('button', { name: 'Donner mon avis' }).click();
  await anna.getByRole('status').filter({ hasText: 'Avis enregistré.' }).waitFor();

  // Bruno's page still shows the version before Anna's opinion.
  await bruno.getByRole('radio', { name: 'Je ne suis pas d’accord' }).check();
  await bruno.getByLabel('Notes', { exact: true }).fill('Je ne suis pas convaincu.');
  await bruno.getByRole('button', { name: 'Donner mon avis' }).click();
  const alert = bruno.getByRole('alert').filter({
    hasText:
      'Quelqu’un d’autre a enregistré ce contenu entre-temps : ce que vous venez de saisir n’a pas été enregistré.',
  });
  await alert.waitFor();
  await assertNoAxeViolations(bruno, 'the item page with the conflict message');
  await screenshot(bruno, 'supervision-conflict');

  await alert.getByRole('button', { name: 'Recharger' }).click();
  await bruno.getByRole('heading', { name: 'Second avis nécessaire' }).waitFor({ state: 'detached' });
  await bruno.locator('.item-header').getByText('Qualifié').waitFor();
  const counting = bruno.locator('.assessment-counts');
  await counting.getByText('Illicite', { exact: true }).waitFor();
  await counting.getByText(/Second avis de Anna Analyste, .* — d’accord/).waitFor();
  assert.equal(
    await bruno.getByText('Je ne suis pas convaincu.').count(),
    0,
    'the stale opinion was not saved',
  );

  const saved = await apiAs<{
    assessments: {
      status: string;
      second_opinion: { analyst: { display_name: string }; decision: string } | null;
    }[];
  }>(bruno, 'GET', `/api/items/${itemId}`);
  assert.deepEqual(
    saved.body.assessments.map((a) => [
      a.status,
      a.second_opinion?.analyst.display_name,
      a.second_opinion?.decision,
    ]),
    [['confirmed', 'Anna Analyste', 'agree']],
  );
});

test('the supervisor hands a claimed item to another analyst from the supervision page', {
  timeout: 60_000,
}, async () => {
  // An overdue demo item nobody holds: supervision offers reassignment for those.
  const overview = await apiAs<{
    breaches: { oldest: { id: string; url: string; state: string; claim: unknown }[] };
  }>(supervisor, 'GET', '/api/supervision/overview');
  const item = overview.body.breaches.oldest.find((i) => i.state === 'new' && i.claim === null);
  assert.ok(item, 'the demo data has an overdue item nobody holds');
  assert.equal((await apiAs(anna, 'POST', `/api/items/${item.id}/claim`)).status, 200);
  await anna.goto(`${server.url}/app/items/${item.id}`);
  await anna.getByText(/Vous avez ce contenu jusqu’à/).waitFor();

  await supervisor.goto(`${server.url}/app/supervision`);
  await supervisor.getByRole('heading', { name: 'Les plus en retard' }).waitFor();
  const row = supervisor.getByRole('row').filter({ hasText: item.url });
  await row.getByText(/^Anna Analyste \(/).waitFor();
  // One reassignment for the ticked items, not a control per row.
  await row.getByRole('checkbox', { name: `Sélectionner ${item.url}` }).check();
  const choice = supervisor.getByRole('combobox', { name: 'Réattribuer 1 contenu sélectionné à' });
  // The people one may hand it to are read after the page: wait for them before reading the list.
  await choice.locator('option', { hasText: 'Bruno Analyste' }).waitFor({ state: 'attached' });
  const offered = await choice.locator('option').allInnerTexts();
  assert.deepEqual(offered, [
    '— Choisir une personne —',
    'Anna Analyste (Analyste)',
    'Bruno Analyste (Analyste)',
    'Samir Superviseur (Superviseur·e)',
    'Libérer la prise en charge',
  ]);
  await choice.selectOption({ label: 'Bruno Analyste (Analyste)' });
  await supervisor.getByRole('button', { name: 'Réattribuer (1)' }).click();
  await supervisor
    .getByRole('status')
    .filter({ hasText: `Contenu réattribué à Bruno Analyste : ${item.url}` })
    .waitFor();
  await row.getByText(/^Bruno Analyste \(/).waitFor();
  await assertNoAxeViolations(supervisor, 'the supervision page after a reassignment');
  await screenshot(supervisor, 'supervision-reassign');
  // On a phone the page fits its width (no sideways scrolling).
  await supervisor.setViewportSize({ width: 390, height: 844 });
  const wide = await supervisor.evaluate(() => document.documentElement.scrollWidth);
  await screenshot(supervisor, 'supervision-390');
  assert.ok(wide <= 390, `supervision is ${wide} px wide on a 390 px screen`);
  await supervisor.setViewportSize({ width: 1280, height: 900 });

  // Analyst 1's page, still open: saving now is refused, and a reload says who has the item.
  await anna.getByLabel('Décision').selectOption('not_illegal');
  await anna.getByRole('button', { name: 'Enregistrer la qualification' }).click();
  await anna.getByRole('alert').filter({ hasText: 'Bruno Analyste a pris ce contenu en charge.' }).waitFor();
  await anna.reload();
  await anna.getByText(/^Pris par Bruno Analyste jusqu’à/).waitFor();
  assert.equal(await anna.getByRole('button', { name: 'Enregistrer la qualification' }).count(), 0);

  // Analyst 2 has it and qualifies it.
  await bruno.goto(`${server.url}/app/items/${item.id}`);
  await bruno.getByText(/Vous avez ce contenu jusqu’à/).waitFor();
  await bruno.getByLabel('Décision').selectOption('not_illegal');
  await bruno.getByRole('button', { name: 'Enregistrer la qualification' }).click();
  await bruno.getByRole('status').filter({ hasText: 'Qualification enregistrée.' }).waitFor();
  await bruno.locator('.item-header').getByText('Qualifié').waitFor();
  await bruno
    .locator('.assessment-counts')
    .getByText(/^Bruno Analyste, /)
    .waitFor();
  const history = await historyLines(bruno);
  assert.ok(
    history.some((line) => line.includes('Réattribué — supervisor@')),
    `reassignment in history:\n${history.join('\n')}`,
  );
});

test('the supervisor reassigns an item that is not overdue from the item page', {
  timeout: 60_000,
}, async () => {
  const itemId = await itemIdOf(FRESH_URL);
  assert.equal((await apiAs(anna, 'POST', `/api/items/${itemId}/claim`)).status, 200);

  await supervisor.goto(`${server.url}/app/items/${itemId}`);
  const claimPanel = supervisor.getByRole('region', { name: 'Prise en charge' });
  await claimPanel.getByText(/^Pris par Anna Analyste jusqu’à/).waitFor();
  const choice = claimPanel.getByRole('combobox', { name: `Réattribuer ${FRESH_URL}` });
  await choice.locator('option', { hasText: 'Bruno Analyste' }).waitFor({ state: 'attached' });
  assert.deepEqual(await choice.locator('option').allInnerTexts(), [
    '— Choisir une personne —',
    'Bruno Analyste (Analyste)',
    'Samir Superviseur (Superviseur·e)',
    'Libérer la prise en charge',
  ]);
  await choice.selectOption({ label: 'Bruno Analyste (Analyste)' });
  await claimPanel.getByRole('button', { name: 'Réattribuer' }).click();
  await supervisor
    .getByRole('status')
    .filter({ hasText: `Contenu réattribué à Bruno Analyste : ${FRESH_URL}` })
    .waitFor();
  await claimPanel.getByText(/^Pris par Bruno Analyste jusqu’à/).waitFor();
  await assertNoAxeViolations(supervisor, 'the item page after a reassignment');
  await screenshot(supervisor, 'supervision-item-reassign');

  const item = await apiAs<{ claim: { display_name: string } | null }>(bruno, 'GET', `/api/items/${itemId}`);
  assert.equal(item.body.claim?.display_name, 'Bruno Analyste');
});
