/**
 * Slow clients against a real listening server: headers or a body trickled a byte at a time are
 * cut within the configured time, a body the server never reads does not keep its connection, a
 * slow but steady upload still gets through, and connections over the cap are refused.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

type Exchange = { response: string; closedAfterMs: number | null };

/**
 * Opens a connection, writes `head`, then one `trickle` chunk every `everyMs` until the server
 * closes the connection or `giveUpMs` passes.
 */
function exchange(
  port: number,
  head: string,
  options: { trickle?: string; everyMs?: number; giveUpMs: number },
): Promise<Exchange> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let response = '';
    let timer: NodeJS.Timeout | undefined;
    const finish = (closedAfterMs: number | null) => {
      clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ response, closedAfterMs });
    };
    const giveUp = setTimeout(() => finish(null), options.giveUpMs);
    socket.on('data', (chunk) => {
      response += chunk.toString('utf8');
    });
    socket.on('error', () => {});
    socket.on('close', () => finish(Date.now() - started));
    socket.write(head);
    if (options.trickle !== undefined) {
      const bytes = options.trickle;
      timer = setInterval(() => {
        if (!socket.destroyed) socket.write(bytes);
      }, options.everyMs ?? 100);
    }
  });
}

async function listen(t: TestApp): Promise<number> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return (t.app.server.address() as net.AddressInfo).port;
}

const reportHead = (length: number) =>
  'POST /api/reports HTTP/1.1\r\nHost: vigie.test\r\nContent-Type: application/json\r\n' +
  `Content-Length: ${length}\r\n\r\n`;

describe('slow clients', () => {
  let t: TestApp;
  let port: number;
  before(async () => {
    t = await createTestApp({
      VIGIE_REQUEST_TIMEOUT_SECONDS: '2',
      VIGIE_HEADERS_TIMEOUT_SECONDS: '2',
      VIGIE_BODY_MIN_BYTES_PER_SECOND: '1000',
    });
    port = await listen(t);
  });
  after(() => t.close());

  test('a body sent one byte at a time is cut with a 408 soon after the request timeout', async () => {
    const result = await exchange(port, reportHead(10_000), { trickle: ' ', everyMs: 100, giveUpMs: 10_000 });
    assert.ok(result.closedAfterMs !== null, 'the connection was still open after 10 s');
    assert.ok(result.closedAfterMs < 6000, `closed after ${result.closedAfterMs} ms`);
    assert.match(result.response, /^HTTP\/1\.1 408 /);
    assert.match(result.response, /"code":"request\.timeout"/);
    assert.match(result.response, /connection: close/i);
  });

  test('headers sent one byte at a time are cut soon after the headers timeout', async () => {
    const result = await exchange(port, 'GET /api/health HTTP/1.1\r\nHost: vigie.test\r\nX-Slow: ', {
      trickle: 'a',
      everyMs: 100,
      giveUpMs: 10_000,
    });
    assert.ok(result.closedAfterMs !== null, 'the connection was still open after 10 s');
    assert.ok(result.closedAfterMs < 6000, `closed after ${result.closedAfterMs} ms`);
    assert.match(result.response, /^HTTP\/1\.1 408 /);
  });

  test('a body the server does not read closes its connection once answered', async () => {
    const head = 'GET /api/health HTTP/1.1\r\nHost: vigie.test\r\nContent-Length: 100000\r\n\r\n';
    const result = await exchange(port, head, { trickle: 'x', everyMs: 100, giveUpMs: 10_000 });
    assert.match(result.response, /^HTTP\/1\.1 200 /);
    assert.ok(result.closedAfterMs !== null && result.closedAfterMs < 1500, `${result.closedAfterMs} ms`);
  });

  test('a slow but steady body gets through although it takes longer than the request timeout', async () => {
    const json = JSON.stringify({ category: 'other', urls: ['https://steady-upload.example/a'] });
    const body = json.padEnd(9000, ' ');
    const started = Date.now();
    const result = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let response = '';
      socket.on('data', (chunk) => {
        response += chunk.toString('utf8');
        if (response.includes('\r\n\r\n')) resolve(response);
      });
      socket.on('error', reject);
      socket.write(reportHead(Buffer.byteLength(body)));
      // 3,000 bytes a second: three times the configured minimum rate.
      let sent = 0;
      const timer = setInterval(() => {
        socket.write(body.slice(sent, sent + 300));
        sent += 300;
        if (sent >= body.length) clearInterval(timer);
      }, 100);
      socket.on('close', () => clearInterval(timer));
    });
    assert.ok(Date.now() - started > 2500, 'the upload took longer than the 2 s request timeout');
    assert.match(result, /^HTTP\/1\.1 201 /);
  });
});

describe('connection cap', () => {
  let t: TestApp;
  let port: number;
  before(async () => {
    t = await createTestApp({ VIGIE_MAX_CONNECTIONS: '2' });
    port = await listen(t);
  });
  after(() => t.close());

  const openIdle = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
      socket.on('error', reject);
    });

  const serverConnections = () =>
    new Promise<number>((resolve, reject) =>
      t.app.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
    );

  test('connections over the cap are closed without an answer; freeing one lets the next in', async () => {
    const held = [await openIdle(), await openIdle()];
    while ((await serverConnections()) < 2) await new Promise((r) => setTimeout(r, 20));
    const health = 'GET /api/health HTTP/1.1\r\nHost: vigie.test\r\nConnection: close\r\n\r\n';

    const refused = await exchange(port, health, { giveUpMs: 5000 });
    assert.equal(refused.response, '', 'a third connection was answered');
    assert.ok(refused.closedAfterMs !== null, 'a third connection was kept open');

    held[0]?.destroy();
    while ((await serverConnections()) > 1) await new Promise((r) => setTimeout(r, 20));
    const admitted = await exchange(port, health, { giveUpMs: 5000 });
    assert.match(admitted.response, /^HTTP\/1\.1 200 /);
    held[1]?.destroy();
  });
});
