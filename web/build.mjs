#!/usr/bin/env node
// `npm run build -w web`: type-checks the app first, so a page that reads an API route whose schema
// changed (web/src/api/schema.d.ts, `npm run api:types`) fails the build, then builds it with Vite.
// The check needs TypeScript, a development dependency: a production install (`npm ci --omit=dev`,
// whose `prepare` builds the app) has none, and builds without it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const web = path.dirname(fileURLToPath(import.meta.url));

function typescriptCompiler() {
  try {
    return createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

const tsc = typescriptCompiler();
if (tsc) {
  const checked = spawnSync(process.execPath, [tsc, '-p', path.join(web, 'tsconfig.json'), '--noEmit'], {
    stdio: 'inherit',
  });
  if (checked.status !== 0) {
    console.error(
      'vigie: the staff app does not type-check against the API (if the API changed: npm run api:types)',
    );
    process.exit(checked.status ?? 1);
  }
} else {
  console.log('vigie: TypeScript is not installed (production install): building without the type check');
}
await build({ root: web });
