/**
 * https through the pinned connection: the TLS server name is still the URL's host (the address is
 * pinned, not the name), and a certificate that does not verify is a `tls` failure, not an
 * exception. The throw-away certificate is made by the openssl command at test time; without it
 * the test is skipped.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { startDnsServer } from '../../testing/dns-server.ts';
import { createDnsResolver } from '../dns/resolver.ts';
import { createSafeFetcher } from './index.ts';

const openssl =
  spawnSync('openssl', ['version']).status === 0 ? false : 'the openssl command is not installed';

test('https: SNI carries the name, an untrusted certificate is a tls failure', {
  skip: openssl,
}, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-tls-'));
  const dns = await startDnsServer({ 'secure.test': { A: ['127.0.0.1'] } });
  const names: string[] = [];
  let server: https.Server | undefined;
  try {
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=secure.test',
        '-addext',
        'subjectAltName=DNS:secure.test',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { encoding: 'utf8' },
    );
    assert.equal(made.status, 0, made.stderr);
    const tlsServer = https.createServer(
      {
        key: fs.readFileSync(path.join(dir, 'key.pem')),
        cert: fs.readFileSync(path.join(dir, 'cert.pem')),
        SNICallback: (name, done) => {
          names.push(name);
          done(null);
        },
      },
      (_req, res) => res.end('secret page'),
    );
    server = tlsServer;
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
    const { port } = tlsServer.address() as net.AddressInfo;
    const fetcher = createSafeFetcher({
      resolver: createDnsResolver([dns.address], { timeoutMs: 1_000, tries: 1 }),
      userAgent: 'Vigie-test/1',
      timeoutMs: 5_000,
      maxBytes: 1024 * 1024,
      allowForTests: ['127.0.0.1'],
    });
    const outcome = await fetcher.fetch(`https://secure.test:${port}/`);
    assert.ok(!outcome.ok && !outcome.refused && outcome.code === 'tls', JSON.stringify(outcome));
    assert.match(outcome.ok ? '' : outcome.reason, /^secure\.test: the secure connection failed \(/);
    assert.deepEqual(names, ['secure.test']);
    await fetcher.close();
  } finally {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await dns.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
