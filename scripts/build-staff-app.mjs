#!/usr/bin/env node
// Builds the staff app (web/dist) at install time, so that `npm start` builds nothing and needs no
// development tool (docs/adr/0007-building-the-staff-app.md). Run by npm as the root `prepare`
// script after `npm install` and `npm ci`, with or without --omit=dev: Vite and its React plugin are
// dependencies of the web workspace. When they are absent (an install limited to other workspaces),
// it says so and leaves the build to `npm run build`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** In the web workspace's own node_modules or hoisted to the root's (their exports hide package.json). */
const isInstalled = (name) =>
  [path.join(root, 'web'), root].some((dir) =>
    fs.existsSync(path.join(dir, 'node_modules', name, 'package.json')),
  );

if (!['vite', '@vitejs/plugin-react', 'react'].every(isInstalled)) {
  console.log('vigie: the staff app is not built (its build tools are not installed); run npm run build');
  process.exit(0);
}
// Inside npm, npm_execpath is npm's own script: no shell, no PATH look-up, same npm on every system.
const npm = process.env.npm_execpath;
const built = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build', '--workspace', 'web'], { cwd: root, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build', '--workspace', 'web'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
process.exit(built.status ?? 1);
