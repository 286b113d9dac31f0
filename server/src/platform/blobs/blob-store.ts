/**
 * The blob store: evidence files (and their previews) as opaque byte strings, encrypted at rest.
 * Owns where blobs live, how they are named and how they are sealed; what a blob means (which item,
 * which media record, who may read it) is the features' business, kept in the database.
 *
 * - Content-addressed: a blob's key is a keyed hash (HMAC-SHA-256) of its plaintext, so the same file
 *   is stored once and a file name reveals nothing about the content (a plain SHA-256 would let anyone
 *   with the disk check it against a known-content hash list).
 * - Encrypted: AES-256-GCM, random nonce, the key as associated data (a file renamed to another key
 *   fails to open). Abuse material never sits in clear on disk.
 * - Atomic: written to a temporary file in the same directory, fsynced, renamed, directory fsynced.
 *
 * The interface is deliberately narrow (put, get, delete of whole blobs) so that an S3-compatible
 * implementation can replace the file one for hotlines at scale (DESIGN.md). TODO: that
 * implementation; the file store is enough for a single server and is what the embedded set-up needs.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface BlobStore {
  /** Stores `bytes` (idempotent: the same bytes give the same key and are written once). */
  put(bytes: Uint8Array): Promise<{ key: string }>;
  /** The plaintext; BlobNotFoundError if absent, BlobIntegrityError if the stored blob was altered. */
  get(key: string): Promise<Buffer>;
  /** Removes the blob; removing a missing blob is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored blob with when it was written (for the sweep of blobs no record names). */
  list(): AsyncIterable<{ key: string; writtenAt: Date }>;
}

export class BlobNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`blob ${key} not found`);
    this.name = 'BlobNotFoundError';
  }
}

export class BlobIntegrityError extends Error {
  constructor(readonly key: string) {
    super(`blob ${key} failed its integrity check (altered or corrupted on disk)`);
    this.name = 'BlobIntegrityError';
  }
}

/** File layout: magic (4 bytes) | nonce (12) | ciphertext | GCM tag (16). */
const MAGIC = Buffer.from('VGB1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_PATTERN = /^[0-9a-f]{64}$/;

function checkKey(key: string): void {
  // Keys are our own hex digests; anything else (a path, "..") never reaches the file system.
  if (!KEY_PATTERN.test(key)) throw new Error('invalid blob key');
}

/**
 * A blob store in `dir` (`<dir>/<first 2 hex chars>/<key>`), keyed from the Vigie secret key with
 * labels of its own, so blob keys never collide with the secret box's.
 */
export function createFileBlobStore(dir: string, secretKey: Buffer): BlobStore {
  if (secretKey.length !== 32) throw new Error('the secret key must be 32 bytes');
  const encKey = crypto.createHmac('sha256', secretKey).update('vigie:blob-encryption').digest();
  const nameKey = crypto.createHmac('sha256', secretKey).update('vigie:blob-name').digest();
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), key);

  return {
    async put(bytes) {
      const hmac = crypto.createHmac('sha256', nameKey);
      await updateInSlices(bytes, (slice) => hmac.update(slice));
      const key = hmac.digest('hex');
      const file = fileOf(key);
      if (await exists(file)) return { key };
      const folder = path.dirname(file);
      await fs.mkdir(folder, { recursive: true, mode: 0o700 });
      const nonce = crypto.randomBytes(NONCE_BYTES);
      const cipher = crypto.createCipheriv('aes-256-gcm', encKey, nonce).setAAD(Buffer.from(key));
      const encrypted = await updateInSlices(bytes, (slice) => cipher.update(slice));
      const sealed = Buffer.concat([MAGIC, nonce, ...encrypted, cipher.final(), cipher.getAuthTag()]);
      await writeAtomically(file, sealed);
      return { key };
    },

    async get(key) {
      checkKey(key);
      let sealed: Buffer;
      try {
        sealed = await fs.readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobNotFoundError(key);
        throw error;
      }
      const header = MAGIC.length + NONCE_BYTES;
      if (sealed.length < header + TAG_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
        throw new BlobIntegrityError(key);
      }
      try {
        const decipher = crypto
          .createDecipheriv('aes-256-gcm', encKey, sealed.subarray(MAGIC.length, header))
          .setAAD(Buffer.from(key));
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
        const decrypted = await updateInSlices(sealed.subarray(header, sealed.length - TAG_BYTES), (slice) =>
          decipher.update(slice),
        );
        return Buffer.concat([...decrypted, decipher.final()]);
      } catch {
        throw new BlobIntegrityError(key);
      }
    },

    async delete(key) {
      checkKey(key);
      await fs.rm(fileOf(key), { force: true });
    },

    async *list() {
      const folders = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [] as string[];
        throw error;
      });
      for (const folder of folders) {
        if (!/^[0-9a-f]{2}$/.test(folder)) continue;
        for (const name of await fs.readdir(path.join(dir, folder))) {
          // Temporary files (".<key>.<random>.tmp") are not blobs yet.
          if (!KEY_PATTERN.test(name)) continue;
          const stat = await fs.stat(path.join(dir, folder, name)).catch(() => null);
          if (stat) yield { key: name, writtenAt: stat.mtime };
        }
      }
    },
  };
}

/** Bytes hashed or (de)ciphered between two turns of the event loop: about a millisecond of work. */
const SLICE_BYTES = 1024 * 1024;

/**
 * Feeds `bytes` to a hash or cipher's `update` a slice at a time, letting the event loop run in
 * between (a 50 MB evidence file would otherwise hold the server's thread for a few hundred
 * milliseconds); returns the Buffers `update` gave back (a cipher's output), in order.
 */
async function updateInSlices(bytes: Uint8Array, update: (slice: Uint8Array) => unknown): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) {
    if (offset > 0) await new Promise((resolve) => setImmediate(resolve));
    const result = update(bytes.subarray(offset, offset + SLICE_BYTES));
    if (Buffer.isBuffer(result)) out.push(result);
  }
  return out;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** Temp file in the same directory → fsync → rename → fsync the directory: a blob is whole or absent. */
async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  const folder = await fs.open(path.dirname(file), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}
