/**
 * Security headers as a browser or a cache sees them: API JSON is never stored and never sniffed,
 * public pages and the staff app keep their own content security policies, and HSTS is sent only
 * when the public address is https.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { loadConfig } from '../config.ts';
import { type AppDeps, buildApp } from './app.ts';
import { createStaffAppRoutes } from './staff-app.routes.ts';

/** A CSP header as a set of directives, whatever the separator. */
const directivesOf = (csp: unknown) =>
  new Set(
    String(csp)
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean),
  );

const SITE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
];
const STAFF_APP_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "style-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

describe('security headers (http public URL)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('API JSON answers: no-store, nosniff, no framing; errors too', async () => {
    for (const url of ['/api/health', '/api/openapi.json', '/api/queue', '/api/no-such-route']) {
      const res = await t.app.inject({ url });
      assert.match(String(res.headers['content-type']), /application\/json/, url);
      assert.equal(res.headers['cache-control'], 'no-store', url);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(res.headers['x-frame-options'], 'DENY', url);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', url);
      assert.equal(res.headers['strict-transport-security'], undefined, url);
    }
  });

  test('a public page keeps its policy exactly, and its other headers', async () => {
    const res = await t.app.inject({ url: '/?lang=en' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(directivesOf(res.headers['content-security-policy']), new Set(SITE_POLICY));
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['x-frame-options'], 'DENY');
    assert.equal(res.headers['cross-origin-opener-policy'], 'same-origin');
    assert.equal(
      res.headers['permissions-policy'],
      'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    );
    assert.equal(res.headers['strict-transport-security'], undefined);
    // A page's own caching choice stands (the stylesheet and script are cached for a day).
    const cssHref = res.body.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1] as string;
    const css = await t.app.inject({ url: cssHref });
    assert.equal(css.headers['cache-control'], 'public, max-age=86400');
  });
});

describe('security headers of the staff app', () => {
  let dir: string;
  let app: FastifyInstance;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-web-dist-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1);');
    const deps = { config: loadConfig({ LOG_LEVEL: 'silent' }) } as AppDeps;
    app = await buildApp(deps, [createStaffAppRoutes({ distDir: dir })]);
  });
  after(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('pages (deep links included) have the staff policy exactly and are revalidated', async () => {
    for (const url of ['/app/', '/app/items/123']) {
      const res = await app.inject({ url });
      assert.equal(res.statusCode, 200, url);
      assert.deepEqual(directivesOf(res.headers['content-security-policy']), new Set(STAFF_APP_POLICY), url);
      assert.equal(res.headers['cache-control'], 'no-cache', url);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', url);
    }
  });

  test('hashed assets keep their long cache', async () => {
    const res = await app.inject({ url: '/app/assets/index-abc123.js' });
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
  });
});

describe('HSTS', () => {
  test('sent on every answer when the public URL is https, for the host only', async () => {
    const t = await createTestApp({ VIGIE_PUBLIC_URL: 'https://hotline.example.org' });
    try {
      for (const url of ['/api/health', '/', '/app/']) {
        const res = await t.app.inject({ url });
        assert.equal(res.headers['strict-transport-security'], 'max-age=31536000', url);
      }
    } finally {
      await t.close();
    }
  });
});
