/**
 * Text no column can hold (NUL, unpaired surrogates) gets a clear 400 naming the field, wherever
 * it comes in — JSON, the HTML form, the query, a path parameter, an object key, a staff field —
 * instead of a 500 that loses the report and logs its content. The report sent again without it
 * is stored.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { type StaffAgent, signedInStaff } from '../auth/auth.testing.ts';
import { rowsOf } from '../db/database.ts';
import { findBadText } from './text-check.ts';

const MARKER = 'nul-marker-4f1c';
const REPORT = { category: 'other', urls: ['https://text-check.example/page'] };

let t: TestApp;
let analyst: StaffAgent;
let admin: StaffAgent;
before(async () => {
  t = await createTestApp();
  analyst = await signedInStaff(t, 'analyst');
  admin = await signedInStaff(t, 'admin');
});
after(() => t.close());

const reportCount = async () =>
  Number(
    rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from reports`))[0]?.n,
  );

function assertRefused(res: { statusCode: number; body: string }, field: string) {
  assert.equal(res.statusCode, 400, res.body.slice(0, 300));
  const { error } = JSON.parse(res.body);
  assert.equal(error.code, 'request.invalid_text');
  assert.equal(error.details.field, field);
  assert.ok(error.message.startsWith(field), error.message);
}

describe('the report API', () => {
  test('a NUL or a lone surrogate in the description gets 400 naming it; sent without, it is stored', async () => {
    const before = await reportCount();
    const nul = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: { ...REPORT, description: `${MARKER}\u0000b` },
    });
    assertRefused(nul, 'body.description');
    const surrogate = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { 'content-type': 'application/json' },
      payload: `{"category":"other","urls":["https://text-check.example/page"],"description":"${MARKER}\\ud800"}`,
    });
    assertRefused(surrogate, 'body.description');
    const url = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: { ...REPORT, urls: ['https://ok.example/', `https://text-check.example/${MARKER}\u0000`] },
    });
    assertRefused(url, 'body.urls.1');
    assert.equal(await reportCount(), before, 'nothing half-stored');
    const clean = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: { ...REPORT, description: `${MARKER}b` },
    });
    assert.equal(clean.statusCode, 201);
    assert.equal(await reportCount(), before + 1);
  });

  test('an object key, a query value and a path parameter are checked too', async () => {
    const key = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: { ...REPORT, [`x\u0000${MARKER}`]: 1 },
    });
    assertRefused(key, `body.x\uFFFD${MARKER}`);
    assertRefused(await analyst.inject({ url: `/api/queue?cursor=${MARKER}%00` }), 'query.cursor');
    assertRefused(
      await t.app.inject({ url: `/api/reports/VG-${MARKER}%00`, headers: { 'x-report-secret': 's' } }),
      'params.tracking_code',
    );
  });

  test('a body nested deeper than the call stack is an ordinary 400', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { 'content-type': 'application/json' },
      payload: deep,
    });
    assert.equal(res.statusCode, 400, res.body.slice(0, 200));
    assert.equal(findBadText(JSON.parse(deep), 'body'), null);
  });
});

describe('the HTML pages', () => {
  test('the report form with a NUL answers a 400 page, not a 500, and stores nothing', async () => {
    const before = await reportCount();
    const res = await t.app.inject({
      method: 'POST',
      url: '/report',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
      payload: `category=other&urls=https%3A%2F%2Ftext-check.example%2Fform&description=${MARKER}%00b`,
    });
    assert.equal(res.statusCode, 400);
    assert.match(String(res.headers['content-type']), /text\/html/);
    assert.match(res.body, /<h1>/);
    assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(await reportCount(), before);
  });

  test('the status page with a NUL in its query answers a 400 page', async () => {
    const res = await t.app.inject({ url: `/status?code=VG-${MARKER}%00` });
    assert.equal(res.statusCode, 400);
    assert.match(String(res.headers['content-type']), /text\/html/);
  });

  test('an unknown address with a NUL is not found: a page for a browser, JSON under /api', async () => {
    const page = await t.app.inject({ url: `/nowhere/${MARKER}%00`, headers: { accept: 'text/html' } });
    assert.equal(page.statusCode, 404);
    assert.match(String(page.headers['content-type']), /text\/html/);
    // An id too long for any route falls through to the catch-all, under /api too.
    const api = await analyst.inject({ url: `/api/media/${'%00'.repeat(2000)}/preview` });
    assert.equal(api.statusCode, 404, api.body.slice(0, 200));
    assert.equal(api.json().error.code, 'route.not_found');
  });
});

describe('staff fields', () => {
  test('saved-view name, display name and feedback message', async () => {
    assertRefused(
      await analyst.inject({
        method: 'POST',
        url: '/api/queue/views',
        payload: { name: `${MARKER}\u0000`, filters: {} },
      }),
      'body.name',
    );
    assertRefused(
      await admin.inject({
        method: 'PATCH',
        url: `/api/staff/${analyst.id}`,
        payload: { display_name: `${MARKER}\ud83d` },
      }),
      'body.display_name',
    );
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: { ...REPORT, contact_email: 'reporter@mail.example' },
    });
    const [row] = rowsOf<{ id: string }>(
      await t.database.db.execute(
        sql`select id from reports where tracking_code = ${submitted.json().tracking_code}`,
      ),
    );
    assertRefused(
      await analyst.inject({
        method: 'POST',
        url: `/api/reports/${row?.id}/feedback`,
        payload: { template_id: 'removal_requested', message: `${MARKER}\u0000` },
      }),
      'body.message',
    );
  });

  test('nothing sent was logged', () => {
    assert.ok(t.logs().includes('incoming request'), 'the log was captured');
    assert.ok(!t.logs().includes(MARKER), 'a refused value reached the log');
  });
});
