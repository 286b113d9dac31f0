import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pack } from '../../../jurisdictions/index.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { refreshStatistics } from '../statistics-refresh.ts';
import { DEFINITIONS } from '../stats-definitions.ts';
import { localMonth } from './transparency.service.ts';
import { buildTransparencyDataSet, type DataSet } from './transparency.testing.ts';

const currentYear = Number(localMonth(new Date(), 'Europe/Paris').slice(0, 4));
const year = currentYear - 1;
const previousYear = year - 1;

let t: TestApp;
let data: DataSet;
before(async () => {
  t = await createTestApp();
  data = await buildTransparencyDataSet(
    { db: t.database.db, secretBox: t.app.deps.secretBox },
    { year, currentYear },
  );
  await refreshStatistics(t.database.db);
});
after(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
};
/** What a reader sees of some markup: the text, entities decoded, every kind of space one space. */
const textOf = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e] ?? e)
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

/** A section of the page by its id (glance, months, channels, categories…). */
function section(body: string, id: string): string {
  const start = body.indexOf(`aria-labelledby="${id}-title"`);
  assert.ok(start > 0, `no section ${id}`);
  return body.slice(start, body.indexOf('</section>', start));
}

/** The figure lists' entries of a section, as "term value [note]". */
const figures = (markup: string) => [...markup.matchAll(/<div><dt>.*?<\/div>/gs)].map((m) => textOf(m[0]));
/** The body rows of a section's tables, as "label count [share]". */
const tableRows = (markup: string) =>
  [...markup.matchAll(/<tr><th scope="row">.*?<\/tr>/gs)].map((m) => textOf(m[0]));

const label = (id: string, lang: 'fr' | 'en' = 'fr') =>
  pack.categories.find((c) => c.id === id)?.label[lang] ?? id;

describe('GET /transparency', () => {
  test('opens on the last complete year, in French, with its figures at a glance', async () => {
    const res = await get('/transparency');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/html; charset=utf-8/);
    assert.match(res.body, /<html lang="fr">/);
    assert.match(res.body, new RegExp(`<h1>Transparence : nos chiffres ${year}</h1>`));
    assert.deepEqual(figures(section(res.body, 'glance')), [
      `Signalements reçus 30 +275 % par rapport à ${previousYear}`,
      'Contenus qualifiés 28',
      'Contenus illicites 23',
      'Taux d’illicéité 82,1 % 23 contenus signalés qualifiés illicites sur 28',
      'Taux de retrait 75 %',
      'Délai médian de retrait 20 h',
    ]);
    assert.match(textOf(res.body), /Un nombre compris entre 1 et 4 s’affiche « < 5 »/);
  });

  test('shows every breakdown with its exact figures, "< 5" for a small count and no share beside it', async () => {
    const { body } = await get('/transparency?lang=fr');
    const months = tableRows(section(body, 'months'));
    assert.equal(months.length, 12);
    assert.deepEqual(
      [months[2], months[5], months[8], months[10], months[0]],
      ['mars 10', 'juin 6', 'septembre 9', 'novembre 5', 'janvier 0'],
    );
    assert.deepEqual(tableRows(section(body, 'channels')), [
      'Formulaire public 27 90 %',
      'API (signaleurs de confiance, applications) < 5 masqué',
      'Hotlines partenaires 0 0 %',
      'Listes d’empreintes 0 0 %',
      'Équipe de la hotline 0 0 %',
    ]);
    assert.deepEqual(tableRows(section(body, 'categories')), [
      `${label('child_sexual_abuse_material')} 10 43,5 %`,
      `${label('hate_racial_religious')} 6 26,1 %`,
      `${label('terrorism')} 5 21,7 %`,
      `${label('grooming')} < 5 masqué`,
    ]);
    assert.deepEqual(figures(section(body, 'removal')), [
      'Contenus notifiés aux hébergeurs et plateformes 16',
      'Retirés depuis 12',
      'Taux de retrait 75 %',
      'Délai médian de retrait 20 h',
      'Retirés dans les 24 heures 37,5 %',
      'Retirés dans les 7 jours 56,3 %',
    ]);
    const notices = section(body, 'notices');
    assert.deepEqual(figures(notices), [
      'Transmissions < 5',
      'Contenus transmis 10',
      'Dont hébergés dans le pays (France) < 5 part masquée',
      'Notifications 16',
      'Contenus notifiés 16',
      'Transmissions < 5',
      'Contenus transmis 6',
    ]);
    assert.deepEqual(tableRows(notices), [
      'Hébergeurs 10',
      'Plateformes 6',
      'Bureaux d’enregistrement 0',
      'Pays-Bas 6',
    ]);
    assert.deepEqual(tableRows(section(body, 'countries')), [
      'Pays-Bas 6 26,1 %',
      'États-Unis 6 26,1 %',
      'France < 5 masqué',
      'Inconnu 7 30,4 %',
    ]);
    assert.deepEqual(tableRows(section(body, 'hate')), [
      'Origine, ethnie, nation, « race » 5 83,3 %',
      'Religion < 5 masqué',
    ]);
    assert.deepEqual(figures(section(body, 'terrorism')), [
      'Signalés comme terroristes 7',
      'Qualifiés illicites 5',
      'En attente de qualification < 5',
    ]);
    const definitions = textOf(section(body, 'definitions'));
    for (const key of ['report', 'illegality_rate', 'removal', 'hosting_country'] as const) {
      assert.ok(definitions.includes(textOf(DEFINITIONS[key].text.fr)), key);
    }
  });

  test('a hidden count draws no bar, an exact one does', async () => {
    const { body } = await get('/transparency?lang=fr');
    const row = (name: string) =>
      [...section(body, 'countries').matchAll(/<tr><th scope="row">.*?<\/tr>/gs)]
        .map((m) => m[0])
        .find((r) => r.includes(name)) ?? '';
    assert.match(row('Pays-Bas'), /<rect class="bar-fill" width="85\.7%"/);
    assert.doesNotMatch(row('France'), /bar-fill/);
  });

  test('names no address, domain, provider, tracking code or day, in any language or year', async () => {
    for (const url of [
      '/transparency?lang=fr',
      '/transparency?lang=en',
      `/transparency?year=${previousYear}`,
      `/transparency?year=${currentYear}&lang=en`,
    ]) {
      const { body } = await get(url);
      for (const address of data.urls) {
        assert.ok(!body.includes(new URL(address).hostname), `${url} names ${address}`);
      }
      for (const code of data.trackingCodes) assert.ok(!body.includes(code), `${url} shows ${code}`);
      for (const provider of data.providers) assert.ok(!body.includes(provider), `${url} names ${provider}`);
      assert.doesNotMatch(body, /example|https?:\/\/|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}/, url);
    }
  });

  test('is English with ?lang=en (remembered in a cookie), with the English way of writing figures', async () => {
    const res = await get('/transparency?lang=en');
    assert.match(res.body, /<html lang="en">/);
    assert.match(String(res.headers['set-cookie']), /^lang=en;/);
    assert.match(res.body, new RegExp(`<h1>Transparency: our figures for ${year}</h1>`));
    assert.deepEqual(figures(section(res.body, 'glance')).slice(0, 4), [
      `Reports received 30 +275% on ${previousYear}`,
      'Items qualified 28',
      'Illegal items 23',
      'Illegality rate 82.1% 23 of 28 reported items qualified illegal',
    ]);
    assert.deepEqual(tableRows(section(res.body, 'categories')).slice(2), [
      `${label('terrorism', 'en')} 5 21.7%`,
      `${label('grooming', 'en')} < 5 hidden`,
    ]);
    assert.match(res.body, new RegExp(`href="/transparency\\?year=${year}&amp;lang=fr"[^>]*hreflang="fr"`));
    const byCookie = await t.app.inject({ url: '/transparency', cookies: { lang: 'en' } });
    assert.match(byCookie.body, /<html lang="en">/);
    const byHeader = await get('/transparency', { 'accept-language': 'en-GB,en;q=0.9' });
    assert.match(byHeader.body, /<html lang="en">/);
  });

  test('offers the years that have reports; the year in progress says so and shows its months so far', async () => {
    const { body } = await get('/transparency');
    const years = [...body.matchAll(/<li><a href="\/transparency\?year=(\d{4})&amp;lang=fr"([^>]*)>/g)];
    assert.deepEqual(
      years.map((m) => [Number(m[1]), m[2]?.includes('aria-current="page"')]),
      [
        [previousYear, false],
        [year, true],
        [currentYear, false],
      ],
    );
    const earlier = await get(`/transparency?year=${previousYear}`);
    assert.equal(earlier.statusCode, 200);
    assert.equal(figures(section(earlier.body, 'glance'))[0], 'Signalements reçus 8');
    assert.doesNotMatch(earlier.body, /est en cours/);

    const now = await get(`/transparency?year=${currentYear}`);
    assert.equal(now.statusCode, 200);
    assert.match(textOf(now.body), new RegExp(`L’année ${currentYear} est en cours`));
    assert.equal(figures(section(now.body, 'glance'))[0], 'Signalements reçus < 5');
    const monthsSoFar = Number(localMonth(new Date(), 'Europe/Paris').slice(5, 7));
    assert.equal(tableRows(section(now.body, 'months')).length, monthsSoFar);
  });

  test('answers a year without reports, or no year at all, with the not-found page', async () => {
    for (const query of ['year=1999', 'year=abc', `year=${currentYear + 1}`, 'year=']) {
      const res = await get(`/transparency?${query}`);
      assert.equal(res.statusCode, 404, query);
      assert.match(res.body, /<h1>Page introuvable<\/h1>/, query);
    }
  });

  test('counts a year once per ten minutes: a report added since does not show yet', async () => {
    const first = await get(`/transparency?year=${previousYear}&lang=en`);
    assert.equal(figures(section(first.body, 'glance'))[0], 'Reports received 8');
    // No copy of the main year: only its year-before reports, 8 more in `previousYear`.
    await buildTransparencyDataSet(
      { db: t.database.db, secretBox: t.app.deps.secretBox },
      { year, currentYear, copies: 0 },
    );
    await refreshStatistics(t.database.db);
    const again = await get(`/transparency?year=${previousYear}&lang=fr`);
    assert.equal(figures(section(again.body, 'glance'))[0], 'Signalements reçus 8');
  });

  test('is a strict public page: security headers, no inline script or style, its own cached stylesheet', async () => {
    const res = await get('/transparency');
    const csp = String(res.headers['content-security-policy']);
    for (const directive of ["default-src 'self'", "style-src 'self'", "script-src 'self'"]) {
      assert.ok(csp.includes(directive), directive);
    }
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
    assert.doesNotMatch(res.body, /<script>|<script [^>]*>[^<]+<\/script>|style="|<style/);
    const sheets = [...res.body.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    assert.equal(sheets.length, 2);
    const css = await get(sheets[1] as string);
    assert.equal(css.statusCode, 200);
    assert.match(css.headers['content-type'] as string, /^text\/css/);
    assert.match(String(css.headers['cache-control']), /max-age=86400/);
  });

  test('is linked from the public pages’ footer', async () => {
    const { body } = await get('/?lang=en');
    assert.match(body, /<footer[\s\S]*<a href="\/transparency\?lang=en">Our yearly figures<\/a>/);
  });

  test('may be listed by search engines, unlike the report pages', async () => {
    assert.doesNotMatch((await get('/transparency')).body, /name="robots"/);
    assert.match((await get('/')).body, /<meta name="robots" content="noindex">/);
  });
});

describe('VIGIE_TRANSPARENCY_PAGE=off', () => {
  let off: TestApp;
  before(async () => {
    off = await createTestApp({ VIGIE_TRANSPARENCY_PAGE: 'off' });
  });
  after(() => off.close());

  test('answers the not-found page, and the footer does not link it', async () => {
    for (const lang of ['fr', 'en']) {
      const res = await off.app.inject({ url: `/transparency?lang=${lang}` });
      assert.equal(res.statusCode, 404);
      assert.match(res.body, lang === 'fr' ? /Page introuvable/ : /Page not found/);
    }
    const form = await off.app.inject({ url: '/' });
    assert.doesNotMatch(form.body, /\/transparency/);
  });
});
