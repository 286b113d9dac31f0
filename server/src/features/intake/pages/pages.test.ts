import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { pack } from '../../../jurisdictions/index.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { findReportStatus, reports } from '../index.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

type Fields = Record<string, string | string[]>;

function formBody(fields: Fields): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params.toString();
}

const postForm = (url: string, fields: Fields, headers: Record<string, string> = {}, app = t) =>
  app.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: formBody(fields),
  });

function receiptCodes(body: string): { code: string; secret: string } {
  const code = body.match(/data-copy="(VG-[A-Z0-9-]+)"/)?.[1];
  const secret = body.match(/name="secret" value="([A-Z0-9-]+)"/)?.[1];
  assert.ok(code && secret, 'the receipt shows a tracking code and a secret');
  return { code, secret };
}

const mainOf = (body: string) => body.slice(body.indexOf('<main'), body.indexOf('</main>'));

const validReport = {
  category: 'terrorism',
  urls: 'https://pages.example/video/1\r\nexample.net/forum/thread 2',
  description: 'Une vidéo qui appelle à commettre un attentat.',
  contact_email: 'temoin@example.fr',
};

describe('GET / (the report form)', () => {
  test('is French by default, with every category, the helplines and what is stored', async () => {
    const res = await t.app.inject({ url: '/' });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/html; charset=utf-8/);
    assert.match(res.body, /<html lang="fr">/);
    assert.match(res.body, /Qu’avez-vous vu \?/);
    for (const category of [...pack.categories, pack.otherCategory]) {
      assert.ok(res.body.includes(`value="${category.id}"`), category.id);
      assert.ok(res.body.includes(category.label.fr.replace(/'/g, '&#39;')), category.label.fr);
    }
    for (const helpline of pack.helplines) assert.ok(res.body.includes(helpline.label.fr), helpline.label.fr);
    const danger = res.body.indexOf('Quelqu’un est en danger ?');
    assert.ok(danger > 0 && danger < res.body.indexOf('<form'), 'the emergency numbers come before the form');
    assert.ok(danger < res.body.indexOf('<h1'), 'and before the page’s own title');
    assert.match(res.body, /Aucune adresse IP/);
    assert.match(res.body, new RegExp(`au bout de ${t.config.contactRetentionDays} jours`));
    assert.match(res.body, /href="\/\?lang=en"/);
    assert.match(res.body, /<a class="skip-link" href="#main">/);
  });

  test('is English with Accept-Language: en, with ?lang=en (which sets a cookie), and with that cookie', async () => {
    const byHeader = await t.app.inject({ url: '/', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    assert.match(byHeader.body, /<html lang="en">/);
    assert.match(byHeader.body, /What did you see\?/);

    const byQuery = await t.app.inject({ url: '/?lang=en', headers: { 'accept-language': 'fr' } });
    assert.match(byQuery.body, /<html lang="en">/);
    const cookie = String(byQuery.headers['set-cookie']);
    assert.match(cookie, /^lang=en;/);
    assert.match(cookie, /SameSite=Lax/);

    const byCookie = await t.app.inject({ url: '/', cookies: { lang: 'en' } });
    assert.match(byCookie.body, /<html lang="en">/);
    assert.match(byCookie.body, /href="\/\?lang=fr"/);
  });

  test('every field has a label, and hints are tied to their fields', async () => {
    const { body } = await t.app.inject({ url: '/' });
    for (const id of ['urls', 'description', 'contact_email']) {
      assert.match(body, new RegExp(`<label for="${id}">`));
      assert.match(body, new RegExp(`id="${id}"[^>]*aria-describedby="${id}-hint"`, 's'));
    }
    assert.match(body, /<fieldset class="field" aria-describedby="category-hint">/);
  });

  test('sends the security headers and links one CSS and one small script, no inline script', async () => {
    const res = await t.app.inject({ url: '/' });
    const csp = String(res.headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      assert.ok(csp.includes(directive), directive);
    }
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.doesNotMatch(res.body, /<script>|<script [^>]*>[^<]+<\/script>|style="/);
    const scripts = [...res.body.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] as string);
    assert.equal(scripts.length, 1);
    const js = await t.app.inject({ url: scripts[0] as string });
    assert.equal(js.statusCode, 200);
    assert.match(js.headers['content-type'] as string, /javascript/);
    assert.ok(js.rawPayload.length < 50 * 1024, `JS is ${js.rawPayload.length} bytes`);
    const cssHref = res.body.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1] as string;
    const css = await t.app.inject({ url: cssHref });
    assert.equal(css.statusCode, 200);
    assert.match(css.headers['content-type'] as string, /text\/css/);
    assert.equal(css.headers['x-content-type-options'], 'nosniff');
    const again = await t.app.inject({
      url: cssHref,
      headers: { 'if-none-match': String(css.headers.etag) },
    });
    assert.equal(again.statusCode, 304);
  });
});

describe('POST /report (the form without JavaScript)', () => {
  test('stores the report, then shows the receipt with the tracking code and the secret', async () => {
    const res = await postForm('/report', validReport);
    assert.equal(res.statusCode, 201);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
    assert.match(res.body, /Signalement reçu/);
    assert.match(res.body, /ne pourra plus être affiché/);
    const { code, secret } = receiptCodes(res.body);
    assert.match(code, /^VG-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    assert.match(secret, /^([2-9A-HJKMNP-TV-Z]{4}-){5}[2-9A-HJKMNP-TV-Z]{4}$/);
    assert.ok(res.body.includes(`href="/status?code=${code}&amp;lang=fr"`));
    assert.match(res.body, /<form method="post" action="\/receipt\?lang=fr">/);
    assert.doesNotMatch(res.body, new RegExp(`href="[^"]*${secret}`), 'the secret never goes in a URL');

    const status = await findReportStatus(t.database.db, code, secret);
    assert.equal(status?.status, 'received');
    const [row] = await t.database.db.select().from(reports).where(eq(reports.trackingCode, code));
    assert.equal(row?.channel, 'web_form');
    assert.equal(row?.claimedCategory, 'terrorism');
    assert.equal(row?.language, 'fr');
    assert.equal(row?.description, validReport.description);
    assert.notEqual(row?.contactEmailEnc, null);
    assert.ok(!row?.contactEmailEnc?.includes('temoin'));
  });

  test('the page language becomes the report language', async () => {
    const res = await postForm('/report?lang=en', { category: 'other', urls: 'https://lang.example/a' });
    assert.equal(res.statusCode, 201);
    assert.match(res.body, /Report received/);
  });

  test('errors are shown next to the fields, in French, and everything typed is shown again', async () => {
    const typed = {
      category: 'hate_racial_religious',
      urls: 'https://ok.example/page\nexa mple\njavascript:alert(1)',
      description: 'Ce que j’ai vu <b>ici</b> & là',
      contact_email: 'pas-une-adresse',
    };
    const res = await postForm('/report', typed);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Erreur : /);
    assert.match(res.body, /Le formulaire n’a pas été envoyé/);
    assert.match(res.body, /Ligne 2 : « exa mple » n’est pas une adresse web valide/);
    assert.match(
      res.body,
      /Ligne 3 : « javascript:alert\(1\) » doit être une adresse web commençant par http/,
    );
    assert.match(res.body, /Cette adresse e-mail ne semble pas valide/);
    assert.match(res.body, /<a href="#urls">/);
    assert.match(res.body, /id="urls-error"/);
    assert.match(res.body, /aria-describedby="urls-hint urls-error" aria-invalid="true"/);
    // Nothing lost, and nothing interpreted as markup.
    assert.match(res.body, /value="hate_racial_religious"[^>]*checked/s);
    assert.ok(res.body.includes('https://ok.example/page\nexa mple\njavascript:alert(1)</textarea>'));
    assert.ok(res.body.includes('Ce que j’ai vu &lt;b&gt;ici&lt;/b&gt; &amp; là</textarea>'));
    assert.ok(res.body.includes('value="pas-une-adresse"'));
  });

  test('errors are in English on an English page', async () => {
    const res = await postForm('/report?lang=en', {
      category: '',
      urls: '',
      description: '',
      contact_email: '',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<html lang="en">/);
    assert.match(res.body, /Choose what you saw\./);
    assert.match(res.body, /Give the address of at least one page\./);
  });

  test('more than 50 addresses, an over-long description, an unknown category', async () => {
    const urls = Array.from({ length: 51 }, (_, i) => `https://many.example/${i}`).join('\n');
    const res = await postForm('/report', { category: 'spam', urls, description: 'x'.repeat(5001) });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Vous avez indiqué 51 adresses : 50 au plus/);
    assert.match(res.body, /La description compte 5\u202f001 caractères/);
    assert.match(res.body, /Choisissez ce que vous avez vu dans la liste proposée/);
  });

  test('unknown fields and repeated fields are refused like the API does', async () => {
    const unknown = await postForm('/report', { ...validReport, ip: '1.2.3.4' });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /champs inattendus : ip/);
    const repeated = await postForm('/report', { ...validReport, category: ['terrorism', 'other'] });
    assert.equal(repeated.statusCode, 400);
    assert.match(repeated.body, /Le champ « Qu’avez-vous vu \? » a été envoyé plusieurs fois/);
  });

  test('several urls fields (one per address) are accepted', async () => {
    const res = await postForm('/report', {
      category: 'other',
      urls: ['https://one.example/', 'https://two.example/'],
    });
    assert.equal(res.statusCode, 201);
  });

  test('JSON, multipart and oversize bodies get an HTML 4xx page in the page language', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/report?lang=en',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ category: 'other', urls: ['https://a.example/'] }),
    });
    assert.equal(json.statusCode, 415);
    assert.match(json.headers['content-type'] as string, /text\/html/);
    assert.match(json.body, /This form must be sent from the site’s own page/);
    const multipart = await t.app.inject({
      method: 'POST',
      url: '/report',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--',
    });
    assert.equal(multipart.statusCode, 415);
    assert.match(multipart.body, /<html lang="fr">/);
    const huge = await postForm(
      '/report',
      { ...validReport, description: 'x'.repeat(1_100_000) },
      {
        'accept-language': 'en',
      },
    );
    assert.equal(huge.statusCode, 413);
    assert.match(huge.body, /too large/);
    assert.equal(huge.headers['content-security-policy']?.includes("frame-ancestors 'none'"), true);
  });

  test('a refresh of the form target leads back to the form', async () => {
    const res = await t.app.inject({ url: '/report?lang=en' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/?lang=en');
  });
});

describe('rate limit on the form', () => {
  test('answers 429 with the form and everything typed', async () => {
    const limited = await createTestApp({ VIGIE_RATE_LIMIT_REPORTS: '1' });
    try {
      const first = await postForm('/report', validReport, {}, limited);
      assert.equal(first.statusCode, 201);
      const second = await postForm('/report', validReport, {}, limited);
      assert.equal(second.statusCode, 429);
      assert.match(second.body, /Trop de signalements/);
      assert.ok(second.body.includes('value="temoin@example.fr"'));
      assert.ok(second.body.includes('example.net/forum/thread 2</textarea>'));
    } finally {
      await limited.close();
    }
  });
});

describe('POST /receipt (download)', () => {
  test('answers a plain-text attachment named after the tracking code, in the page language', async () => {
    const { code, secret } = receiptCodes((await postForm('/report', validReport)).body);
    const res = await postForm('/receipt?lang=en', { code, secret });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/plain; charset=utf-8/);
    assert.equal(res.headers['content-disposition'], `attachment; filename="vigie-${code}.txt"`);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.ok(res.body.includes(`Tracking code: ${code}`));
    assert.ok(res.body.includes(`Secret: ${secret}`));
    assert.ok(res.body.includes(`${t.config.publicUrl}/status?code=${code}`));
    const fr = await postForm('/receipt', { code, secret });
    assert.ok(fr.body.includes(`Numéro de suivi : ${code}`));
  });

  test('refuses a wrong secret (404) and a malformed request (400) with a page', async () => {
    const { code } = receiptCodes((await postForm('/report', validReport)).body);
    const wrong = await postForm('/receipt', { code, secret: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF' });
    assert.equal(wrong.statusCode, 404);
    assert.match(wrong.headers['content-type'] as string, /text\/html/);
    const malformed = await postForm('/receipt', { code: 'nope', secret: '' });
    assert.equal(malformed.statusCode, 400);
  });
});

describe('/status', () => {
  test('GET prefills a valid code from the query and ignores a malformed one', async () => {
    const valid = await t.app.inject({ url: '/status?code=vg-7k3m-9qx2' });
    assert.equal(valid.statusCode, 200);
    assert.match(valid.body, /name="code" value="VG-7K3M-9QX2"/);
    const malformed = await t.app.inject({ url: '/status?code=<script>' });
    assert.equal(malformed.statusCode, 200);
    assert.match(malformed.body, /name="code" value=""/);
  });

  test('POST with the code and secret shows the status in plain words', async () => {
    const { code, secret } = receiptCodes((await postForm('/report', validReport)).body);
    const fr = await postForm('/status', { code: code.toLowerCase(), secret: secret.replace(/-/g, ' ') });
    assert.equal(fr.statusCode, 200);
    assert.equal(fr.headers['cache-control'], 'no-store');
    assert.match(
      fr.body,
      /<li class="step step-current" aria-current="step">\s*<span class="step-label">Reçu/,
    );
    assert.match(fr.body, /attend d’être examiné par un analyste/);
    assert.match(fr.body, /<dt>Ce que vous avez signalé<\/dt><dd>Terrorisme · 2 adresses<\/dd>/);
    const en = await postForm('/status?lang=en', { code, secret });
    assert.match(en.body, /<span class="step-label">Received <span class="step-badge">current step/);
    assert.match(en.body, /<dt>What you reported<\/dt><dd>Terrorism · 2 addresses<\/dd>/);
  });

  test('a wrong secret and an unknown code give the same 404 page', async () => {
    const { code } = receiptCodes((await postForm('/report', validReport)).body);
    const secret = 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF';
    const wrongSecret = await postForm('/status', { code, secret });
    const unknown = await postForm('/status', { code: 'VG-2222-2222', secret });
    assert.equal(wrongSecret.statusCode, 404);
    assert.equal(unknown.statusCode, 404);
    const normalise = (body: string) =>
      mainOf(body).replaceAll(code, 'CODE').replaceAll('VG-2222-2222', 'CODE');
    assert.equal(normalise(wrongSecret.body), normalise(unknown.body));
    assert.match(wrongSecret.body, /Aucun signalement ne correspond/);
  });

  test('a malformed code gets a 400 that says what a code looks like and keeps the input', async () => {
    const res = await postForm('/status?lang=en', { code: 'hello', secret: 'abc' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /A tracking code looks like VG-7K3M-9QX2/);
    assert.match(res.body, /A secret has 24 characters/);
    assert.match(res.body, /name="code" value="hello"/);
    assert.match(res.body, /name="secret" value="abc"/);
  });
});
