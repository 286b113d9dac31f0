/**
 * The queue's search, "have we seen this before?": each kind of `q` finds exactly its items (and
 * nothing that only looks like them), closed items come with their state and verdict, the other
 * filters and the total combine with it, and bad searches get a clear 400.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { hammingDistance, PDQ_MATCH_DISTANCE } from '@vigie/pdq';
import { type StaffAgent, signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { syntheticImage } from '../evidence/evidence.testing.ts';
import { clearItems, type ReportedItem, reportItem } from './workspace.testing.ts';

type Row = { id: string; url: string; state: string; verdict: string | null };
type Answer = {
  items: Row[];
  next_cursor: string | null;
  total: number | null;
  search: { kind: string; value: string; distance: number | null; assessed: number | null } | null;
};

let t: TestApp;
let ana: StaffAgent;
let trackingCode = '';
/** example.com/page-one and cdn.example.com/img/42.jpg, sent in one report. */
let page: ReportedItem;
let cdn: ReportedItem;
let lookAlike: ReportedItem;
let longerHost: ReportedItem;
let pictured: ReportedItem;
let otherPicture: ReportedItem;
let png: Buffer;
let pdq = '';

const hex = (algorithm: string, bytes: Buffer) => crypto.createHash(algorithm).update(bytes).digest('hex');
const itemAt = async (url: string) => (await search(`https://${url}`)).items[0] as Row;

async function upload(itemId: string, bytes: Buffer) {
  const res = await ana.inject({
    method: 'POST',
    url: `/api/items/${itemId}/media`,
    payload: bytes,
    headers: { 'content-type': 'image/png' },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { pdq: string };
}

before(async () => {
  t = await createTestApp();
  ana = await signedInStaff(t, 'analyst', { displayName: 'Ana' });
  await clearItems(t);
  const sent = await t.app.inject({
    method: 'POST',
    url: '/api/reports',
    payload: {
      category: 'pimping',
      urls: ['https://example.com/page-one?utm_source=mail', 'https://cdn.example.com/img/42.jpg'],
    },
  });
  assert.equal(sent.statusCode, 201, sent.body);
  trackingCode = sent.json().tracking_code;
  page = { ...(await itemAt('example.com/page-one')), version: 1 };
  cdn = { ...(await itemAt('cdn.example.com/img/42.jpg')), version: 1 };
  lookAlike = await reportItem(t, { url: 'https://notexample.com/page-one', category: 'pimping' });
  longerHost = await reportItem(t, { url: 'https://example.com.evil.test/page-two', category: 'pimping' });
  pictured = await reportItem(t, { url: 'https://photos.test/album/7', category: 'pimping' });
  otherPicture = await reportItem(t, { url: 'https://photos.test/album/8', category: 'pimping' });
  png = await syntheticImage('png', { width: 128, height: 96, seed: 1 });
  pdq = (await upload(pictured.id, png)).pdq;
  await upload(otherPicture.id, await syntheticImage('png', { width: 128, height: 96, seed: 2 }));
  // The subdomain's item is closed: an analyst's final verdict.
  const assessed = await ana.inject({
    method: 'POST',
    url: `/api/items/${cdn.id}/assessments`,
    payload: {
      version: 1,
      category: 'hate_racial_religious',
      legal_bases: ['FR-L1881-24-al-7'],
      verdict: 'illegal',
      details: { protected_ground: 'religion' },
    },
  });
  assert.equal(assessed.statusCode, 201, assessed.body);
});
after(() => t.close());

async function search(q: string, extra = ''): Promise<Answer> {
  const res = await ana.inject({ method: 'GET', url: `/api/queue?q=${encodeURIComponent(q)}${extra}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Answer;
}
const urlsOf = (answer: Answer) => answer.items.map((i) => i.url).sort();

/** `hash` with its first `bits` bits flipped: exactly that Hamming distance away. */
function flipBits(hash: string, bits: number): string {
  const value = BigInt(`0x${hash}`) ^ ((1n << BigInt(bits)) - 1n);
  return value.toString(16).padStart(64, '0');
}

describe('GET /api/queue?q=: each kind finds its items and nothing else', () => {
  test('a tracking code, typed loosely, finds that report’s items', async () => {
    const typed = trackingCode.toLowerCase().replaceAll('-', ' ');
    const answer = await search(typed);
    assert.deepEqual(answer.search, {
      kind: 'tracking_code',
      value: trackingCode,
      distance: null,
      assessed: 1,
    });
    assert.deepEqual(urlsOf(answer), [cdn.url, page.url].sort());
    assert.equal(answer.total, 2);
  });

  test('a full address finds its item, normalised like a report (case, tracking parameters, fragment)', async () => {
    const answer = await search('https://EXAMPLE.com/page-one?utm_campaign=x#top');
    assert.deepEqual(answer.search?.kind, 'url');
    assert.equal(answer.search?.value, 'https://example.com/page-one');
    assert.deepEqual(urlsOf(answer), [page.url]);
  });

  test('a domain finds its host and subdomains, never a look-alike; closed items show their verdict', async () => {
    const answer = await search('Example.COM.');
    assert.deepEqual(answer.search, { kind: 'domain', value: 'example.com', distance: null, assessed: 1 });
    assert.deepEqual(urlsOf(answer), [cdn.url, page.url].sort());
    assert.ok(!urlsOf(answer).includes(lookAlike.url) && !urlsOf(answer).includes(longerHost.url));
    assert.equal(answer.total, 2);
    const closed = answer.items.find((i) => i.id === cdn.id);
    assert.equal(closed?.state, 'assessed');
    assert.equal(closed?.verdict, 'illegal');
    assert.equal(answer.items.find((i) => i.id === page.id)?.verdict, null);
    assert.deepEqual(urlsOf(await search('cdn.example.com')), [cdn.url]);
    assert.deepEqual(urlsOf(await search('notexample.com')), [lookAlike.url]);
  });

  test('anything else is a piece of the address, in any case, with like’s wildcards taken literally', async () => {
    const answer = await search('PAGE-');
    assert.equal(answer.search?.kind, 'text');
    assert.deepEqual(urlsOf(answer), [longerHost.url, lookAlike.url, page.url].sort());
    assert.deepEqual(urlsOf(await search('album/')), [pictured.url, otherPicture.url].sort());
    assert.deepEqual((await search('%%%')).items, []);
    assert.deepEqual((await search('___')).items, []);
  });

  test('a SHA-256 or an MD5 finds the items holding that file, in either case', async () => {
    const sha = await search(hex('sha256', png).toUpperCase());
    assert.deepEqual(sha.search?.kind, 'sha256');
    assert.deepEqual(urlsOf(sha), [pictured.url]);
    const md5 = await search(hex('md5', png));
    assert.deepEqual(md5.search?.kind, 'md5');
    assert.deepEqual(urlsOf(md5), [pictured.url]);
    assert.deepEqual((await search(hex('md5', Buffer.from('never stored')))).items, []);
  });

  test('a PDQ hash finds pictures within the match threshold, not one bit beyond; distance widens it', async () => {
    const within = flipBits(pdq, PDQ_MATCH_DISTANCE);
    const beyond = flipBits(pdq, PDQ_MATCH_DISTANCE + 1);
    assert.equal(hammingDistance(within, pdq), PDQ_MATCH_DISTANCE);
    const near = await search(within);
    assert.deepEqual(near.search, { kind: 'pdq', value: within, distance: PDQ_MATCH_DISTANCE, assessed: 0 });
    assert.deepEqual(urlsOf(near), [pictured.url], 'the other picture is further away');
    assert.deepEqual((await search(beyond)).items, []);
    const widened = await search(beyond, `&distance=${PDQ_MATCH_DISTANCE + 1}`);
    assert.equal(widened.search?.distance, PDQ_MATCH_DISTANCE + 1);
    assert.deepEqual(urlsOf(widened), [pictured.url]);
    assert.deepEqual((await search(pdq, '&distance=0')).items.length, 1);
  });
});

describe('GET /api/queue?q=: with the queue’s filters and pages', () => {
  test('the other filters narrow the search; state may name a closed state only with a search', async () => {
    const pimping = await search('example.com', '&category=pimping');
    assert.deepEqual(urlsOf(pimping), [page.url]);
    assert.equal(pimping.total, 1);
    assert.equal(pimping.search?.assessed, 0);
    assert.deepEqual(urlsOf(await search('example.com', '&state=assessed')), [cdn.url]);
    assert.deepEqual(urlsOf(await search('example.com', '&state=new')), [page.url]);
    const without = await ana.inject({ method: 'GET', url: '/api/queue?state=assessed' });
    assert.equal(without.statusCode, 400);
    assert.equal(without.json().error.code, 'request.invalid');
  });

  test('without q the queue is still the open items only, and says no search', async () => {
    const res = await ana.inject({ method: 'GET', url: '/api/queue' });
    const body = res.json() as Answer;
    assert.equal(body.search, null);
    assert.ok(!body.items.some((i) => i.id === cdn.id), 'the assessed item is not waiting');
    assert.equal(body.total, 5);
  });

  test('total and the assessed count come with the first page; the pages walk every match once', async () => {
    const first = await search('example.com', '&limit=1');
    assert.equal(first.total, 2);
    assert.equal(first.search?.assessed, 1);
    assert.ok(first.next_cursor);
    const second = await search('example.com', `&limit=1&cursor=${first.next_cursor}`);
    assert.equal(second.total, null);
    assert.equal(second.search?.assessed, null);
    assert.equal(second.next_cursor, null);
    assert.deepEqual([...first.items, ...second.items].map((i) => i.url).sort(), [cdn.url, page.url].sort());
  });
});

describe('GET /api/queue?q=: bad searches', () => {
  const refused = async (query: string) => {
    const res = await ana.inject({ method: 'GET', url: `/api/queue?${query}` });
    assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
    return res.json().error as { code: string; message: string; details?: Record<string, unknown> };
  };

  test('too short a piece of address, an unreadable address, a distance without a hash', async () => {
    const short = await refused('q=ab');
    assert.equal(short.code, 'queue.search_too_short');
    assert.equal(short.details?.min_length, 3);
    assert.equal((await refused(`q=${encodeURIComponent('https://')}`)).code, 'queue.search_invalid_url');
    assert.equal((await refused('q=example.com&distance=3')).code, 'queue.search_distance_without_hash');
  });

  test('empty, over-long and out-of-range values fail validation, naming the field', async () => {
    for (const query of [
      'q=%20%20',
      `q=${'a'.repeat(2049)}`,
      `q=${pdq}&distance=65`,
      `q=${pdq}&distance=-1`,
      `q=${pdq}&distance=two`,
      `q=${pdq}&distance=1.5`,
    ]) {
      const error = await refused(query);
      assert.equal(error.code, 'request.invalid', query);
      const field = query.includes('distance') ? 'querystring.distance' : 'querystring.q';
      assert.match(error.message, new RegExp(field.replace('.', '\\.')), query);
    }
    // 2,048 characters is allowed: the longest address intake takes.
    const long = await ana.inject({ method: 'GET', url: `/api/queue?q=${'a'.repeat(2048)}` });
    assert.equal(long.statusCode, 200, long.body);
  });
});
