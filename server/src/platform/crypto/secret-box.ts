/**
 * Encryption at rest for the few personal fields Vigie keeps (a reporter's contact e-mail, staff
 * TOTP secrets): AES-256-GCM with a random nonce, stored as "v1.<nonce>.<ciphertext+tag>" in base64url.
 * The key comes from VIGIE_SECRET_KEY, or from a key file created in the data directory.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { keepFilePrivate, type LogLine, makePrivateFolder } from '../db/private-folder.ts';

export type SecretBox = {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** A keyed hash (HMAC-SHA-256), for lookups that must not reveal the value. */
  keyedHash(value: string): string;
};

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the secret key must be 32 bytes');
  const encKey = crypto.createHmac('sha256', key).update('vigie:encryption').digest();
  const macKey = crypto.createHmac('sha256', key).update('vigie:keyed-hash').digest();
  return {
    seal(plaintext) {
      const nonce = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', encKey, nonce);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `v1.${nonce.toString('base64url')}.${body.toString('base64url')}`;
    },
    open(sealed) {
      const [version, nonce, body] = sealed.split('.');
      if (version !== 'v1' || !nonce || !body) throw new Error('unknown sealed value format');
      const bytes = Buffer.from(body, 'base64url');
      const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, Buffer.from(nonce, 'base64url'));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      return Buffer.concat([
        decipher.update(bytes.subarray(0, bytes.length - 16)),
        decipher.final(),
      ]).toString('utf8');
    },
    keyedHash(value) {
      return crypto.createHmac('sha256', macKey).update(value).digest('base64url');
    },
  };
}

/**
 * The configured key, or the one kept in `<dataDir>/secret.key` (created on first start, mode 0600).
 * Losing it makes stored contact e-mails and TOTP secrets unreadable: back it up with the data.
 */
export function resolveSecretKey(configured: string | undefined, dataDir: string, log?: LogLine): Buffer {
  const file = path.join(dataDir, 'secret.key');
  if (!configured && fs.existsSync(file)) keepFilePrivate(file, log);
  const existing = readSecretKey(configured, dataDir);
  if (existing) return existing;
  makePrivateFolder(dataDir, log);
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

/** The configured key or the key file's, without creating one (for commands that only check). */
export function readSecretKey(configured: string | undefined, dataDir: string): Buffer | undefined {
  if (configured) return Buffer.from(configured, 'base64');
  const file = path.join(dataDir, 'secret.key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  return undefined;
}

export const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

/** Compares two strings in constant time (for secrets and tokens). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
