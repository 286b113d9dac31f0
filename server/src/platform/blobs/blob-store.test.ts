import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import { BlobIntegrityError, BlobNotFoundError, type BlobStore, createFileBlobStore } from './index.ts';

const secretKey = crypto.randomBytes(32);
const made: string[] = [];
const tempDir = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-blobs-test-'));
  made.push(folder);
  return folder;
};
let dir: string;
let store: BlobStore;

beforeEach(() => {
  dir = tempDir();
  store = createFileBlobStore(dir, secretKey);
});
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

async function listAll(blobs: BlobStore): Promise<{ key: string; writtenAt: Date }[]> {
  const listed: { key: string; writtenAt: Date }[] = [];
  for await (const blob of blobs.list()) listed.push(blob);
  return listed;
}

/** Every file under the store's directory, relative. */
function filesIn(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

// Recognisable plaintext: a repeated phrase, so any clear-text run of it on disk would show.
const plaintext = Buffer.from('synthetic evidence bytes, not real material. '.repeat(200));

describe('file blob store', () => {
  test('list gives every stored blob once with its write time, and skips temporary files', async () => {
    assert.deepEqual(await listAll(store), [], 'an empty (even missing) folder lists nothing');
    const before = Date.now() - 1000;
    const a = await store.put(plaintext);
    const b = await store.put(Buffer.from('another synthetic file'));
    await store.put(plaintext);
    fs.writeFileSync(path.join(dir, a.key.slice(0, 2), `.${a.key}.abc123.tmp`), 'partial');
    const listed = await listAll(store);
    assert.deepEqual(listed.map((l) => l.key).sort(), [a.key, b.key].sort());
    assert.ok(listed.every((l) => l.writtenAt.getTime() >= before && l.writtenAt.getTime() <= Date.now()));
  });

  test('round trip: get returns exactly what put stored', async () => {
    const { key } = await store.put(plaintext);
    assert.match(key, /^[0-9a-f]{64}$/);
    assert.deepEqual(await store.get(key), plaintext);
    const empty = await store.put(Buffer.alloc(0));
    assert.equal((await store.get(empty.key)).length, 0);
  });

  test('content-addressed and idempotent: the same bytes give the same key and one file', async () => {
    const first = await store.put(plaintext);
    const again = await store.put(Buffer.from(plaintext));
    assert.equal(again.key, first.key);
    assert.deepEqual(filesIn(dir), [path.join(first.key.slice(0, 2), first.key)]);
    const other = await store.put(Buffer.from('other bytes'));
    assert.notEqual(other.key, first.key);
    assert.equal(filesIn(dir).length, 2);
  });

  test('the key is keyed: it is not the plain SHA-256 of the content, and another secret gives another key', async () => {
    const { key } = await store.put(plaintext);
    assert.notEqual(key, crypto.createHash('sha256').update(plaintext).digest('hex'));
    const other = createFileBlobStore(tempDir(), crypto.randomBytes(32));
    assert.notEqual((await other.put(plaintext)).key, key);
  });

  test('nothing in clear on disk: the stored file contains no run of the plaintext', async () => {
    const { key } = await store.put(plaintext);
    const onDisk = fs.readFileSync(path.join(dir, key.slice(0, 2), key));
    assert.ok(onDisk.length >= plaintext.length);
    assert.equal(onDisk.indexOf(plaintext.subarray(0, 16)), -1);
    assert.equal(onDisk.indexOf(Buffer.from('synthetic evidence')), -1);
  });

  test('a tampered or swapped file is an error, never garbage bytes', async () => {
    const { key } = await store.put(plaintext);
    const file = path.join(dir, key.slice(0, 2), key);
    const original = fs.readFileSync(file);
    const flipped = Buffer.from(original);
    flipped[40] = (flipped[40] as number) ^ 0x01;
    fs.writeFileSync(file, flipped);
    await assert.rejects(store.get(key), BlobIntegrityError);

    fs.writeFileSync(file, original.subarray(0, 10));
    await assert.rejects(store.get(key), BlobIntegrityError);

    // Another blob's (valid) file moved under this key does not open either.
    const other = await store.put(Buffer.from('another synthetic file'));
    fs.copyFileSync(path.join(dir, other.key.slice(0, 2), other.key), file);
    await assert.rejects(store.get(key), BlobIntegrityError);
  });

  test('a missing key is a clear error; delete removes the file and is idempotent', async () => {
    const missing = 'ab'.repeat(32);
    await assert.rejects(store.get(missing), (error: Error) => {
      assert.ok(error instanceof BlobNotFoundError);
      assert.match(error.message, /not found/);
      return true;
    });
    const { key } = await store.put(plaintext);
    await store.delete(key);
    await assert.rejects(store.get(key), BlobNotFoundError);
    await store.delete(key);
    assert.deepEqual(filesIn(dir), []);
  });

  test('keys that are not our digests never reach the file system', async () => {
    await assert.rejects(store.get('../../etc/passwd'), /invalid blob key/);
    await assert.rejects(store.delete('../secret.key'), /invalid blob key/);
  });

  test('atomic writes leave no temporary files, also after concurrent puts of the same bytes', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.put(i % 2 ? plaintext : Buffer.from(`file ${i}`))),
    );
    const keys = new Set(results.map((r) => r.key));
    const files = filesIn(dir);
    assert.deepEqual(files.map((f) => path.basename(f)).sort(), [...keys].sort());
    assert.ok(files.every((f) => !f.endsWith('.tmp')));
    for (const { key } of results) await store.get(key);
  });
});
