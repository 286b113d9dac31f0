/**
 * Reported URLs are normalised before they become items: one page is one item however it was
 * spelled, reached or shared, and nothing that selects content is thrown away.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { normaliseReportedUrl } from './url.ts';

const normalised = (input: string) => {
  const check = normaliseReportedUrl(input);
  assert.ok(check.ok, `${input} was refused: ${JSON.stringify(check)}`);
  return check.url;
};

describe('normaliseReportedUrl', () => {
  test('lower-cases the host, encodes IDN as punycode, drops the default port and the fragment', () => {
    assert.equal(normalised('HTTPS://Exämple.COM:443/Path?q=1#top'), 'https://xn--exmple-cua.com/Path?q=1');
    assert.equal(normalised('example.org/page'), 'https://example.org/page');
  });

  test('drops the trailing dot of a fully qualified host name', () => {
    assert.equal(normalised('https://example.com./a'), 'https://example.com/a');
    assert.equal(normalised('https://Example.COM../a'), 'https://example.com/a');
    assert.deepEqual(normaliseReportedUrl('https://localhost./a'), { ok: false, reason: 'invalid' });
    assert.deepEqual(normaliseReportedUrl('https://./a'), { ok: false, reason: 'invalid' });
  });

  test('drops tracking parameters and keeps the others in their order and spelling', () => {
    assert.equal(
      normalised(
        'https://shop.example/item?utm_source=news&id=42&fbclid=IwAR0x&sort=price%20asc&gclid=abc&utm_medium=mail&page=2',
      ),
      'https://shop.example/item?id=42&sort=price%20asc&page=2',
    );
    assert.equal(normalised('https://a.example/v?fbclid=1&utm_campaign=x'), 'https://a.example/v');
    assert.equal(
      normalised('https://a.example/v?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4&igshid=5&yclid=6&msclkid=7&dclid=8'),
      'https://a.example/v',
    );
    // an escaped name is still the same name
    assert.equal(normalised('https://a.example/v?utm%5Fsource=x&v=1'), 'https://a.example/v?v=1');
  });

  test('never drops a parameter that may select content, even one that looks like tracking', () => {
    const kept = 'https://video.example/watch?v=dQw4&si=abc&ref=home&source=feed&s=1&id=7&FBCLID=upper&utm=1';
    assert.equal(normalised(kept), kept);
    // a malformed escape is not ours to judge
    assert.equal(normalised('https://a.example/?%E0%A4%A=1&gclid=2'), 'https://a.example/?%E0%A4%A=1');
  });

  test('refuses what is not a web address', () => {
    assert.deepEqual(normaliseReportedUrl('ftp://a.example/x'), { ok: false, reason: 'scheme' });
    assert.deepEqual(normaliseReportedUrl('https://user:pw@a.example/'), { ok: false, reason: 'invalid' });
    assert.deepEqual(normaliseReportedUrl('https://intranet/'), { ok: false, reason: 'invalid' });
    assert.deepEqual(normaliseReportedUrl(`https://a.example/${'x'.repeat(2100)}`), {
      ok: false,
      reason: 'too_long',
    });
  });
});

describe('reports that differ only by tracking parameters', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('make one item linked to both reports', async () => {
    for (const url of [
      'https://tracked.example/page?id=9&utm_source=newsletter&utm_medium=email',
      'https://Tracked.example./page?fbclid=IwAR123&id=9#top',
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/reports',
        payload: { category: 'other', urls: [url] },
      });
      assert.equal(res.statusCode, 201, res.body);
    }
    const { rows } = (await t.database.db.execute(
      `select url, report_count::int as n from items where url like 'https://tracked.example/%'` as never,
    )) as unknown as { rows: { url: string; n: number }[] };
    assert.deepEqual(rows, [{ url: 'https://tracked.example/page?id=9', n: 2 }]);
  });
});
