/**
 * The API client against a real HTTP server on 127.0.0.1 that answers what each test sets and
 * records what it received: errors become ApiErrors the pages can read, empty filters stay out of
 * the query, ids are encoded into the path, and state-changing requests carry the CSRF token.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ApiError, answer, createApiClient, setCsrfToken } from './client.ts';
import { statsQueryString } from './stats-endpoints.ts';

type Reply = { status: number; body?: string; headers?: Record<string, string> };
let reply: Reply;
let received: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
let server: http.Server;
let client: ReturnType<typeof createApiClient>;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = createApiClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received = [];
  setCsrfToken(undefined);
});

const failure = (call: Promise<unknown>) =>
  call.then(
    () => expect.fail('the call succeeded'),
    (error: unknown) => error,
  );

describe('errors', () => {
  test('the server’s error body becomes an ApiError with its code, message, details and retry delay', async () => {
    reply = {
      status: 429,
      headers: { 'retry-after': '30' },
      body: JSON.stringify({
        error: { code: 'auth.too_many_attempts', message: 'Too many attempts.', details: { wait: 30 } },
        request_id: 'r1',
      }),
    };
    const error = await failure(
      answer(client.POST('/api/auth/login', { body: { email: 'a@b.c', password: 'x' } })),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      code: 'auth.too_many_attempts',
      message: 'Too many attempts.',
      details: { wait: 30 },
      retryAfterSeconds: 30,
    });
  });

  test('an error without our body (a proxy’s page) is named by its HTTP status', async () => {
    reply = { status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } };
    const error = await failure(answer(client.GET('/api/staff')));
    expect(error).toMatchObject({ status: 502, code: 'http.502', message: '502 Bad Gateway', details: {} });
    expect((error as ApiError).retryAfterSeconds).toBeUndefined();
  });

  test('a server that cannot be reached is status 0, network.unreachable', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const offline = createApiClient({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await failure(answer(offline.GET('/api/staff')));
    expect(error).toMatchObject({ status: 0, code: 'network.unreachable' });
  });

  test('204 No Content answers undefined', async () => {
    reply = { status: 204 };
    await expect(
      answer(client.DELETE('/api/partners/{id}', { params: { path: { id: 'p1' } } })),
    ).resolves.toBe(undefined);
  });
});

describe('requests', () => {
  test('empty filters stay out of the query; ids are encoded into the path', async () => {
    reply = { status: 200, body: JSON.stringify({ events: [] }) };
    await answer(
      client.GET('/api/audit', { params: { query: { actor: '', action: 'auth.login', limit: 50 } } }),
    );
    await answer(client.GET('/api/notices/{id}', { params: { path: { id: 'a/b c' } } }));
    expect(received.map((r) => r.url)).toEqual([
      '/api/audit?action=auth.login&limit=50',
      '/api/notices/a%2Fb%20c',
    ]);
  });

  test('the CSRF token goes with state-changing requests, not with reads', async () => {
    setCsrfToken('token-1');
    reply = { status: 200, body: JSON.stringify({ share: true }) };
    await answer(client.PUT('/api/wellbeing/sharing', { body: { share: true } }));
    await answer(client.GET('/api/wellbeing/me'));
    expect(received.map((r) => [r.method, r.headers['x-csrf-token']])).toEqual([
      ['PUT', 'token-1'],
      ['GET', undefined],
    ]);
    expect(JSON.parse(received[0]?.body ?? '')).toEqual({ share: true });
    expect(received[0]?.headers['content-type']).toBe('application/json');
  });

  test('the statistics query: a year alone, or a period with its categories comma-separated', () => {
    expect(statsQueryString({ year: 2026 })).toBe('year=2026');
    expect(
      statsQueryString({ from: '2026-01-01', to: '2026-03-31', categories: ['grooming', 'terrorism'] }),
    ).toBe('from=2026-01-01&to=2026-03-31&category=grooming%2Cterrorism');
  });
});
