/**
 * Feature doors (STYLE.md): a feature imports another only through its index.ts, and platform/ never
 * imports a feature. biome.json enforces it with noRestrictedImports (so `npm run lint` names the file
 * and the import); this test shows the rule catches each kind of reach-in, lets the allowed imports
 * through, and finds nothing in the real tree.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const biome = path.join(root, 'node_modules/@biomejs/biome/bin/biome');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-feature-doors-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

type Diagnostic = { category: string; location: { path: string; start: { line: number } } };

/** Import-rule diagnostics of `target` (relative to `cwd`), as `path:line`. */
function importViolations(cwd: string, target: string): string[] {
  const run = spawnSync(
    process.execPath,
    [biome, 'lint', '--only=style/noRestrictedImports', '--reporter=json', '--max-diagnostics=none', target],
    { cwd, encoding: 'utf8' },
  );
  const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  return report.diagnostics
    .filter((d) => d.category === 'lint/style/noRestrictedImports')
    .map((d) => `${d.location.path}:${d.location.start.line}`)
    .sort();
}

/** Writes a module made of these imports (one per line) under the scratch tree. */
function writeModule(file: string, imports: string[]): void {
  const names = imports.map((_, i) => `x${i}`);
  const text = `${imports.map((from, i) => `import { x as x${i} } from '${from}';`).join('\n')}\nexport const all = [${names.join(', ')}];\n`;
  fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
  fs.writeFileSync(path.join(scratch, file), text);
}

test('the import rule refuses reach-ins and lets the doors through', () => {
  fs.copyFileSync(path.join(root, 'biome.json'), path.join(scratch, 'biome.json'));
  const f = 'server/src/features';
  writeModule(`${f}/staff/staff.service.ts`, [
    '../triage/index.ts', // 1: the door
    './staff.schemas.ts', // 2: its own feature
    '../../platform/db/database.ts', // 3: platform
    '../triage/claims.service.ts', // 4: reach-in
    '../intake/intake.tables.ts', // 5: another feature's table, outside a table file
  ]);
  writeModule(`${f}/intake/pages/status.page.ts`, [
    '../index.ts', // 1: its own feature's door
    '../../triage/index.ts', // 2: another door
    '../../triage/queue.queries.ts', // 3: reach-in from a subfolder
  ]);
  writeModule(`${f}/feedback/feedback.tables.ts`, [
    '../intake/intake.tables.ts', // 1: table files may import table files
    '../intake/intake.service.ts', // 2: but nothing else of another feature
  ]);
  writeModule(`${f}/staff/staff.api.test.ts`, [
    '../triage/workspace.testing.ts', // 1: a test may use another feature's fixtures
    '../triage/queue.service.ts', // 2: but not its internals
  ]);
  writeModule('server/src/platform/auth/accounts.ts', ['../../features/staff/index.ts']); // 1: platform → feature
  writeModule('server/src/platform/db/schema.ts', ['../../features/intake/intake.tables.ts']); // the table registry

  assert.deepEqual(importViolations(scratch, 'server'), [
    'server/src/features/feedback/feedback.tables.ts:2',
    'server/src/features/intake/pages/status.page.ts:3',
    'server/src/features/staff/staff.api.test.ts:2',
    'server/src/features/staff/staff.service.ts:4',
    'server/src/features/staff/staff.service.ts:5',
    'server/src/platform/auth/accounts.ts:1',
  ]);
});

test('no feature reaches into another, and platform/ imports none', () => {
  assert.deepEqual(importViolations(root, 'server/src'), []);
});
