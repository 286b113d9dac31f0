/**
 * Tracking codes (VG-7K3M-9QX2) and reporter secrets. Both use an alphabet without look-alike
 * characters (no 0/O, 1/I/L, U), so a code read over the phone or copied by hand survives.
 */
import crypto from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const TRACKING_CODE_PATTERN = /^VG-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

function randomChars(count: number): string {
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 30).
  let out = '';
  while (out.length < count) {
    for (const byte of crypto.randomBytes(count * 2)) {
      if (byte < 240 && out.length < count) out += ALPHABET[byte % 30];
    }
  }
  return out;
}

const groups = (value: string) => value.match(/.{1,4}/g)?.join('-') ?? value;

export const newTrackingCode = () => `VG-${groups(randomChars(8))}`;

const SECRET_LENGTH = 24;

/** 24 characters of a 30-letter alphabet: about 117 bits, far beyond guessing. */
export const newReporterSecret = () => groups(randomChars(SECRET_LENGTH));

/**
 * A secret in the same alphabet and shape, derived from at least 32 unpredictable bytes (an HMAC):
 * the bytes read as one number written in base 30. 2^256 is so much larger than 30^24 that every
 * secret stays equally likely to within 2^-138.
 */
export function reporterSecretFrom(seed: Buffer): string {
  if (seed.length < 32) throw new Error('a reporter secret needs at least 32 bytes of seed');
  let value = BigInt(`0x${seed.toString('hex')}`);
  let out = '';
  for (let i = 0; i < SECRET_LENGTH; i++) {
    out += ALPHABET[Number(value % 30n)];
    value /= 30n;
  }
  return groups(out);
}

/** Accepts what people type (lower case, spaces, missing dashes) and returns the canonical code, or null. */
export function parseTrackingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  const withoutPrefix = compact.startsWith('VG') ? compact.slice(2) : compact;
  if (withoutPrefix.length !== 8) return null;
  const code = `VG-${groups(withoutPrefix)}`;
  return TRACKING_CODE_PATTERN.test(code) ? code : null;
}

/** The secret as stored for comparison: upper case, no separators. */
export const normaliseSecret = (input: string) => input.toUpperCase().replace(/[\s-]/g, '');
