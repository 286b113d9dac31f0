import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const submit = (body: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/reports', payload: body as object });

describe('POST /api/reports', () => {
  test('stores the report and returns a tracking code, a secret and a status URL', async () => {
    const res = await submit({
      category: 'terrorism',
      urls: ['https://example.org/video/1'],
      language: 'en',
    });
    assert.equal(res.statusCode, 201);
    const body = res.json();
    assert.match(body.tracking_code, /^VG-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    assert.match(body.secret, /^([2-9A-HJKMNP-TV-Z]{4}-){5}[2-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(body.status_url, `${t.config.publicUrl}/status?code=${body.tracking_code}`);

    const status = await t.app.inject({
      url: `/api/reports/${body.tracking_code}`,
      headers: { 'x-report-secret': body.secret.toLowerCase() },
    });
    assert.equal(status.statusCode, 200);
    assert.equal(status.json().status, 'received');
    assert.equal(status.json().message, null);
    assert.equal(status.json().category, 'terrorism', 'what was reported');
    assert.equal(status.json().total, 1);
  });

  test('the same URL reported twice is one item linked to both reports', async () => {
    const url = 'https://Same.example/same/page#comments';
    await submit({ category: 'other', urls: [url] });
    await submit({
      category: 'other',
      urls: ['https://same.example/same/page', 'https://same.example/other'],
    });
    const { rows } = (await t.database.db.execute(
      `select url, report_count::int as n, (select count(*)::int from report_items ri where ri.item_id = items.id) as links
       from items where url like 'https://same.example/%' order by url` as never,
    )) as unknown as { rows: { url: string; n: number; links: number }[] };
    assert.deepEqual(rows, [
      { url: 'https://same.example/other', n: 1, links: 1 },
      { url: 'https://same.example/same/page', n: 2, links: 2 },
    ]);
  });

  const badBodies: [string, unknown, RegExp][] = [
    ['unknown category', { category: 'spam', urls: ['https://a.example/x'] }, /category/],
    ['no URL', { category: 'other', urls: [] }, /at least one URL/],
    [
      'more than 50 URLs',
      { category: 'other', urls: Array.from({ length: 51 }, (_, i) => `https://a.example/${i}`) },
      /at most 50/,
    ],
    ['a non-http URL', { category: 'other', urls: ['javascript:alert(1)'] }, /http/],
    ['a malformed URL', { category: 'other', urls: ['https://exa mple.org'] }, /valid web address/],
    [
      'an invalid e-mail',
      { category: 'other', urls: ['https://a.example/'], contact_email: 'nope' },
      /contact_email/,
    ],
    [
      'an unknown field',
      { category: 'other', urls: ['https://a.example/'], ip: '1.2.3.4' },
      /Unrecognized key/,
    ],
    [
      'an over-long description',
      { category: 'other', urls: ['https://a.example/'], description: 'x'.repeat(5001) },
      /description/,
    ],
  ];
  for (const [name, body, message] of badBodies) {
    test(`rejects ${name} with a clear 400`, async () => {
      const res = await submit(body);
      assert.equal(res.statusCode, 400);
      assert.match(res.json().error.message, message);
    });
  }

  test('rejects malformed JSON, a wrong content type and an oversize body with 4xx', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { 'content-type': 'application/json' },
      payload: '{"category":',
    });
    assert.equal(bad.statusCode, 400);
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    assert.equal(wrongType.statusCode, 415);
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        category: 'other',
        urls: ['https://a.example/'],
        description: 'x'.repeat(1_100_000),
      }),
    });
    assert.equal(huge.statusCode, 413);
  });
});

describe('GET /api/reports/:tracking_code', () => {
  test('a wrong secret and an unknown code give the same 404', async () => {
    const { tracking_code } = (await submit({ category: 'other', urls: ['https://b.example/'] })).json();
    const wrongSecret = await t.app.inject({
      url: `/api/reports/${tracking_code}`,
      headers: { 'x-report-secret': 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF' },
    });
    const unknown = await t.app.inject({
      url: '/api/reports/VG-2222-2222',
      headers: { 'x-report-secret': 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF' },
    });
    assert.equal(wrongSecret.statusCode, 404);
    assert.equal(unknown.statusCode, 404);
    assert.deepEqual(wrongSecret.json().error, unknown.json().error);
  });

  test('a malformed tracking code gets a 400 that shows the expected format', async () => {
    const res = await t.app.inject({ url: '/api/reports/hello', headers: { 'x-report-secret': 'x' } });
    assert.equal(res.statusCode, 400);
    assert.match(res.json().error.message, /VG-7K3M-9QX2/);
  });
});

test('GET /api/health names the database kind', async () => {
  const res = await t.app.inject({ url: '/api/health' });
  assert.deepEqual(res.json(), {
    status: 'ok',
    database: t.database.kind === 'embedded' ? 'embedded' : 'postgres',
  });
});

test('the OpenAPI document describes the public routes', async () => {
  const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
  assert.ok(doc.paths['/api/reports'].post);
  assert.ok(doc.paths['/api/reports/{tracking_code}'].get);
});
