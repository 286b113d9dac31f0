#!/usr/bin/env node
// Checks an install as a hotline makes it: a fresh clone of the committed sources, then
//   node scripts/check-install.mjs              npm ci --omit=dev && npm start   (production)
//   node scripts/check-install.mjs --full       npm install && npm start        (the README's two commands)
// npm must not warn about engines, and the started server must answer /api/health and serve the
// staff app at /app/. Used by .ci/run; takes a minute or two (a real install).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const full = process.argv.includes('--full');
const install = full
  ? ['install', '--no-audit', '--no-fund']
  : ['ci', '--omit=dev', '--no-audit', '--no-fund'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-install-'));
const clone = path.join(work, 'vigie');
let server;

function fail(message) {
  console.error(`check-install: ${message}`);
  process.exitCode = 1;
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const done = spawnSync(command, args, {
    cwd: clone,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  process.stdout.write(done.stdout ?? '');
  process.stderr.write(done.stderr ?? '');
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${done.status}`);
  return `${done.stdout}${done.stderr}`;
}

async function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

try {
  spawnSync('git', ['clone', '--quiet', repo, clone], { stdio: 'inherit' });
  const installLog = run('npm', install);
  if (/EBADENGINE/.test(installLog)) fail('npm warned that a package does not support this Node version');
  if (!fs.existsSync(path.join(clone, 'web', 'dist', 'index.html')))
    fail('the install did not build the staff app');

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  console.log(`$ npm start (PORT=${port})`);
  let output = '';
  server = spawn('npm', ['start'], {
    cwd: clone,
    env: { ...process.env, PORT: String(port), VIGIE_DATA_DIR: path.join(work, 'data'), LOG_LEVEL: 'warn' },
    detached: true, // its own process group: npm, its shell and the server stop together
    shell: process.platform === 'win32',
  });
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  if (!(await waitForHealth(url, Date.now() + 120_000))) {
    fail(`npm start did not answer /api/health:\n${output}`);
  } else {
    const app = await fetch(`${url}/app/`);
    const body = await app.text();
    if (app.status !== 200 || !body.includes('<div id="root">')) {
      fail(`/app/ answered ${app.status} without the staff app:\n${body.slice(0, 300)}`);
    } else {
      console.log(
        `ok: ${full ? 'npm install' : 'npm ci --omit=dev'} && npm start serves /api/health and /app/`,
      );
    }
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => (server.exitCode === null ? server.once('exit', r) : r()));
  }
  fs.rmSync(work, { recursive: true, force: true });
}
