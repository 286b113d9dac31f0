/**
 * Fuzzing every public route with generated malformed requests: garbage JSON and form bodies,
 * wrong or missing content types, huge and exotic unicode strings, nested objects and arrays,
 * wrong types, random paths, query strings and headers. The rule under test: bad input gets a
 * 4xx with a body, never a 5xx, and the server keeps answering afterwards.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const RUNS_PER_ROUTE = 1000;

let t: TestApp;
const sent = new Map<string, number>();

before(async () => {
  t = await createTestApp({ LOG_LEVEL: 'warn' });
});
after(async () => {
  const total = [...sent.values()].reduce((a, b) => a + b, 0);
  console.log(`fuzz: ${total} requests in all`);
  for (const [route, count] of sent) console.log(`fuzz: ${String(count).padStart(5)} requests  ${route}`);
  await t.close();
});

// ---- generators ---------------------------------------------------------------------------------

const HUGE = 'ж'.repeat(600_000); // over 1 MB in UTF-8: past the body limit

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'null',
      'undefined',
      '{',
      '[]',
      '%',
      '%zz%00',
      '\u0000',
      '\uFEFF',
      '\uD800',
      '‮gnp.exe',
      'VG-2222-2222',
      'vg 7k3m 9qx2',
      'https://example.org/a',
      'javascript:alert(1)',
      '<script>alert(1)</script>',
      "' or 1=1 --",
      '../../etc/passwd',
      '😀'.repeat(300),
      'a'.repeat(6000),
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => 'x'.repeat(n)) },
);

const fieldNames = fc.oneof(
  fc.constantFrom(
    'category',
    'urls',
    'description',
    'contact_email',
    'language',
    'lang',
    'code',
    'secret',
    'ip',
    '__proto__',
    'constructor',
    'urls[]',
    'urls[0]',
    'a[b][c]',
  ),
  fc.string({ maxLength: 12 }),
);

const jsonValue = fc.jsonValue({ maxDepth: 4 });

/** Objects shaped like a report, with every field of every wrong type. */
const reportLike = fc.record(
  {
    category: fc.oneof(fc.constantFrom('terrorism', 'other', 'spam'), jsonValue),
    urls: fc.oneof(fc.array(fc.oneof(text, jsonValue), { maxLength: 60 }), jsonValue),
    description: fc.oneof(text, jsonValue),
    language: fc.oneof(fc.constantFrom('fr', 'en', 'de'), jsonValue),
    contact_email: fc.oneof(fc.constantFrom('a@b.fr', 'nope'), jsonValue),
    extra: jsonValue,
  },
  { requiredKeys: [] },
);

const formBody = fc
  .array(fc.tuple(fieldNames, fc.oneof(text, fc.array(text, { maxLength: 4 }))), { maxLength: 8 })
  .map((entries) => {
    const params = new URLSearchParams();
    for (const [key, value] of entries)
      for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
    return params.toString();
  });

const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=utf-16',
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=iso-8859-1',
    'multipart/form-data; boundary=----x',
    'text/plain',
    'text/html',
    'application/xml',
    'application/octet-stream',
    '*/*',
    'json',
    '',
    undefined,
  ),
  fc.string({ maxLength: 30 }),
);

/** Raw bodies: serialised JSON, form encodings, raw garbage, sometimes far too large. */
const body = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(jsonValue, reportLike).map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 3, arbitrary: formBody },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom(`{"description":"${HUGE}"}`, `description=${HUGE}`, HUGE) },
);

/** Header values must be representable on the wire: keep printable ASCII of whatever was generated. */
const headerValue = text.map((s) => s.replace(/[^\x20-\x7e]/g, '').slice(0, 200));

const headers = fc.record(
  {
    'content-type': contentType.map((v) => (v === undefined ? v : v.replace(/[^\x20-\x7e]/g, ''))),
    'accept-language': fc.oneof(
      fc.constantFrom('en', 'fr-FR,fr;q=0.9', 'de', '*', 'en;q=abc', ''),
      headerValue,
    ),
    cookie: fc.oneof(fc.constantFrom('lang=en', 'lang=xx', 'lang=', '=;;=', 'lang=en; lang=fr'), headerValue),
    'x-report-secret': headerValue,
    'x-forwarded-for': fc.oneof(fc.constantFrom('203.0.113.9', 'garbage', '1.1.1.1, 2.2.2.2'), headerValue),
    accept: fc.constantFrom('text/html', 'application/json', '*/*', 'image/png'),
  },
  { requiredKeys: [] },
);

const queryString = fc.oneof(
  fc.constant(''),
  fc
    .array(fc.tuple(fieldNames, fc.oneof(text, fc.constantFrom('en', 'fr', 'VG-7K3M-9QX2'))), {
      maxLength: 4,
    })
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.constantFrom(
    '?',
    '?&&',
    '?lang',
    '?lang=en&lang=fr',
    '?code[]=1',
    '?%zz=%zz',
    `?code=${'9'.repeat(5000)}`,
  ),
);

/** Percent-encodes anything, lone UTF-16 surrogates included (as U+FFFD, as a browser would). */
const encodePart = (s: string) =>
  encodeURIComponent(
    s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );

/** Sometimes the path itself is mangled: suffixes, encodings, doubled slashes. */
const pathSuffix = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('/', '//', '/..', '%00', '%2e%2e', '/x/y', '.json', ';a=b') },
  { weight: 1, arbitrary: text.map((s) => encodePart(s).slice(0, 300)) },
);

type Route = { method: 'GET' | 'POST'; path: string; param?: boolean };

const routes: Route[] = [
  { method: 'POST', path: '/api/reports' },
  { method: 'GET', path: '/api/reports/:code', param: true },
  { method: 'GET', path: '/' },
  { method: 'POST', path: '/report' },
  { method: 'GET', path: '/status' },
  { method: 'POST', path: '/status' },
  { method: 'POST', path: '/receipt' },
  { method: 'GET', path: '/api/health' },
];

const trackingCodeParam = fc.oneof(
  fc.constantFrom('VG-2222-2222', 'vg-7k3m-9qx2', 'hello', '', '%00', '..', 'VG-'.repeat(100)),
  text.map((s) => encodePart(s).slice(0, 400)),
);

function requestFor(route: Route) {
  return fc
    .record({
      body: body,
      headers,
      query: queryString,
      suffix: pathSuffix,
      param: trackingCodeParam,
      withBodyOnGet: fc.boolean(),
    })
    .map(({ body, headers, query, suffix, param, withBodyOnGet }): InjectOptions => {
      const path = route.param ? route.path.replace(':code', param) : route.path;
      const cleanHeaders = Object.fromEntries(
        Object.entries(headers).filter(([, v]) => v !== undefined),
      ) as Record<string, string>;
      const sendBody = route.method === 'POST' || withBodyOnGet;
      return {
        method: route.method,
        url: `${path}${suffix}${query}`,
        headers: cleanHeaders,
        ...(sendBody && body !== undefined ? { payload: body } : {}),
      };
    });
}

// ---- the property ---------------------------------------------------------------------------------

describe('fuzzing the public routes', { timeout: 180_000 }, () => {
  for (const route of routes) {
    const name = `${route.method} ${route.path}`;
    test(`${name}: ${RUNS_PER_ROUTE} malformed requests, never a 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(requestFor(route), async (request) => {
          sent.set(name, (sent.get(name) ?? 0) + 1);
          const res = await t.app.inject(request);
          assert.ok(
            res.statusCode >= 200 && res.statusCode < 500,
            `${res.statusCode} for ${request.method} ${String(request.url).slice(0, 200)}: ${res.body.slice(0, 300)}`,
          );
          if (res.statusCode !== 304 && res.statusCode !== 204) {
            assert.ok(res.rawPayload.length > 0, `empty body (${res.statusCode}) for ${request.url}`);
          }
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
    });
  }

  test('the server still answers afterwards, and logged no unhandled error', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().status, 'ok');
    assert.doesNotMatch(t.logs(), /unhandled error/);
  });
});
