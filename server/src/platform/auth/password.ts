/**
 * Staff passwords: argon2id hashing, the password policy (rules here, guessability in
 * password-strength.ts), and a dummy hash so that a sign-in with an unknown e-mail costs the same time
 * as one with a wrong password (no account enumeration by timing).
 * The memory cost is configurable (VIGIE_ARGON2_MEMORY_KIB) so tests stay fast while still argon2id.
 */
import crypto from 'node:crypto';
import argon2 from 'argon2';
import { badRequest } from '../errors.ts';
import { PASSWORD_MAX, PASSWORD_MIN } from './auth.schemas.ts';
import { checkPasswordStrength } from './password-strength.ts';

const DEFAULT_MEMORY_KIB = 65_536;

function hashOptions(): { type: typeof argon2.argon2id; memoryCost: number } {
  const raw = process.env.VIGIE_ARGON2_MEMORY_KIB;
  const memoryCost = raw === undefined || raw === '' ? DEFAULT_MEMORY_KIB : Number(raw);
  // argon2 needs at least 8 KiB per lane (4 lanes by default).
  if (!Number.isInteger(memoryCost) || memoryCost < 64 || memoryCost > 4_194_304) {
    throw new Error('invalid configuration: VIGIE_ARGON2_MEMORY_KIB: must be an integer from 64 to 4194304');
  }
  return { type: argon2.argon2id, memoryCost };
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, hashOptions());
}

const dummyHashes = new Map<number, Promise<string>>();

/** Verifies against the stored hash, or against a dummy one when there is none (same cost, always false). */
export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (storedHash) {
    try {
      return await argon2.verify(storedHash, password);
    } catch {
      return false;
    }
  }
  const options = hashOptions();
  let dummy = dummyHashes.get(options.memoryCost);
  if (!dummy) {
    dummy = argon2.hash(crypto.randomBytes(32).toString('base64'), options);
    dummyHashes.set(options.memoryCost, dummy);
  }
  await argon2.verify(await dummy, password).catch(() => false);
  return false;
}

/** Length bounds (also in the request schema, for direct callers) and "not your e-mail address". */
export function checkPasswordRules(password: string, email: string): void {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    throw badRequest(
      'auth.password_policy',
      `A password needs ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`,
    );
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    throw badRequest('auth.password_policy', 'The password must not be your e-mail address.');
  }
}

/** Everything a password a person chooses must pass: the rules, then "not easy to guess". */
export async function checkPasswordPolicy(
  password: string,
  person: { email: string; displayName?: string },
): Promise<void> {
  checkPasswordRules(password, person.email);
  await checkPasswordStrength(password, person);
}
