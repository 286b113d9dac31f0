/**
 * Addresses that lead nowhere: a browser gets a page in its reader's language, with the public
 * pages' headers and ways on; API clients and /api/* keep the JSON error. And the icon answers
 * where browsers look for it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('an unknown address', () => {
  test('gets a French page by default, with the same headers as the other public pages', async () => {
    const res = await t.app.inject({ url: '/signaler', headers: { accept: browserAccept } });
    assert.equal(res.statusCode, 404);
    assert.match(res.headers['content-type'] as string, /^text\/html; charset=utf-8/);
    assert.match(res.body, /<html lang="fr">/);
    assert.match(res.body, /<title>Page introuvable · Vigie<\/title>/);
    assert.match(res.body, /<h1>Page introuvable<\/h1>/);
    assert.match(res.body, /<a class="button button-primary" href="\/\?lang=fr">Signaler un contenu<\/a>/);
    assert.match(res.body, /href="\/status\?lang=fr">Suivre un signalement<\/a>/);
    assert.match(res.body, /<link rel="icon" href="\/favicon\.svg\?v=/);
    const form = await t.app.inject({ url: '/' });
    for (const header of [
      'content-security-policy',
      'referrer-policy',
      'x-content-type-options',
      'x-frame-options',
      'cross-origin-opener-policy',
      'permissions-policy',
      'cache-control',
    ]) {
      assert.equal(res.headers[header], form.headers[header], header);
    }
  });

  test('is English by Accept-Language, by ?lang=en, and by the language cookie', async () => {
    const byHeader = await t.app.inject({ url: '/nope', headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    const byQuery = await t.app.inject({ url: '/some/where?lang=en', headers: { 'accept-language': 'fr' } });
    const byCookie = await t.app.inject({ url: '/nope', cookies: { lang: 'en' } });
    for (const res of [byHeader, byQuery, byCookie]) {
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /<html lang="en">/);
      assert.match(res.body, /<h1>Page not found<\/h1>/);
      assert.match(res.body, /href="\/\?lang=en">Report content<\/a>/);
    }
    const french = await t.app.inject({ url: '/nope?lang=fr', headers: { 'accept-language': 'en' } });
    assert.match(french.body, /<h1>Page introuvable<\/h1>/);
  });

  test('HEAD gets the same status and headers, without a body', async () => {
    const res = await t.app.inject({ method: 'HEAD', url: '/nope?lang=en' });
    assert.equal(res.statusCode, 404);
    assert.match(res.headers['content-type'] as string, /^text\/html/);
    assert.ok(res.headers['content-security-policy']);
    assert.equal(res.body, '');
  });

  test('the address typed is never written into the page', async () => {
    const res = await t.app.inject({ url: '/%3Cscript%3Ealert(1)%3C%2Fscript%3E//evil.example' });
    assert.equal(res.statusCode, 404);
    assert.ok(!res.body.includes('alert(1)'));
    assert.ok(!res.body.includes('evil.example'));
  });

  test('API clients and /api/* keep the JSON error', async () => {
    for (const request of [
      { url: '/api/nope', headers: { accept: browserAccept } },
      { url: '/api', headers: {} },
      { url: '/nope', headers: { accept: 'application/json' } },
      { url: '/nope', method: 'POST' as const, headers: { accept: browserAccept } },
    ]) {
      const res = await t.app.inject(request);
      assert.equal(res.statusCode, 404, request.url);
      assert.match(res.headers['content-type'] as string, /^application\/json/, request.url);
      assert.equal(res.json().error.code, 'route.not_found', request.url);
      assert.ok(res.json().request_id, request.url);
    }
  });
});

describe('the icon', () => {
  test('/favicon.svg and /favicon.ico answer a valid icon, cached for a long time', async () => {
    const svg = await t.app.inject({ url: '/favicon.svg' });
    assert.equal(svg.statusCode, 200);
    assert.equal(svg.headers['content-type'], 'image/svg+xml');
    assert.match(svg.body, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const ico = await t.app.inject({ url: '/favicon.ico' });
    assert.equal(ico.statusCode, 200);
    assert.equal(ico.headers['content-type'], 'image/x-icon');
    // An ICO directory (reserved 0, type 1) whose first image is a PNG.
    assert.equal(ico.rawPayload.readUInt16LE(0), 0);
    assert.equal(ico.rawPayload.readUInt16LE(2), 1);
    const firstImage = ico.rawPayload.readUInt32LE(6 + 12);
    assert.equal(ico.rawPayload.subarray(firstImage, firstImage + 4).toString('latin1'), '\x89PNG');
    for (const res of [svg, ico]) {
      const maxAge = Number(String(res.headers['cache-control']).match(/max-age=(\d+)/)?.[1]);
      assert.ok(maxAge >= 7 * 86_400, `cached ${maxAge} s`);
      assert.ok(res.headers.etag);
    }
  });

  test('every public page links it', async () => {
    for (const url of ['/', '/status', '/nope']) {
      const res = await t.app.inject({ url });
      assert.match(
        res.body,
        /<link rel="icon" href="\/favicon\.svg\?v=[0-9a-f]{12}" type="image\/svg\+xml">/,
        url,
      );
    }
  });
});
