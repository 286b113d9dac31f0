/**
 * What must never reach the log: a database query's text and parameters (where report content
 * would leak) when a query fails, and a tracking code, whether it came in the path, the query or a
 * form, on success, on failure, or on a path no route matches.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { DrizzleQueryError, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { type AppDeps, buildApp } from './app.ts';
import { serializeError } from './log-serializers.ts';

const MARKER = 'leak-marker-9d2e';

describe('a failing query through a route', () => {
  let database: Database;
  const chunks: Buffer[] = [];
  let app: Awaited<ReturnType<typeof buildApp>>;
  before(async () => {
    database = await openTestDatabase();
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const deps = { config: loadConfig({ LOG_LEVEL: 'trace' }), database } as AppDeps;
    app = await buildApp(
      deps,
      [
        (scope) => {
          // A value that passes validation but that the database rejects, as a feature bug would.
          scope.get('/test/query', async (request) => {
            const { value } = request.query as { value: string };
            return database.db.execute(sql`select ${value}::uuid as id, ${`${value}-second`}::text as other`);
          });
          scope.get('/test/wrapped', async () => {
            try {
              await database.db.execute(sql`insert into reports (id) values (${MARKER})`);
            } catch (error) {
              throw new Error('could not store the report', { cause: error });
            }
          });
        },
      ],
      { logStream },
    );
  });
  after(async () => {
    await app.close();
    await database.close();
  });
  const logs = () => Buffer.concat(chunks).toString('utf8');

  test('answers 500 and logs the error code, never the query, its parameters or the value', async () => {
    const res = await app.inject({ url: `/test/query?value=${MARKER}` });
    assert.equal(res.statusCode, 500);
    assert.doesNotMatch(res.body, new RegExp(MARKER));
    const wrapped = await app.inject({ url: '/test/wrapped' });
    assert.equal(wrapped.statusCode, 500);

    assert.ok(!logs().includes(MARKER), 'the parameter reached the log');
    assert.ok(!/select|insert into/i.test(logs()), 'the SQL text reached the log');
    const errorLines = logs()
      .split('\n')
      .filter((line) => line.includes('"level":50'));
    assert.equal(errorLines.length, 2, logs());
    assert.match(errorLines[0] as string, /"type":"DrizzleQueryError"/);
    assert.match(errorLines[0] as string, /"code":"22P02"/, 'the SQLSTATE is kept');
    assert.match(errorLines[0] as string, /invalid input syntax for type uuid/, 'a safe message is kept');
    assert.match(errorLines[1] as string, /could not store the report/);
    assert.match(errorLines[1] as string, /"cause":\{"type":"DrizzleQueryError"/);
  });
});

describe('the error serializer', () => {
  test('keeps what identifies a database error and drops what carries data', () => {
    const cause = Object.assign(new Error(`invalid input value for enum verdict: "${MARKER}"`), {
      severity: 'ERROR',
      code: '22P02',
      detail: `Failing row contains (${MARKER}).`,
      where: `unnamed portal parameter $1 = '${MARKER}'`,
      table: 'assessments',
      column: 'verdict',
      query: 'insert into assessments values ($1)',
      params: [MARKER],
    });
    const error = new DrizzleQueryError('insert into assessments values ($1)', [MARKER], cause);
    const logged = JSON.stringify(serializeError(new Error('outer', { cause: error })));
    assert.ok(!logged.includes(MARKER), logged);
    assert.ok(!logged.includes('insert into'), logged);
    assert.match(logged, /"code":"22P02"/);
    assert.match(logged, /"table":"assessments"/);
    assert.match(logged, /"column":"verdict"/);
    assert.match(logged, /invalid input value for enum verdict: \\"…\\"/);
  });
});

describe('tracking codes', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ LOG_LEVEL: 'trace' });
  });
  after(() => t.close());

  test('no log line holds a tracking code, however it was sent', async () => {
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      payload: { category: 'other', urls: ['https://log-test.example/a'] },
    });
    assert.equal(submitted.statusCode, 201);
    const { tracking_code: code, secret } = submitted.json() as { tracking_code: string; secret: string };
    const compact = code.replace(/-/g, '').slice(2);
    const form = { 'content-type': 'application/x-www-form-urlencoded' };

    const answers = [
      await t.app.inject({ url: `/api/reports/${code}`, headers: { 'x-report-secret': secret } }),
      await t.app.inject({ url: `/api/reports/${code}`, headers: { 'x-report-secret': 'wrong' } }),
      await t.app.inject({ url: `/api/reports/${code.toLowerCase()}` }),
      await t.app.inject({ url: `/status?code=${code}` }),
      await t.app.inject({ url: `/status?code=${code}&lang=en` }),
      await t.app.inject({
        method: 'POST',
        url: '/status',
        headers: form,
        payload: `code=${code}&secret=${secret}`,
      }),
      await t.app.inject({
        method: 'POST',
        url: '/status',
        headers: form,
        payload: `code=${code}&secret=${'A'.repeat(24)}`,
      }),
      await t.app.inject({
        method: 'POST',
        url: '/receipt',
        headers: form,
        payload: `code=${code}&secret=${secret}`,
      }),
      // Paths no route matches: a mistyped link still carries the code.
      await t.app.inject({ url: `/status/${code}` }),
      await t.app.inject({ url: `/api/reports/${code}/extra` }),
    ];
    assert.deepEqual(
      answers.map((a) => `${a.statusCode}`).join(' '),
      '200 404 400 200 200 200 404 200 404 404',
    );

    const logs = t.logs();
    for (const form of [code, code.toLowerCase(), compact, secret]) {
      assert.ok(!logs.includes(form), `"${form}" found in the log`);
    }
    assert.ok(logs.includes('"route":"/api/reports/:tracking_code"'), 'requests are logged by route');
  });
});
