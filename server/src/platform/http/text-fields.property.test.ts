/**
 * Property: any Unicode string (NUL, unpaired surrogates, right-to-left marks, emoji, 70,000
 * characters) in any text field of any route gets an answer below 500, in JSON (HTML for the
 * public pages), and never reaches the log.
 *
 * The routes and their text fields are read from the OpenAPI document (path, query and header
 * parameters, JSON bodies), so a route added later is walked without touching this file; the
 * HTML form pages, which are not in that document, are listed with their field constants. Every
 * other field of a request holds a plausible value (a real item, report or staff id, the tracking
 * code and secret of a real report) so that the fuzzed string gets past validation and into the
 * service and its queries. Staff routes are called by a member signed in at the stage and with a
 * role the route's guard lets through, with the CSRF header.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { REPORT_FIELDS } from '../../features/intake/pages/report-form.input.ts';
import { STATUS_FIELDS } from '../../features/intake/pages/status.page.ts';
import { runNoticeProposals } from '../../features/notices/index.ts';
import { hostContact, proposalContext, qualifiedItem } from '../../features/notices/notices.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { signedInStaff } from '../auth/auth.testing.ts';
import { staffRoutes } from '../auth/index.ts';
import { rowsOf } from '../db/database.ts';
import {
  asHeader,
  callerFor,
  expectsJson,
  type Field,
  type Hints,
  percentEncode,
  type Route,
  randomAddress,
  routesOf,
  sample,
  setAt,
} from './text-fields.testing.ts';

/** Runs per field: about 60 fields, so the whole file stays well under a minute. */
const RUNS_PER_FIELD = 20;

// ---- the strings ---------------------------------------------------------------------------------

const SPECIAL = [
  '\u0000',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u202E',
  '\u200F',
  '\u061C',
  '\uFEFF',
  '\uFFFF',
  '\u2028',
  '\r\n',
  '"',
  '\\',
  '<',
  '%',
  "'",
  '😀',
  'ש',
  'م',
];
const char = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.constantFrom(...'abcxyzVG019 -_.@:/') },
);
/** NUL and unpaired surrogates: what databases and JSON parsers choke on. */
const badChar = fc.constantFrom('\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF');
const short = fc.string({ unit: char, maxLength: 30 });
const text = fc.oneof(
  { weight: 4, arbitrary: short },
  { weight: 4, arbitrary: fc.tuple(short, badChar, short).map(([a, bad, b]) => `${a}${bad}${b}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit: char, minLength: 1, maxLength: 4 }), fc.integer({ min: 5000, max: 70_000 }))
      .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length))),
  },
);
/** Half the strings carry a tag, so that every run, however short its string, can be looked for in the log. */
const fuzzed = fc.oneof(
  text,
  text.map((s) => `leak-probe-${s}`),
);

/** What the log must not contain: the string as written and as JSON would escape it. */
function logForms(value: string): string[] {
  const probe = value.startsWith('leak-probe-') ? 'leak-probe-' : value;
  if (probe.length < 8) return [];
  return [probe, JSON.stringify(probe).slice(1, -1)];
}

// ---- the routes, from the OpenAPI document ------------------------------------------------------

// ---- fixtures: real ids so that fuzzed strings get past the lookups ------------------------------

/** Values the schema cannot tell, filled in once the fixtures exist. */
let hints: Hints = {};

type Fixtures = {
  trackingCode: string;
  secret: string;
  reportId: string;
  itemId: string;
  staffId: string;
  viewId: string;
  partnerId: string;
  /** A proposed notice (the first approve or withhold settles it; later runs get 409s). */
  noticeId: string;
};

async function makeFixtures(t: TestApp): Promise<Fixtures> {
  const submitted = await t.app.inject({
    method: 'POST',
    url: '/api/reports',
    payload: { category: 'other', urls: ['https://fuzz.example/reported'], contact_email: 'r@mail.example' },
  });
  assert.equal(submitted.statusCode, 201, submitted.body);
  const { tracking_code: trackingCode, secret } = submitted.json();
  const [row] = rowsOf<{ report_id: string; item_id: string }>(
    await t.database.db.execute(sql`
      select r.id as report_id, ri.item_id from reports r join report_items ri on ri.report_id = r.id
      where r.tracking_code = ${trackingCode}`),
  );
  assert.ok(row);
  const target = await signedInStaff(t, 'analyst');
  const view = await target.inject({
    method: 'POST',
    url: '/api/queue/views',
    payload: { name: 'fixture view', filters: {} },
  });
  assert.ok(view.statusCode < 300, view.body);
  const catalogue = (await target.inject({ url: '/api/qualification/catalogue' })).json();
  const templates = (await signedInStaff(t, 'admin')).inject({ url: '/api/feedback/templates' });
  // An inactive hotline: fuzzed edits of it get past the one-active-per-country rule.
  const partner = await (await signedInStaff(t, 'liaison_officer')).inject({
    method: 'POST',
    url: '/api/partners',
    payload: { country: 'DE', name: 'fixture hotline', channel: 'web_form', active: false },
  });
  assert.equal(partner.statusCode, 201, partner.body);
  hints = {
    staff_id: target.id,
    item_id: row.item_id,
    legal_bases: catalogue.categories[0].legal_bases[0].code,
    template_id: (await templates).json().templates[0].id,
    country: 'DE',
    checked_on: '2026-01-31',
  };
  return {
    trackingCode,
    secret,
    reportId: row.report_id,
    itemId: row.item_id,
    staffId: target.id,
    viewId: view.json().id,
    partnerId: partner.json().hotline.id,
    noticeId: await proposedNotice(t, target.id),
  };
}

function pathValue(route: Route, name: string, f: Fixtures): string {
  if (hints[name] !== undefined) return hints[name];
  if (name === 'tracking_code') return f.trackingCode;
  if (name === 'report_id') return f.reportId;
  if (route.url.startsWith('/api/items/')) return f.itemId;
  if (route.url.startsWith('/api/staff/')) return f.staffId;
  if (route.url.startsWith('/api/queue/views/')) return f.viewId;
  if (route.url.startsWith('/api/partners/')) return f.partnerId;
  if (route.url.startsWith('/api/notices/')) return f.noticeId;
  return crypto.randomUUID();
}

/** A notice as the proposals job leaves it, for an item qualified and hosted in France. */
async function proposedNotice(t: TestApp, staffId: string): Promise<string> {
  const item = await qualifiedItem(t, staffId, {
    country: 'FR',
    contacts: [hostContact('abuse@fuzz-host.example')],
  });
  await runNoticeProposals(proposalContext(t));
  const [notice] = rowsOf<{ id: string }>(
    await t.database.db.execute(sql`
      select n.id from notices n join notice_items ni on ni.notice_id = n.id
      where ni.item_id = ${item.id} and n.recipient_kind = 'host'`),
  );
  assert.ok(notice);
  return notice.id;
}

const headerValue = (name: string, f: Fixtures) => (name === 'x-report-secret' ? f.secret : 'fuzz');

// ---- the property ---------------------------------------------------------------------------------

let t: TestApp;
let fixtures: Fixtures;
let logLength = 0;
before(async () => {
  t = await createTestApp({ LOG_LEVEL: 'info' });
  fixtures = await makeFixtures(t);
});
after(() => t.close());

/** Log written since the previous call. */
function newLog(): string {
  const all = t.logs();
  const fresh = all.slice(logLength);
  logLength = all.length;
  return fresh;
}

/** Sends, then checks the log lines written for this request only (the last may follow the answer). */
async function sendWatchingLog(send: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
  newLog();
  const res = await send();
  await new Promise((resolve) => setImmediate(resolve));
  return res;
}

function assertNotLogged(value: string, where: string) {
  const written = newLog();
  for (const form of logForms(value)) {
    assert.ok(!written.includes(form), `${where}: the sent string reached the log`);
  }
}

const describeRun = (where: string, res: LightMyRequestResponse) =>
  `${where}: ${res.statusCode} ${String(res.headers['content-type'])} ${res.body.slice(0, 300)}`;

describe('every text field of every API route takes any Unicode string', { timeout: 120_000 }, () => {
  test('the OpenAPI document lists the routes this walks', () => {
    const routes = routesOf(t);
    assert.ok(routes.some((r) => r.method === 'POST' && r.url === '/api/reports'));
    assert.ok(routes.some((r) => r.method === 'POST' && r.url === '/api/queue/views'));
    assert.ok(routes.length >= 15, `${routes.length} routes with text fields`);
  });

  // The routes are known only once the app is built, so each field is a subtest of this one.
  test('each field, with the rest of the request valid', async (context) => {
    for (const route of routesOf(t)) {
      const rule = staffRoutes(t.app).find((r) => r.method === route.method && r.url === route.url);
      const send = await callerFor(t, rule);
      for (const field of route.fields) {
        const where = `${route.method} ${route.openApiPath} ${field.in}.${field.name}`;
        await context.test(where, async () => {
          await fc.assert(
            fc.asyncProperty(fuzzed, async (value) => {
              const res = await sendWatchingLog(() => send(requestFor(route, field, value)));
              assert.ok(res.statusCode < 500, describeRun(where, res));
              if (expectsJson(route, res)) {
                assert.match(
                  String(res.headers['content-type']),
                  /application\/json/,
                  describeRun(where, res),
                );
              }
              assertNotLogged(value, where);
            }),
            { numRuns: RUNS_PER_FIELD },
          );
        });
      }
    }
  });
});

function requestFor(route: Route, field: Field, value: string): InjectOptions {
  let url = route.openApiPath;
  for (const p of route.operation.parameters ?? []) {
    if (p.in !== 'path') continue;
    const given = field.in === 'path' && field.name === p.name ? value : pathValue(route, p.name, fixtures);
    url = url.replace(`{${p.name}}`, percentEncode(given).slice(0, 4000));
  }
  const query = new Map<string, string>();
  const headers: Record<string, string> = {};
  for (const p of route.operation.parameters ?? []) {
    if (p.in === 'query' && p.required)
      query.set(p.name, encodeURIComponent(String(sample(p.schema, hints, p.name))));
    if (p.in === 'header' && p.required) headers[p.name] = headerValue(p.name, fixtures);
  }
  if (field.in === 'query') query.set(field.name, percentEncode(value).slice(0, 4000));
  if (field.in === 'header') headers[field.name] = asHeader(value);
  if (query.size > 0) url += `?${[...query].map(([k, v]) => `${k}=${v}`).join('&')}`;
  const schema = route.operation.requestBody?.content?.['application/json']?.schema;
  const options: InjectOptions = {
    method: route.method as InjectOptions['method'],
    url,
    headers,
    remoteAddress: randomAddress(),
  };
  if (schema) {
    const body = sample(schema, hints);
    options.payload = JSON.stringify(field.in === 'body' ? setAt(body, field.path, value) : body);
    headers['content-type'] = 'application/json';
  }
  return options;
}

// ---- the HTML form pages (not in the OpenAPI document) -------------------------------------------

type Page = {
  method: 'GET' | 'POST';
  path: string;
  fields: readonly string[];
  base: () => Record<string, string>;
};

const pages: Page[] = [
  {
    method: 'POST',
    path: '/report',
    fields: REPORT_FIELDS,
    base: () => ({
      category: 'other',
      urls: 'https://fuzz.example/form',
      description: '',
      contact_email: '',
    }),
  },
  { method: 'POST', path: '/status', fields: STATUS_FIELDS, base: () => statusFields() },
  { method: 'POST', path: '/receipt', fields: STATUS_FIELDS, base: () => statusFields() },
  { method: 'GET', path: '/status', fields: ['code', 'lang'], base: () => ({}) },
  { method: 'GET', path: '/', fields: ['lang'], base: () => ({}) },
];
const statusFields = () => ({ code: fixtures.trackingCode, secret: fixtures.secret });

describe('every field of the HTML form pages takes any Unicode string', { timeout: 120_000 }, () => {
  for (const page of pages) {
    for (const name of page.fields) {
      const where = `${page.method} ${page.path} ${name}`;
      test(where, async () => {
        await fc.assert(
          fc.asyncProperty(fuzzed, async (value) => {
            const values = { ...page.base(), [name]: value };
            const encoded = Object.entries(values)
              .map(([k, v]) => `${k}=${percentEncode(v).slice(0, 200_000)}`)
              .join('&');
            const res = await sendWatchingLog(() =>
              t.app.inject(
                page.method === 'GET'
                  ? { url: `${page.path}?${encoded}`, remoteAddress: randomAddress() }
                  : {
                      method: 'POST',
                      url: page.path,
                      headers: { 'content-type': 'application/x-www-form-urlencoded' },
                      payload: encoded,
                      remoteAddress: randomAddress(),
                    },
              ),
            );
            assert.ok(res.statusCode < 500, describeRun(where, res));
            const download = page.path === '/receipt' && res.statusCode === 200;
            const type = download ? /text\/plain/ : /text\/html/;
            if (![204, 303, 304].includes(res.statusCode)) {
              assert.match(String(res.headers['content-type']), type, describeRun(where, res));
            }
            assertNotLogged(value, where);
          }),
          { numRuns: RUNS_PER_FIELD },
        );
      });
    }
  }
});
