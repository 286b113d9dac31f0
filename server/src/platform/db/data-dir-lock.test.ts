import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { makeDataDir, runVigie, startServerProcess } from '../../testing/server-process.ts';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from './data-dir-lock.ts';

/** The suite run again on PostgreSQL (test:pg) has nothing to add here: these run once, in `npm test`. */
const onlyOnce = process.env.VIGIE_TEST_PG_URL ? 'runs in the embedded suite only' : false;

const folders: string[] = [];
after(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

function newDataDir(): string {
  const dir = makeDataDir('vigie-lock-');
  folders.push(dir);
  return dir;
}

function writeLock(dir: string, holder: Record<string, unknown>): string {
  const file = path.join(dir, LOCK_FILE);
  fs.writeFileSync(file, JSON.stringify({ command: 'start', host: os.hostname(), token: 'old', ...holder }));
  return file;
}

const lockHolderPid = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')).pid as number;

/** The pid of a process that has come and gone. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('the embedded data folder lock', { skip: onlyOnce }, () => {
  test('a second opening, in this process or while the holder lives, is refused; closing frees it', async () => {
    const dir = newDataDir();
    const lock = await lockDataDir(dir);
    await assert.rejects(lockDataDir(dir), DataDirLockedError);
    lock.release();
    assert.equal(fs.existsSync(lock.file), false);
    const file = writeLock(dir, { pid: process.ppid });
    await assert.rejects(lockDataDir(dir), {
      name: 'DataDirLockedError',
      message: `the server is running (pid ${process.ppid}): stop it, or use DATABASE_URL`,
    });
    fs.rmSync(file);
  });

  test('a lock left by a dead process, or by a process that started before the pid was reused, is taken over', async () => {
    const dir = newDataDir();
    const file = writeLock(dir, { pid: deadPid() });
    const taken = await lockDataDir(dir);
    assert.equal(lockHolderPid(file), process.pid);
    taken.release();
    if (fs.existsSync('/proc/self/stat')) {
      writeLock(dir, { pid: process.ppid, identity: 'another-boot/1' });
      const again = await lockDataDir(dir);
      assert.equal(lockHolderPid(file), process.pid);
      again.release();
    }
  });

  test('an empty lock (its writer crashed) is taken over once it is old; another host is never guessed', async () => {
    const dir = newDataDir();
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, '');
    const longAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(file, longAgo, longAgo);
    (await lockDataDir(dir)).release();
    writeLock(dir, { pid: deadPid(), host: 'elsewhere.example' });
    await assert.rejects(lockDataDir(dir), (error: Error) => {
      assert.match(error.message, /^the server is running \(pid \d+ on elsewhere\.example\)/);
      assert.ok(error.message.endsWith(`delete ${file}`), error.message);
      return true;
    });
  });

  test('with two real processes: `vigie admin create` fails fast while the server runs, works once it stops, and a SIGKILLed server leaves no lock that blocks', {
    timeout: 240_000,
  }, async () => {
    const dataDir = newDataDir();
    // A folder an older version made with the default umask: the server closes it to others.
    fs.chmodSync(dataDir, 0o755);
    const server = await startServerProcess({ dataDir });
    const admin = (email: string) =>
      runVigie(['admin', 'create', '--email', email, '--role', 'admin'], server.env, { timeoutMs: 60_000 });
    try {
      assert.equal(fs.statSync(dataDir).mode & 0o777, 0o700);
      assert.match(server.output(), /was mode 755: made it private to its owner \(700\)/);
      // Said once the server listens, so it may follow the first answer to a health check.
      const hint = /No administrator yet\. Stop the server \(Ctrl\+C\), run: npx vigie admin create/;
      for (let waited = 0; !hint.test(server.output()) && waited < 10_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.match(server.output(), hint);

      const refused = await admin('first@hotline.test');
      assert.equal(refused.code, 1);
      assert.equal(
        refused.stderr,
        `vigie admin create: the server is running (pid ${server.pid}): stop it, or use DATABASE_URL\n`,
      );
      assert.equal(refused.stdout, '');
      const health = await fetch(`${server.url}/api/health`);
      assert.equal(health.status, 200, 'the running server is unaffected');
    } finally {
      await server.stop();
    }
    assert.equal(fs.existsSync(path.join(dataDir, LOCK_FILE)), false, 'a stopped server leaves no lock');

    const created = await admin('first@hotline.test');
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /^created admin account first@hotline\.test/);

    const crashed = await startServerProcess({ dataDir, port: server.port });
    await crashed.kill();
    assert.equal(fs.existsSync(path.join(dataDir, LOCK_FILE)), true, 'SIGKILL leaves the lock file behind');
    const restarted = await startServerProcess({ dataDir, port: server.port });
    await restarted.stop();
    assert.doesNotMatch(restarted.output(), /No administrator yet/, 'the hint goes once an admin exists');

    // The account made while nothing else held the folder is still there.
    const again = await admin('first@hotline.test');
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already/);
  });
});
