/**
 * The `vigie` command as people run it (a real process): every command answers --help without doing
 * anything, groups list their sub-commands, and a start that cannot listen or reach its database
 * exits non-zero with one line on stderr, leaving the embedded database unlocked.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { commandNames } from './cli.ts';
import { LOCK_FILE } from './platform/db/data-dir-lock.ts';
import { freePort, makeDataDir, runVigie } from './testing/server-process.ts';

/** The suite run again on PostgreSQL (test:pg) has nothing to add here: these run once, in `npm test`. */
const onlyOnce = process.env.VIGIE_TEST_PG_URL ? 'runs in the embedded suite only' : false;

const scratch = makeDataDir('vigie-cli-');
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A data folder that must never come to exist: --help acts on nothing. */
const untouched = path.join(scratch, 'never-created');
const quiet = { VIGIE_DATA_DIR: untouched, LOG_LEVEL: 'warn' };

const groups = [
  ...new Set(commandNames().flatMap((name) => (name.includes(' ') ? [name.split(' ')[0]] : []))),
];

describe('vigie --help', { skip: onlyOnce }, () => {
  test('every command in the table prints its usage and exits 0 without opening anything', {
    timeout: 180_000,
  }, async () => {
    for (const name of commandNames()) {
      const res = await runVigie([...name.split(' '), '--help'], quiet, { timeoutMs: 60_000 });
      assert.equal(res.code, 0, `vigie ${name} --help: ${res.stderr}`);
      assert.ok(
        res.stdout.startsWith(`usage: vigie ${name}`),
        `vigie ${name} --help printed:\n${res.stdout}`,
      );
      assert.equal(res.stderr, '');
    }
    assert.equal(fs.existsSync(untouched), false, 'a --help opened the data folder');
  });

  test('a group lists its sub-commands on --help, and names them in one line when none is given', {
    timeout: 120_000,
  }, async () => {
    assert.ok(groups.includes('admin') && groups.includes('audit') && groups.includes('hashes'));
    for (const group of groups) {
      const members = commandNames().filter((name) => name.startsWith(`${group} `));
      const help = await runVigie([group ?? '', '--help'], quiet, { timeoutMs: 60_000 });
      assert.equal(help.code, 0, help.stderr);
      for (const member of members) assert.match(help.stdout, new RegExp(`^  ${member} `, 'm'));

      const bare = await runVigie([group ?? ''], quiet, { timeoutMs: 60_000 });
      assert.equal(bare.code, 2);
      assert.equal(bare.stderr.trimEnd().split('\n').length, 1, bare.stderr);
      for (const member of members) assert.ok(bare.stderr.includes(`vigie ${member}`), bare.stderr);
      assert.doesNotMatch(bare.stderr, /unknown command/);
    }
    assert.equal(fs.existsSync(untouched), false);
  });
});

describe('vigie start that cannot start', { skip: onlyOnce }, () => {
  const dataDir = path.join(scratch, 'data');
  const env = { VIGIE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', VIGIE_JOBS: 'off' };

  /** Runs `vigie start`; a process still there after the timeout is a failure (code -1). */
  async function startExpectingFailure(extra: Record<string, string>) {
    const res = await runVigie(['start'], { ...env, ...extra }, { timeoutMs: 90_000 });
    assert.notEqual(res.code, -1, `vigie start was still running without a listener:\n${res.stdout}`);
    assert.equal(res.code, 1, res.stderr);
    assert.equal(res.stderr.trimEnd().split('\n').length, 1, `not one line:\n${res.stderr}`);
    assert.equal(fs.existsSync(path.join(dataDir, LOCK_FILE)), false, 'the data folder is still locked');
    return res.stderr;
  }

  test('a busy port: exits 1, says which port, releases the embedded database', {
    timeout: 120_000,
  }, async () => {
    const busy = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => busy.listen(port, '127.0.0.1', resolve));
    try {
      const stderr = await startExpectingFailure({ PORT: String(port), HOST: '127.0.0.1' });
      assert.equal(
        stderr,
        `vigie start: port ${port} on 127.0.0.1 is already in use: stop what uses it, or set PORT\n`,
      );
    } finally {
      busy.close();
    }
  });

  test('a HOST that does not resolve: exits 1 naming HOST', { timeout: 120_000 }, async () => {
    const stderr = await startExpectingFailure({ PORT: String(await freePort()), HOST: 'nonsense.invalid' });
    assert.match(stderr, /^vigie start: HOST nonsense\.invalid does not resolve to an address/);
  });

  test('an unreachable PostgreSQL server: exits 1 naming the server, never its password', {
    timeout: 120_000,
  }, async () => {
    const closedPort = await freePort();
    const stderr = await startExpectingFailure({
      DATABASE_URL: `postgres://vigie:s3cret@127.0.0.1:${closedPort}/vigie`,
    });
    assert.match(
      stderr,
      new RegExp(`^vigie start: cannot use the PostgreSQL server at 127\\.0\\.0\\.1:${closedPort}/vigie: `),
    );
    assert.doesNotMatch(stderr, /s3cret/);
  });
});
