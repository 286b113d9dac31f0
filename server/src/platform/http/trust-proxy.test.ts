/**
 * VIGIE_TRUST_PROXY: `true` is refused; a hop count believes only the entry its proxy added to
 * X-Forwarded-For, so a client's own entries cannot pick the address the report limit counts; a
 * list of proxies believes nothing from anyone else, neither an address nor https.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { createStaffWithCredentials } from '../auth/accounts.ts';
import { TEST_PASSWORD } from '../auth/auth.testing.ts';
import { CLI_ACTOR } from '../auth/index.ts';
import { newTotpSecret } from '../auth/totp.ts';
import { ConfigError, loadConfig } from '../config.ts';

const REPORT = { category: 'other', urls: ['https://proxy-test.example/page'] };
const LIMIT = 3;

describe('VIGIE_TRUST_PROXY values', () => {
  test('true is refused at start, with the forms that are accepted', () => {
    assert.throws(
      () => loadConfig({ VIGIE_TRUST_PROXY: 'true' }),
      (error: Error) =>
        error instanceof ConfigError &&
        /VIGIE_TRUST_PROXY/.test(error.message) &&
        /hop count/.test(error.message) &&
        /CIDR/.test(error.message),
    );
  });

  test('false, a hop count and a list of addresses and CIDRs are read; anything else is refused', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ VIGIE_TRUST_PROXY: 'false' }).trustProxy, false);
    assert.deepEqual(loadConfig({ VIGIE_TRUST_PROXY: '2' }).trustProxy, { hops: 2 });
    assert.deepEqual(loadConfig({ VIGIE_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,fd00::/8,::1' }).trustProxy, {
      proxies: ['127.0.0.1', '10.0.0.0/8', 'fd00::/8', '::1'],
    });
    assert.deepEqual(loadConfig({ VIGIE_TRUST_PROXY: 'loopback' }).trustProxy, { proxies: ['loopback'] });
    for (const wrong of ['0', '11', 'yes', '10.0.0.0/33', 'fd00::/129', '10.0.0.256', '10.0.0.1,', 'a/b/c']) {
      assert.throws(
        () => loadConfig({ VIGIE_TRUST_PROXY: wrong }),
        /invalid configuration: VIGIE_TRUST_PROXY/,
        wrong,
      );
    }
  });
});

async function submitFrom(t: TestApp, remoteAddress: string, headers: Record<string, string>) {
  return t.app.inject({ method: 'POST', url: '/api/reports', remoteAddress, headers, payload: REPORT });
}

async function sessionCookieFlags(
  t: TestApp,
  remoteAddress: string,
  headers: Record<string, string>,
): Promise<string> {
  const email = `proxy-${Math.random().toString(36).slice(2)}@hotline.test`;
  await createStaffWithCredentials(
    { db: t.database.db, secretBox: t.app.deps.secretBox },
    {
      email,
      displayName: 'Proxy Test',
      role: 'analyst',
      password: TEST_PASSWORD,
      totpSecret: newTotpSecret(),
    },
    CLI_ACTOR,
  );
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress,
    headers,
    payload: { email, password: TEST_PASSWORD },
  });
  assert.equal(res.statusCode, 200, res.body);
  return String(res.headers['set-cookie']);
}

describe('behind one proxy (VIGIE_TRUST_PROXY=1)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_TRUST_PROXY: '1', VIGIE_RATE_LIMIT_REPORTS: String(LIMIT) });
  });
  after(() => t.close());

  test('a client writing its own X-Forwarded-For entries still meets the report limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      // What the proxy forwards: whatever the client sent, then the address the proxy saw.
      const res = await submitFrom(t, '127.0.0.1', {
        'x-forwarded-for': `203.0.113.${i + 1}, 198.51.100.${i + 1}, 192.0.2.77`,
      });
      statuses.push(res.statusCode);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429, 429]);
    // Another client behind the same proxy has its own budget: the address is the forwarded one.
    const other = await submitFrom(t, '127.0.0.1', { 'x-forwarded-for': '192.0.2.78' });
    assert.equal(other.statusCode, 201);
  });

  test('the scheme is the one the proxy added last, not one the client sent before it', async () => {
    assert.match(await sessionCookieFlags(t, '127.0.0.1', { 'x-forwarded-proto': 'https' }), /; Secure/);
    assert.doesNotMatch(
      await sessionCookieFlags(t, '127.0.0.1', { 'x-forwarded-proto': 'https, http' }),
      /; Secure/,
    );
  });
});

describe('behind listed proxies (VIGIE_TRUST_PROXY=10.0.0.0/8)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ VIGIE_TRUST_PROXY: '10.0.0.0/8', VIGIE_RATE_LIMIT_REPORTS: String(LIMIT) });
  });
  after(() => t.close());

  test('a client outside the list is counted by its own address whatever X-Forwarded-For says', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await submitFrom(t, '203.0.113.50', { 'x-forwarded-for': `198.51.100.${i + 1}` });
      statuses.push(res.statusCode);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    // Through a listed proxy, the forwarded address counts.
    const proxied = await submitFrom(t, '10.1.2.3', { 'x-forwarded-for': '203.0.113.50' });
    assert.equal(proxied.statusCode, 429);
    const another = await submitFrom(t, '10.1.2.3', { 'x-forwarded-for': '203.0.113.51' });
    assert.equal(another.statusCode, 201);
  });

  test('X-Forwarded-Proto from outside the list does not make the session cookie Secure', async () => {
    const fromOutside = await sessionCookieFlags(t, '203.0.113.60', { 'x-forwarded-proto': 'https' });
    assert.doesNotMatch(fromOutside, /; Secure/);
    const fromProxy = await sessionCookieFlags(t, '10.9.9.9', { 'x-forwarded-proto': 'https' });
    assert.match(fromProxy, /; Secure/);
  });
});

describe('a hop count while listening beyond loopback', () => {
  test('is allowed, with a warning at start that names the safer form', async () => {
    const exposed = await createTestApp({ VIGIE_TRUST_PROXY: '1', HOST: '0.0.0.0' });
    const local = await createTestApp({ VIGIE_TRUST_PROXY: '1' });
    try {
      assert.match(exposed.logs(), /"level":40.*VIGIE_TRUST_PROXY=1 trusts whoever connects to 0\.0\.0\.0/);
      assert.match(exposed.logs(), /list the proxy addresses/);
      assert.doesNotMatch(local.logs(), /trusts whoever connects/);
    } finally {
      await exposed.close();
      await local.close();
    }
  });
});
