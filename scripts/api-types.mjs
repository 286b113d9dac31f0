#!/usr/bin/env node
// Writes web/src/api/schema.d.ts, the staff app's API types, from the server's OpenAPI document
// (server/src/testing/api-types.ts). Run after changing a route's schema: the web build's type check
// and the api-types test fail until the file matches the server again.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = `
  import fs from 'node:fs';
  import { API_TYPES_FILE, apiTypesSource } from './server/src/testing/api-types.ts';
  fs.writeFileSync(API_TYPES_FILE, await apiTypesSource());
  console.log('wrote', API_TYPES_FILE);
`;
const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, LOG_LEVEL: 'silent' },
});
process.exit(run.status ?? 1);
