/**
 * `vigie fetch-check URL` as people run it (a real process, the real CLI): `allowed <address>` and
 * exit 0, `refused: <reason>` and exit 1, a usage error and exit 2. The names it checks go to a real
 * DNS server on 127.0.0.1 through VIGIE_DNS_SERVERS; the allowed URL's host is never contacted.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startDnsServer, type TestDnsServer } from '../../testing/dns-server.ts';
import { makeDataDir, runVigie } from '../../testing/server-process.ts';

/** The suite run again on PostgreSQL has nothing to add: no database here. */
const onlyOnce = process.env.VIGIE_TEST_PG_URL ? 'runs in the embedded suite only' : false;

let dns: TestDnsServer;
const scratch = makeDataDir('vigie-fetch-check-');
const env = () => ({ VIGIE_DNS_SERVERS: dns.address, VIGIE_DATA_DIR: path.join(scratch, 'never-created') });

before(async () => {
  dns = await startDnsServer({
    'public.test': { A: ['93.184.215.14'] },
    'intranet.test': { A: ['192.168.1.20'] },
  });
});
after(async () => {
  await dns.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe('vigie fetch-check', { skip: onlyOnce }, () => {
  test('allowed: prints the address it would connect to, exit 0', { timeout: 60_000 }, async () => {
    const named = await runVigie(['fetch-check', 'https://public.test/some/page?q=1'], env(), {
      timeoutMs: 30_000,
    });
    assert.deepEqual(named, { code: 0, stdout: 'allowed 93.184.215.14\n', stderr: '' });
    assert.equal(dns.queriesFor('public.test'), 2, 'one A and one AAAA question');
  });

  test('refused: prints the reason, exit 1, for an address, a name and an encoding trick', {
    timeout: 90_000,
  }, async () => {
    const cases: Array<[string, string]> = [
      [
        'http://intranet.test/',
        'refused: intranet.test resolves to 192.168.1.20, a private address (RFC 1918)\n',
      ],
      [
        'http://0x7f.1/',
        'refused: 127.0.0.1 is a loopback address (RFC 1122 §3.2.1.3): the machine itself\n',
      ],
      [
        'http://a@8.8.8.8/',
        'refused: a URL with a user name or password before the host (user@host) is not fetched\n',
      ],
    ];
    for (const [url, line] of cases) {
      assert.deepEqual(await runVigie(['fetch-check', url], env(), { timeoutMs: 30_000 }), {
        code: 1,
        stdout: line,
        stderr: '',
      });
    }
  });

  test('usage errors exit 2 with one line on stderr; --help prints the usage', {
    timeout: 90_000,
  }, async () => {
    for (const args of [[], ['http://a.test/', 'http://b.test/'], ['--verbose', 'http://a.test/']]) {
      const res = await runVigie(['fetch-check', ...args], env(), { timeoutMs: 30_000 });
      assert.equal(res.code, 2, res.stderr);
      assert.equal(res.stdout, '');
      assert.match(res.stderr, /^vigie fetch-check: .*\(see vigie fetch-check --help\)\n$/);
    }
    const help = await runVigie(['fetch-check', '--help'], env(), { timeoutMs: 30_000 });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^usage: vigie fetch-check URL\n/);
    assert.equal(fs.existsSync(path.join(scratch, 'never-created')), false);
  });
});
