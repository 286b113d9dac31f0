/**
 * The dependency set agrees with the Node version the README promises: every package in the lock
 * file (dev, optional and platform-specific ones included) accepts the oldest Node that the root
 * package.json's `engines.node` admits. Otherwise `npm install` warns (EBADENGINE) on a supported
 * Node, and the package may use what that Node lacks.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

type LockEntry = { version?: string; engines?: { node?: string } | string[] };

test('every locked package accepts the oldest Node the README supports', () => {
  const supported: string = readJson('package.json').engines.node;
  const oldest = semver.minVersion(supported)?.version;
  assert.ok(oldest, `package.json engines.node "${supported}" names no version`);
  const lock: { packages: Record<string, LockEntry> } = readJson('package-lock.json');
  const refused = Object.entries(lock.packages)
    .map(([where, entry]) => ({ where: where || '(root)', version: entry.version, range: nodeRange(entry) }))
    .filter((p) => p.range !== undefined && !semver.satisfies(oldest, p.range, { includePrerelease: true }))
    .map((p) => `${p.where}@${p.version} needs node ${p.range}`);
  assert.deepEqual(refused, [], `these packages refuse Node ${oldest}`);
});

/** `engines` is an object in today's lock files; very old packages wrote an array of strings. */
function nodeRange(entry: LockEntry): string | undefined {
  if (!entry.engines || Array.isArray(entry.engines)) return undefined;
  return entry.engines.node;
}
