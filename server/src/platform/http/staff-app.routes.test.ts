import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { createTestApp } from '../../testing/test-app.ts';
import { loadConfig } from '../config.ts';
import { type AppDeps, buildApp } from './app.ts';
import { createStaffAppRoutes } from './staff-app.routes.ts';

// The staff app plugin uses no database, so these tests build the HTTP layer alone.
function appServing(distDir: string): Promise<FastifyInstance> {
  const deps = { config: loadConfig({ LOG_LEVEL: 'silent' }) } as AppDeps;
  return buildApp(deps, [createStaffAppRoutes({ distDir })]);
}

const INDEX_HTML = '<!doctype html><html><body><div id="root"></div></body></html>';

describe('staff app serving (built)', () => {
  let dir: string;
  let app: FastifyInstance;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-web-dist-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), INDEX_HTML);
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1);');
    fs.writeFileSync(
      path.join(dir, 'assets', 'index-abc123.js.br'),
      zlib.brotliCompressSync('console.log(1);'),
    );
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js.gz'), zlib.gzipSync('console.log(1);'));
    fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await appServing(dir);
  });
  after(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('serves index.html at /app/, never cached, with the security headers', async () => {
    const res = await app.inject({ url: '/app/' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.body, INDEX_HTML);
    assert.match(res.headers['content-type'] as string, /text\/html/);
    assert.equal(res.headers['cache-control'], 'no-cache');
    const csp = res.headers['content-security-policy'] as string;
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /img-src 'self' data:/);
    assert.match(csp, /media-src 'self'/);
    assert.match(csp, /style-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
  });

  test('/app redirects to /app/ keeping the query (setup links)', async () => {
    const res = await app.inject({ url: '/app?token=abc' });
    assert.equal(res.statusCode, 302);
    assert.equal(res.headers.location, '/app/?token=abc');
  });

  test('hashed assets are immutable', async () => {
    const res = await app.inject({ url: '/app/assets/index-abc123.js' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.body, 'console.log(1);');
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  test('a browser that accepts Brotli or gzip gets the compressed copy the build wrote', async () => {
    const url = '/app/assets/index-abc123.js';
    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(zlib.brotliDecompressSync(br.rawPayload).toString(), 'console.log(1);');
    assert.match(String(br.headers.vary), /accept-encoding/i);
    assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
    const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(zlib.gunzipSync(gz.rawPayload).toString(), 'console.log(1);');
    const plain = await app.inject({ url, headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, 'console.log(1);');
  });

  test('other files are served but revalidated', async () => {
    const res = await app.inject({ url: '/app/favicon.svg' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-cache');
  });

  test('any other page under /app/ falls back to index.html (deep links, reloads)', async () => {
    for (const url of ['/app/staff', '/app/setup?token=xyz', '/app/audit/deeper/path']) {
      const res = await app.inject({ url });
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.body, INDEX_HTML, url);
      assert.equal(res.headers['cache-control'], 'no-cache', url);
      assert.match(res.headers['content-security-policy'] as string, /frame-ancestors 'none'/, url);
    }
  });

  test('a missing asset is a 404, not HTML', async () => {
    const res = await app.inject({ url: '/app/assets/gone-123.js' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'route.not_found');
  });

  test('does not shadow other routes, nor lend them its policy', async () => {
    const res = await app.inject({ url: '/api/nothing-here' });
    assert.equal(res.statusCode, 404);
    assert.doesNotMatch(String(res.headers['content-security-policy']), /media-src/);
  });

  test('path traversal stays inside the build', async () => {
    const res = await app.inject({ url: '/app/..%2f..%2fetc%2fpasswd' });
    assert.notEqual(res.body.includes('root:'), true);
  });
});

describe('staff app serving (not built)', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await appServing(path.join(os.tmpdir(), 'vigie-web-dist-missing-does-not-exist'));
  });
  after(() => app.close());

  test('answers 503 with how to build it', async () => {
    for (const url of ['/app/', '/app/staff']) {
      const res = await app.inject({ url });
      assert.equal(res.statusCode, 503, url);
      assert.match(res.body, /the staff app is not built: run npm run build -w web/i);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
    }
  });
});

describe('staff app in the composed server', () => {
  test('is registered: /app/ answers with the app or the build hint, always with the security headers', async () => {
    const t = await createTestApp();
    try {
      const res = await t.app.inject({ url: '/app/staff' });
      // Whether web/dist exists depends on the checkout; both answers are correct ones.
      assert.ok([200, 503].includes(res.statusCode), `status ${res.statusCode}`);
      assert.match(res.headers['content-security-policy'] as string, /frame-ancestors 'none'/);
      const api = await t.app.inject({ url: '/api/health' });
      assert.equal(api.statusCode, 200);
    } finally {
      await t.close();
    }
  });
});
