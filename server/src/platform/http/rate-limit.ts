/**
 * Per-client rate limiting that stores no address: the key is an HMAC of the address under a
 * random key that lives only in this process's memory and is replaced every window, so the
 * counters cannot be linked back to anyone, not even from a memory dump taken later.
 */
import crypto from 'node:crypto';

export type RateLimiter = {
  /** Counts one attempt for this client; returns false when the client is over the limit. */
  take(clientAddress: string): boolean;
};

export function createRateLimiter(limit: number, windowMs: number, now = () => Date.now()): RateLimiter {
  if (limit === 0) return { take: () => true };
  let key = crypto.randomBytes(32);
  let windowStart = now();
  let counts = new Map<string, number>();
  return {
    take(clientAddress) {
      if (now() - windowStart >= windowMs) {
        key = crypto.randomBytes(32);
        windowStart = now();
        counts = new Map();
      }
      const id = crypto.createHmac('sha256', key).update(clientAddress).digest('base64url');
      const count = (counts.get(id) ?? 0) + 1;
      counts.set(id, count);
      return count <= limit;
    },
  };
}
