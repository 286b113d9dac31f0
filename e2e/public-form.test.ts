/**
 * The public report pages in a real browser, with JavaScript on and off (many reporters use
 * hardened browsers): report, read the receipt, follow up on the status page, see errors keep
 * what was typed, switch to English; reload the receipt without making a second report; an
 * unknown address. Also: no axe-core violations, under 50 KB of JavaScript, and screenshots
 * (desktop and 390 px) for review and the README.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { openDatabase, rowsOf } from '../server/src/platform/db/database.ts';
import { makeDataDir, type ServerProcess, startServerProcess } from '../server/src/testing/server-process.ts';
import { browser, closeBrowser, newPage, screenshot } from './support/browser.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

let server: ServerProcess;
before(async () => {
  server = await startServerProcess({ env: { VIGIE_RATE_LIMIT_REPORTS: '0' } });
});
after(async () => {
  await closeBrowser();
  await server?.stop();
});

const report = {
  urls: 'https://example.org/video/123\nhttps://example.net/forum/thread/9',
  description: 'Une vidéo qui appelle à commettre des attentats, publiée hier soir.',
  email: 'temoin@example.fr',
};

/** The bytes of every distinct script the public pages load (each page loads the same file). */
function countScriptBytes(page: Page): () => number {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.set(response.url(), (await response.body().catch(() => Buffer.alloc(0))).length);
  });
  return () => [...scripts.values()].reduce((a, b) => a + b, 0);
}

async function fillReport(page: Page): Promise<void> {
  await page.check('#category-terrorism');
  await page.fill('#urls', report.urls);
  await page.fill('#description', report.description);
  await page.fill('#contact_email', report.email);
}

async function submitAndWait(page: Page, selector = 'form.report-form button[type=submit]'): Promise<number> {
  const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
  return response?.status() ?? 0;
}

async function readReceipt(page: Page): Promise<{ code: string; secret: string }> {
  const code = await page.inputValue('input[name=code][type=hidden]');
  const secret = await page.inputValue('input[name=secret][type=hidden]');
  const shown = (await page.textContent('#secret'))?.replace(/\s/g, '');
  assert.equal(shown, secret, 'the secret shown is the secret kept for the download');
  return { code, secret };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return violations as string[];
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'js' : 'nojs';
  describe(`public form with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test('report, receipt, status; errors keep what was typed; English', async () => {
      const { context, page } = await newPage({ javaScriptEnabled });
      const scriptBytes = countScriptBytes(page);
      try {
        await page.goto(`${server.url}/`);
        assert.equal(await page.getAttribute('html', 'lang'), 'fr');
        assert.match((await page.textContent('h1')) ?? '', /Signaler un contenu illicite/);
        await screenshot(page, `public-form-fr-${mode}`);

        // An invalid submission: errors at the top and next to the fields, nothing lost.
        await page.fill('#urls', 'https://example.org/ok\npas une adresse');
        await page.fill('#description', 'Ce que j’ai vu');
        await page.fill('#contact_email', 'pas-un-email');
        assert.equal(await submitAndWait(page), 400);
        assert.match((await page.textContent('.error-summary')) ?? '', /Choisissez ce que vous avez vu/);
        assert.match((await page.textContent('#urls-error')) ?? '', /Ligne 2 : « pas une adresse »/);
        assert.equal(await page.inputValue('#urls'), 'https://example.org/ok\npas une adresse');
        assert.equal(await page.inputValue('#description'), 'Ce que j’ai vu');
        assert.equal(await page.inputValue('#contact_email'), 'pas-un-email');
        if (javaScriptEnabled) {
          assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
        }
        await screenshot(page, `public-form-errors-fr-${mode}`);
        await page.click('.error-summary a[href="#urls"]');

        // A valid report.
        await fillReport(page);
        if (javaScriptEnabled) assert.equal(await page.textContent('#urls-count'), '2 adresses sur 50');
        assert.equal(await submitAndWait(page), 201);
        assert.match((await page.textContent('h1')) ?? '', /Signalement reçu/);
        const { code, secret } = await readReceipt(page);
        assert.match(code, /^VG-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
        assert.equal(
          await page.isVisible('button[data-copy]'),
          javaScriptEnabled,
          'copy buttons need JavaScript',
        );
        await screenshot(page, `public-receipt-fr-${mode}`);

        // The download works without JavaScript: a form POST answered as an attachment.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.click('form[action^="/receipt"] button'),
        ]);
        assert.equal(download.suggestedFilename(), `vigie-${code}.txt`);
        const text = await new Promise<string>((resolve, reject) => {
          download
            .createReadStream()
            .then((stream) => {
              let data = '';
              stream.on('data', (chunk) => (data += chunk));
              stream.on('end', () => resolve(data));
            })
            .catch(reject);
        });
        assert.ok(text.includes(secret));

        // Follow-up on the status page.
        await Promise.all([page.waitForNavigation(), page.click('a[href^="/status?code="]')]);
        assert.equal(await page.inputValue('#code'), code);
        await page.fill('#secret', secret.toLowerCase());
        assert.equal(await submitAndWait(page, 'form.status-form button[type=submit]'), 200);
        assert.match((await page.textContent('.step-current')) ?? '', /Reçu/);
        // Each address the reporter sent, by its number (never the address itself), with its outcome.
        assert.deepEqual(
          (await page.$$eval('.address-title', (els) => els.map((e) => e.textContent?.trim()))).map((x) =>
            x?.replace(/\s+/g, ' '),
          ),
          ['Adresse 1 : Reçue', 'Adresse 2 : Reçue'],
        );
        assert.match((await page.textContent('.addresses')) ?? '', /0 adresse traitée sur 2/);
        assert.ok(!((await page.textContent('main')) ?? '').includes('example.org'), 'never the addresses');
        await screenshot(page, `public-status-fr-${mode}`);

        // A wrong secret: a clear 404, the same as for an unknown code.
        await page.goto(`${server.url}/status?code=${code}`);
        await page.fill('#secret', 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
        assert.equal(await submitAndWait(page, 'form.status-form button[type=submit]'), 404);
        assert.match((await page.textContent('.error-summary')) ?? '', /Aucun signalement ne correspond/);

        // English through the visible switch, remembered by the cookie.
        await page.goto(`${server.url}/`);
        await Promise.all([page.waitForNavigation(), page.click('a.lang-switch')]);
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
        assert.match((await page.textContent('h1')) ?? '', /Report illegal content/);
        await screenshot(page, `public-form-en-${mode}`);
        await page.goto(`${server.url}/status`);
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
        assert.equal(await submitAndWait(page, 'form.status-form button[type=submit]'), 400);
        assert.match((await page.textContent('.error-summary')) ?? '', /Enter your tracking code/);
        await page.goto(`${server.url}/`);
        await page.fill('#urls', 'https://example.org/en');
        await page.check('#category-other');
        assert.equal(await submitAndWait(page), 201);
        assert.match((await page.textContent('h1')) ?? '', /Report received/);
        await screenshot(page, `public-receipt-en-${mode}`);

        const bytes = scriptBytes();
        if (javaScriptEnabled) assert.ok(bytes > 0, 'the script was loaded');
        assert.ok(bytes < 50 * 1024, `${bytes} bytes of JavaScript`);
        console.log(`public pages (${mode}): ${bytes} bytes of JavaScript transferred`);
      } finally {
        await context.close();
      }
    });
  });
}

describe('reloading the receipt', () => {
  // A server of its own, on a data folder this test opens afterwards to count the reports.
  const dataDir = makeDataDir('vigie-e2e-reload-');
  let own: ServerProcess;
  before(async () => {
    own = await startServerProcess({ dataDir, env: { VIGIE_RATE_LIMIT_REPORTS: '0', LOG_LEVEL: 'warn' } });
  });
  after(async () => {
    await own?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const reloadedUrl = (mode: string) => `https://reload-${mode}.example/page`;

  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'js' : 'nojs';
    test(`posts the form again and shows the same receipt (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page } = await newPage({ javaScriptEnabled });
      try {
        await page.goto(`${own.url}/`);
        await page.check('#category-other');
        await page.fill('#urls', reloadedUrl(mode));
        assert.equal(await submitAndWait(page), 201);
        const first = await readReceipt(page);
        // A reload of a page that answered a POST posts the form again, as after accepting the
        // browser's "confirm form resubmission" question.
        const reloaded = await page.reload();
        assert.equal(reloaded?.request().method(), 'POST', 'the reload posted the form again');
        assert.equal(reloaded?.status(), 200);
        assert.match((await page.textContent('h1')) ?? '', /Signalement reçu/);
        assert.deepEqual(await readReceipt(page), first, 'same tracking code and same secret');
        assert.equal((await page.textContent('#tracking-code'))?.replace(/\s/g, ''), first.code);
        await screenshot(page, `public-receipt-reloaded-fr-${mode}`);
        if (javaScriptEnabled) {
          await page.setViewportSize({ width: 390, height: 844 });
          await screenshot(page, 'public-receipt-reloaded-fr-mobile');
        }
      } finally {
        await context.close();
      }
    });
  }

  test('each reloaded receipt is one report in the database', async () => {
    await own.stop();
    const database = await openDatabase({ kind: 'embedded', dataDir });
    try {
      const result = await database.db.execute(sql`
        select items.url, count(*)::int as reports from report_items join items on items.id = report_items.item_id
        group by items.url order by items.url`);
      assert.deepEqual(rowsOf(result), [
        { url: reloadedUrl('js'), reports: 1 },
        { url: reloadedUrl('nojs'), reports: 1 },
      ]);
    } finally {
      await database.close();
    }
  });
});

describe('an unknown address', () => {
  test('shows a page in the reader’s language with ways on, and no request fails but the page', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: true, locale: 'en-GB' });
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'document') {
        failed.push(`${response.status()} ${response.url()}`);
      }
    });
    try {
      const response = await page.goto(`${server.url}/no/such/page`);
      assert.equal(response?.status(), 404);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.textContent('h1'), 'Page not found');
      await screenshot(page, 'public-not-found-en');
      await page.goto(`${server.url}/nulle-part?lang=fr`);
      assert.equal(await page.textContent('h1'), 'Page introuvable');
      await screenshot(page, 'public-not-found-fr');
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, 'no horizontal scrolling on the 404 page');
      await screenshot(page, 'public-not-found-fr-mobile');
      await Promise.all([page.waitForNavigation(), page.click('main a.button-primary')]);
      assert.equal(await page.textContent('h1'), 'Signaler un contenu illicite');
      // The icon the pages link, and the one browsers ask for unasked.
      for (const icon of ['/favicon.ico', (await page.getAttribute('link[rel=icon]', 'href')) ?? '']) {
        const res = await page.request.get(`${server.url}${icon}`);
        assert.equal(res.status(), 200, icon);
      }
      assert.deepEqual(failed, []);
    } finally {
      await context.close();
    }
  });
});

describe('live counters', () => {
  test('say "0 caractère", "1 caractère", "2 caractères"; "0 characters", "1 character"', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: true });
    try {
      const counted = async (field: string, value: string) => {
        await page.fill(field, value);
        return page.textContent(`${field}-count`);
      };
      await page.goto(`${server.url}/?lang=fr`);
      assert.equal(await page.textContent('#description-count'), '0 caractère sur 5\u202f000');
      assert.equal(await counted('#description', 'a'), '1 caractère sur 5\u202f000');
      assert.equal(await counted('#description', 'ab'), '2 caractères sur 5\u202f000');
      assert.equal(await counted('#urls', ''), '0 adresse sur 50');
      assert.equal(await counted('#urls', 'https://a.example/'), '1 adresse sur 50');
      await page.goto(`${server.url}/?lang=en`);
      assert.equal(await page.textContent('#description-count'), '0 characters, at most 5,000');
      assert.equal(await counted('#description', 'a'), '1 character, at most 5,000');
      assert.equal(await counted('#urls', 'https://a.example/\nhttps://b.example/'), '2 addresses of 50');
    } finally {
      await context.close();
    }
  });
});

describe('public pages on a 390 px phone', () => {
  test('form, errors and receipt fit the screen', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: true });
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}/`);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok((await overflow()) <= 0, 'no horizontal scrolling on the form');
      await screenshot(page, 'public-form-fr-mobile');
      await submitAndWait(page);
      await screenshot(page, 'public-form-errors-fr-mobile');
      await fillReport(page);
      assert.equal(await submitAndWait(page), 201);
      assert.ok((await overflow()) <= 0, 'no horizontal scrolling on the receipt');
      await screenshot(page, 'public-receipt-fr-mobile');
    } finally {
      await context.close();
    }
  });
});

describe('accessibility (axe-core)', () => {
  test('no violations on the form, the errors, the receipt, the status page and the 404 page, in both languages', async () => {
    // axe is injected as an inline script, which the pages' CSP rightly refuses: bypass it here only.
    const context = await (await browser()).newContext({ bypassCSP: true, locale: 'fr-FR' });
    const page = await context.newPage();
    try {
      const check = async (name: string) => {
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${name}: ${violations.join('; ')}`);
      };
      for (const lang of ['fr', 'en']) {
        await page.goto(`${server.url}/?lang=${lang}`);
        await check(`form (${lang})`);
        await submitAndWait(page);
        await check(`form with errors (${lang})`);
        await fillReport(page);
        await submitAndWait(page);
        await check(`receipt (${lang})`);
        const { code, secret } = await readReceipt(page);
        await page.goto(`${server.url}/status?code=${code}`);
        await check(`status form (${lang})`);
        await page.fill('#secret', secret);
        await submitAndWait(page, 'form.status-form button[type=submit]');
        await check(`status (${lang})`);
        await page.goto(`${server.url}/no/such/page?lang=${lang}`);
        await check(`unknown address (${lang})`);
      }
    } finally {
      await context.close();
    }
  });
});
