/**
 * Sub-keys derived from the one secret key, one label per use, so a key that leaks from one use
 * (a checkpoint signature, say) says nothing about another. HKDF-SHA-256 (RFC 5869) with an empty
 * salt: the secret key is already uniformly random, the label is HKDF's "info".
 */
import crypto from 'node:crypto';

export function deriveKey(secretKey: Buffer, label: string): Buffer {
  if (secretKey.length !== 32) throw new Error('the secret key must be 32 bytes');
  return Buffer.from(crypto.hkdfSync('sha256', secretKey, Buffer.alloc(0), label, 32));
}

/** HMAC-SHA-256 of `value` under `key`, in hex. */
export const hmacSha256 = (key: Buffer, value: string) =>
  crypto.createHmac('sha256', key).update(value).digest('hex');
