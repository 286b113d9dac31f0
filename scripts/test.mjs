#!/usr/bin/env node
// Runs the test suites with Node's own test runner (TypeScript through tsx).
//   node scripts/test.mjs              unit + API tests on embedded PGlite, then the staff app's
//                                      unit tests with vitest (what `npm test` runs)
//   node scripts/test.mjs --postgres   the API tests again on a real PostgreSQL (VIGIE_TEST_PG_URL)
//   node scripts/test.mjs --e2e        browser tests (Debian's chromium)
//   extra arguments filter test files by substring: node scripts/test.mjs intake
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const mode = args.includes('--postgres') ? 'postgres' : args.includes('--e2e') ? 'e2e' : 'unit';
const filters = args.filter((a) => !a.startsWith('--'));

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .filter((f) => !f.includes('node_modules'));
}

const roots = {
  unit: ['packages', 'server/src', 'scripts'],
  postgres: ['server/src'],
  e2e: ['e2e'],
}[mode];
const matching = (list) => (filters.length ? list.filter((f) => filters.some((s) => f.includes(s))) : list);
let files = roots.flatMap((r) => findTests(path.join(root, r))).sort();
if (mode === 'postgres') files = files.filter((f) => !f.includes('/packages/'));
files = matching(files);
const webFiles = mode === 'unit' ? matching(findTests(path.join(root, 'web/src'))) : [];
if (files.length === 0 && webFiles.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}

const env = { ...process.env };
if (mode === 'postgres') {
  env.VIGIE_TEST_PG_URL ??= process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  console.log(
    `API tests against PostgreSQL (${new URL(env.VIGIE_TEST_PG_URL).host}), one fresh database per test file`,
  );
} else {
  const template = path.join(os.tmpdir(), `vigie-test-template-${process.pid}.tar.gz`);
  const made = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'server/src/testing/make-template.ts', template],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (made.status !== 0) process.exit(made.status ?? 1);
  env.VIGIE_TEST_PGLITE_TEMPLATE = template;
  process.on('exit', () => fs.rmSync(template, { force: true }));
}

if (mode === 'e2e') {
  // The staff app is built once for every browser test file (each would build it otherwise).
  const built = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  env.VIGIE_STAFF_APP_BUILT = '1';
}

const concurrency = mode === 'e2e' ? 1 : 2;
let failed = false;
if (files.length > 0) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${concurrency}`, ...files],
    { cwd: root, stdio: 'inherit', env },
  );
  failed ||= run.status !== 0;
}
if (webFiles.length > 0) {
  const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
  const web = path.join(root, 'web');
  const run = spawnSync(process.execPath, [vitest, 'run', ...webFiles.map((f) => path.relative(web, f))], {
    cwd: web,
    stdio: 'inherit',
    env: { ...env, CI: 'true' },
  });
  failed ||= run.status !== 0;
}
process.exitCode = failed ? 1 : 0;
