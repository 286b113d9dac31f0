import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { resolveSecretKey } from '../crypto/secret-box.ts';
import { isWithin, makePrivateFolder } from './private-folder.ts';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

let root = '';
let savedUmask = 0;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-private-'));
  // The most permissive umask: what is private must not depend on the one the operator has.
  savedUmask = process.umask(0);
});
afterEach(() => {
  process.umask(savedUmask);
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the data folder is private to its owner', () => {
  test('a new data folder (and its missing parents) is created 0700, silently', () => {
    const dir = path.join(root, 'srv', 'data');
    const said: string[] = [];
    makePrivateFolder(dir, (line) => said.push(line));
    assert.equal(modeOf(dir), 0o700);
    assert.equal(modeOf(path.dirname(dir)), 0o700);
    assert.deepEqual(said, []);
  });

  test('an existing 0755 data folder is made 0700, and the log says so', () => {
    const dir = path.join(root, 'data');
    fs.mkdirSync(dir, { mode: 0o755 });
    const said: string[] = [];
    makePrivateFolder(dir, (line) => said.push(line));
    assert.equal(modeOf(dir), 0o700);
    assert.equal(said.length, 1);
    assert.match(said[0] ?? '', /data was mode 755: made it private to its owner \(700\)/);
  });

  test('the key file is created 0600 in a private folder; a world-readable one is made 0600', () => {
    const dir = path.join(root, 'data');
    resolveSecretKey(undefined, dir, () => {});
    assert.equal(modeOf(dir), 0o700);
    const keyFile = path.join(dir, 'secret.key');
    assert.equal(modeOf(keyFile), 0o600);
    fs.chmodSync(keyFile, 0o644);
    const said: string[] = [];
    const before = fs.readFileSync(keyFile, 'utf8');
    resolveSecretKey(undefined, dir, (line) => said.push(line));
    assert.equal(modeOf(keyFile), 0o600);
    assert.equal(fs.readFileSync(keyFile, 'utf8'), before, 'the key itself is kept');
    assert.match(said.join('\n'), /secret\.key was mode 644/);
  });

  test('isWithin: the blob folder inside the data folder, or elsewhere', () => {
    assert.equal(isWithin('/srv/data/blobs', '/srv/data'), true);
    assert.equal(isWithin('/srv/data', '/srv/data'), true);
    assert.equal(isWithin('/srv/data-blobs', '/srv/data'), false);
    assert.equal(isWithin('/mnt/blobs', '/srv/data'), false);
  });
});
