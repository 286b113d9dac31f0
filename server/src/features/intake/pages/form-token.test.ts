/**
 * The one-time form token: posting the same form again (a reload of the receipt, a double click,
 * two posts racing) shows the same receipt and stores one report; a changed form is a new report;
 * a forged token is refused; posts without a token and the JSON API behave as before.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { rowsOf } from '../../../platform/db/database.ts';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { findReportStatus, items, RESHOW_SECRET_MS, reports } from '../index.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const postForm = (url: string, fields: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });

/** A fresh view of the form, and the token it carries. */
async function openForm(url = '/'): Promise<string> {
  const res = await t.app.inject({ url });
  const token = res.body.match(/<input type="hidden" name="form_token" value="([^"]+)">/)?.[1];
  assert.ok(token, 'the form carries a one-time token');
  return token;
}

function receiptOf(body: string): { code: string; secret: string } {
  const code = body.match(/data-copy="(VG-[A-Z0-9-]+)"/)?.[1];
  const secret = body.match(/name="secret" value="([A-Z0-9-]+)"/)?.[1];
  assert.ok(code && secret, 'the page shows a tracking code and a secret');
  return { code, secret };
}

let sequence = 0;
/** A report with addresses no other test uses, so counts in the database are this test's own. */
function freshReport() {
  sequence++;
  return {
    category: 'terrorism',
    urls: `https://token-${sequence}.example/video\nhttps://token-${sequence}.example/forum`,
    description: `Vidéo d’apologie ${sequence}.`,
    contact_email: 'temoin@example.fr',
  };
}

async function reportsNaming(url: string): Promise<number> {
  const result = await t.database.db.execute(sql`
    select count(*)::int as n from report_items join items on items.id = report_items.item_id
    where items.url = ${url}`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? -1;
}

const itemCount = async (url: string) =>
  (await t.database.db.select({ n: items.reportCount }).from(items).where(eq(items.url, url)))[0]?.n;

describe('the one-time form token', () => {
  test('each view of the form gets its own token, and no cookie goes with it', async () => {
    const first = await t.app.inject({ url: '/' });
    const second = await openForm();
    assert.notEqual(await openForm(), second);
    assert.equal(first.headers['set-cookie'], undefined);
  });

  test('posting the same form again shows the same receipt and stores one report', async () => {
    const form = { ...freshReport(), form_token: await openForm() };
    const first = await postForm('/report', form);
    assert.equal(first.statusCode, 201);
    const again = await postForm('/report', form);
    assert.equal(again.statusCode, 200, 'nothing new was created');
    assert.deepEqual(receiptOf(again.body), receiptOf(first.body), 'same tracking code AND same secret');
    assert.match(again.body, /Signalement reçu/);

    assert.equal(await reportsNaming('https://token-1.example/video'), 1);
    assert.equal(await itemCount('https://token-1.example/video'), 1, 'the item counts the report once');
    const { code, secret } = receiptOf(again.body);
    assert.equal((await findReportStatus(t.database.db, code, secret))?.status, 'received');
    // The receipt shown again downloads like the first one.
    const download = await postForm('/receipt', { code, secret });
    assert.equal(download.statusCode, 200);
    assert.ok(download.body.includes(`Code secret : ${secret}`));
  });

  test('the same form posted with other spacing, or from the other language, is the same report', async () => {
    const report = freshReport();
    const form = { ...report, form_token: await openForm() };
    const first = receiptOf((await postForm('/report', form)).body);
    const respaced = { ...form, urls: `  ${report.urls.replace('\n', '\r\n\r\n')}  ` };
    const again = await postForm('/report?lang=en', respaced);
    assert.equal(again.statusCode, 200);
    assert.match(again.body, /Report received/);
    assert.deepEqual(receiptOf(again.body), first);
    assert.equal(await reportsNaming(`https://token-${sequence}.example/forum`), 1);
  });

  test('two posts of the same form at once make one report and the same receipt', async () => {
    const form = { ...freshReport(), form_token: await openForm() };
    const answers = await Promise.all(Array.from({ length: 4 }, () => postForm('/report', form)));
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [200, 200, 200, 201]);
    const receipts = answers.map((a) => receiptOf(a.body));
    for (const receipt of receipts) assert.deepEqual(receipt, receipts[0]);
    assert.equal(await reportsNaming(`https://token-${sequence}.example/video`), 1);
  });

  test('a changed form sent with the same token is a new report: nothing typed is lost', async () => {
    const token = await openForm();
    const report = freshReport();
    const first = receiptOf((await postForm('/report', { ...report, form_token: token })).body);
    const changed = { ...report, urls: `${report.urls}\nhttps://token-${sequence}.example/other` };
    const second = await postForm('/report', { ...changed, form_token: token });
    assert.equal(second.statusCode, 201);
    assert.notEqual(receiptOf(second.body).code, first.code);
    assert.notEqual(receiptOf(second.body).secret, first.secret);
    assert.equal(await reportsNaming(`https://token-${sequence}.example/other`), 1);
  });

  test('a forged token is refused with the form and what was typed; nothing is stored', async () => {
    const report = freshReport();
    const real = await openForm();
    const tampered = `${real.slice(0, -1)}${real.endsWith('A') ? 'B' : 'A'}`;
    for (const forged of ['1', tampered, `${'x'.repeat(22)}.${'y'.repeat(22)}`]) {
      const res = await postForm('/report?lang=en', { ...report, form_token: forged });
      assert.equal(res.statusCode, 400, forged);
      assert.match(res.body, /This form could not be verified/);
      assert.ok(res.body.includes(`value="${report.contact_email}"`), 'what was typed is kept');
      const fresh = res.body.match(/name="form_token" value="([^"]+)"/)?.[1];
      assert.ok(fresh && fresh !== forged, 'a fresh token comes with the form');
    }
    assert.equal(await reportsNaming(`https://token-${sequence}.example/video`), 0);
  });

  test('an hour later the same form shows the tracking code again, not the secret', async () => {
    const form = { ...freshReport(), form_token: await openForm() };
    const { code, secret } = receiptOf((await postForm('/report', form)).body);
    const longAgo = new Date(Date.now() - RESHOW_SECRET_MS - 60_000);
    await t.database.db.update(reports).set({ receivedAt: longAgo }).where(eq(reports.trackingCode, code));
    const late = await postForm('/report', form);
    assert.equal(late.statusCode, 200);
    assert.match(late.body, /Ce signalement a déjà été reçu/);
    assert.match(late.body, /le code secret n’est plus affiché/);
    assert.ok(late.body.includes(`data-copy="${code}"`));
    assert.ok(!late.body.includes(secret), 'the secret is not shown again');
    assert.equal(await reportsNaming(`https://token-${sequence}.example/video`), 1);
  });

  test('without a token (an older page, a script) every post is a new report, as before', async () => {
    const report = freshReport();
    const first = await postForm('/report', report);
    const second = await postForm('/report', report);
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 201);
    assert.notEqual(receiptOf(first.body).code, receiptOf(second.body).code);
    assert.equal(await reportsNaming(`https://token-${sequence}.example/video`), 2);
  });

  test('the JSON API is unchanged: each post is a report, and it takes no form token', async () => {
    const body = { category: 'other', urls: ['https://token-api.example/page'] };
    const post = (payload: object) => t.app.inject({ method: 'POST', url: '/api/reports', payload });
    const [first, second] = [await post(body), await post(body)];
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 201);
    assert.notEqual(first.json().tracking_code, second.json().tracking_code);
    assert.equal(await reportsNaming('https://token-api.example/page'), 2);
    const withToken = await post({ ...body, form_token: await openForm() });
    assert.equal(withToken.statusCode, 400);
    assert.equal(withToken.json().error.code, 'request.invalid');
  });
});

describe('the one-time form token and the rate limit', () => {
  test('a reload of the receipt is not a new try: it shows the receipt even when the limit is reached', async () => {
    const limited = await createTestApp({ VIGIE_RATE_LIMIT_REPORTS: '1' });
    try {
      const post = (fields: Record<string, string>) =>
        limited.app.inject({
          method: 'POST',
          url: '/report',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams(fields).toString(),
        });
      const tokenOf = async () =>
        (await limited.app.inject({ url: '/' })).body.match(/name="form_token" value="([^"]+)"/)?.[1] ?? '';
      const form = { ...freshReport(), form_token: await tokenOf() };
      const first = await post(form);
      assert.equal(first.statusCode, 201);
      const reload = await post(form);
      assert.equal(reload.statusCode, 200, 'the same receipt, not the rate-limited form');
      assert.deepEqual(receiptOf(reload.body), receiptOf(first.body));
      const another = await post({ ...freshReport(), form_token: await tokenOf() });
      assert.equal(another.statusCode, 429, 'a new report still counts');
    } finally {
      await limited.close();
    }
  });
});
