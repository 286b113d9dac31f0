/**
 * The vendored XARF schemas are what schemas/README.md says: unedited (each file's SHA-256 matches
 * the README's table, and every file is listed), draft 2020-12, and every `$ref` resolves to a file
 * in the folder, so nothing is fetched at run time.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./schemas/', import.meta.url));
const vendored = fs
  .readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json') || f === 'LICENSE')
  .filter((f) => f !== 'biome.json')
  .sort();
const schemaFiles = vendored.filter((f) => f.endsWith('.json') && !f.startsWith('samples'));

test('every vendored file matches the SHA-256 in the README, and the README lists them all', () => {
  const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
  const listed = new Map(
    [...readme.matchAll(/^\| `([^`]+)` \| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1], m[2]] as const),
  );
  assert.deepEqual([...listed.keys()].sort(), vendored);
  for (const file of vendored) {
    const digest = createHash('sha256')
      .update(fs.readFileSync(path.join(dir, file)))
      .digest('hex');
    assert.equal(digest, listed.get(file), `${file} differs from the copy the README records`);
  }
});

test('the schemas are draft 2020-12 and every $ref resolves inside the folder', () => {
  assert.ok(schemaFiles.includes('xarf-core.json'));
  for (const file of schemaFiles) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    assert.equal(JSON.parse(text).$schema, 'https://json-schema.org/draft/2020-12/schema', file);
    for (const [, ref] of text.matchAll(/"\$ref":\s*"([^"]*)"/g)) {
      const target = (ref ?? '').split('#')[0] ?? '';
      if (target === '') continue; // within the same file
      assert.ok(!/^[a-z]+:/i.test(target), `${file}: ${ref} points outside`);
      assert.ok(fs.existsSync(path.join(dir, path.dirname(file), target)), `${file}: ${ref} is missing`);
    }
  }
});
