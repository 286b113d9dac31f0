/**
 * Reporters stay anonymous: after reports, follow-ups and receipt downloads from a distinctive
 * client address (directly and through X-Forwarded-For, with the proxy trusted and not), no
 * table in the database and no line of the log holds that address in any usual form. The
 * contact e-mail is stored only encrypted, and the secret box opens it again.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../platform/db/database.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const CLIENT = '203.0.113.77';
const FORWARDED = '198.51.100.23';
const EMAIL = 'anon.witness+vigie@example.com';

/** The ways an IPv4 address shows up once stored or logged: as text, mapped, numeric, hashed, truncated. */
function forms(address: string): string[] {
  const octets = address.split('.').map(Number);
  const integer = octets.reduce((n, o) => n * 256 + o, 0);
  const hash = (algorithm: string) => crypto.createHash(algorithm).update(address).digest('hex');
  return [
    address,
    `::ffff:${address}`,
    String(integer),
    integer.toString(16).padStart(8, '0'),
    [...octets].reverse().join('.'),
    octets.slice(0, 3).join('.'),
    hash('sha256'),
    hash('md5'),
    Buffer.from(address).toString('base64'),
  ];
}

const headers = {
  'x-forwarded-for': `${FORWARDED}, ${CLIENT}`,
  'x-real-ip': FORWARDED,
  forwarded: `for=${FORWARDED}`,
  'user-agent': `Mozilla/5.0 (from ${CLIENT})`,
};

async function everyRowAsText(t: TestApp): Promise<{ table: string; text: string }[]> {
  const tables = rowsOf<{ schema: string; name: string }>(
    await t.database.db.execute(sql`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`),
  );
  assert.ok(
    tables.some((table) => table.name === 'reports'),
    'the scan sees the reports table',
  );
  const out: { table: string; text: string }[] = [];
  for (const { schema, name } of tables) {
    const qualified = `"${schema.replace(/"/g, '""')}"."${name.replace(/"/g, '""')}"`;
    const rows = rowsOf<{ row: string }>(
      await t.database.db.execute(sql.raw(`select r::text as row from ${qualified} r`)),
    );
    for (const { row } of rows) out.push({ table: `${schema}.${name}`, text: row });
  }
  return out;
}

async function exerciseEveryPublicRoute(t: TestApp): Promise<string[]> {
  const remoteAddress = CLIENT;
  const codes: string[] = [];
  const api = await t.app.inject({
    method: 'POST',
    url: '/api/reports',
    remoteAddress,
    headers,
    payload: {
      category: 'other',
      urls: ['https://anon.example/api'],
      contact_email: EMAIL,
      description: 'via API',
    },
  });
  assert.equal(api.statusCode, 201);
  const { tracking_code, secret } = api.json();
  codes.push(tracking_code);
  await t.app.inject({
    url: `/api/reports/${tracking_code}`,
    remoteAddress,
    headers: { ...headers, 'x-report-secret': secret },
  });

  const form = await t.app.inject({
    method: 'POST',
    url: '/report',
    remoteAddress,
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      category: 'terrorism',
      urls: 'https://anon.example/form',
      description: 'via the form',
      contact_email: EMAIL,
    }).toString(),
  });
  assert.equal(form.statusCode, 201);
  const formCode = form.body.match(/name="code" value="([^"]+)"/)?.[1] as string;
  const formSecret = form.body.match(/name="secret" value="([^"]+)"/)?.[1] as string;
  codes.push(formCode);
  const formHeaders = { ...headers, 'content-type': 'application/x-www-form-urlencoded' };
  const follow = new URLSearchParams({ code: formCode, secret: formSecret }).toString();
  assert.equal(
    (
      await t.app.inject({
        method: 'POST',
        url: '/status',
        remoteAddress,
        headers: formHeaders,
        payload: follow,
      })
    ).statusCode,
    200,
  );
  assert.equal(
    (
      await t.app.inject({
        method: 'POST',
        url: '/receipt',
        remoteAddress,
        headers: formHeaders,
        payload: follow,
      })
    ).statusCode,
    200,
  );
  // Failures are logged too: make some.
  await t.app.inject({
    method: 'POST',
    url: '/report',
    remoteAddress,
    headers: formHeaders,
    payload: 'category=nope',
  });
  await t.app.inject({ method: 'POST', url: '/api/reports', remoteAddress, headers, payload: { urls: 'x' } });
  await t.app.inject({ url: '/no/such/page', remoteAddress, headers });
  await t.app.inject({ url: '/', remoteAddress, headers });
  return codes;
}

for (const trustProxy of ['false', '1']) {
  describe(`anonymity, with the proxy ${trustProxy === 'false' ? 'not trusted' : 'trusted'}`, () => {
    test('no client address in any table or log line; the e-mail is stored encrypted only', async () => {
      const t = await createTestApp({ VIGIE_TRUST_PROXY: trustProxy, LOG_LEVEL: 'trace' });
      try {
        const codes = await exerciseEveryPublicRoute(t);
        const rows = await everyRowAsText(t);
        assert.ok(
          rows.some((r) => r.text.includes('https://anon.example/form')),
          'the scan reads the reports',
        );
        const logs = t.logs();
        assert.ok(logs.includes('incoming request'), 'the log was captured');
        for (const address of [CLIENT, FORWARDED]) {
          for (const form of forms(address)) {
            const hits = rows.filter((r) => r.text.includes(form));
            assert.deepEqual(hits, [], `"${form}" (${address}) found in the database`);
            assert.ok(!logs.includes(form), `"${form}" (${address}) found in the log`);
          }
        }

        const local = EMAIL.split('@')[0] as string;
        assert.deepEqual(
          rows.filter((r) => r.text.includes(local) || r.text.includes(EMAIL)),
          [],
          'the e-mail is stored in clear',
        );
        assert.ok(!logs.includes(local), 'the e-mail reached the log');
        const sealed = rowsOf<{ enc: string }>(
          await t.database.db.execute(
            sql`select contact_email_enc as enc from reports where tracking_code in (${codes[0]}, ${codes[1]})`,
          ),
        );
        assert.equal(sealed.length, 2);
        for (const { enc } of sealed) assert.equal(t.app.deps.secretBox.open(enc), EMAIL);
      } finally {
        await t.close();
      }
    });
  });
}
