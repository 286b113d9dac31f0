/**
 * Known browsers (OWASP's "device cookies" against lockout abuse). After a full sign-in the browser
 * keeps a token bound to the e-mail address; sign-in attempts that carry it count against the
 * browser's own throttle key, so a stranger's failures on the address — which delay every other
 * browser — never delay the owner's usual one. The token is signed (HMAC), not stored, and grants
 * nothing else: the password and the code are still asked.
 */
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type SecretBox, safeEqual } from '../crypto/secret-box.ts';

export const DEVICE_COOKIE = 'vigie_device';
export const DEVICE_TOKEN_DAYS = 180;
const DAY_SECONDS = 86_400;

const signatureOf = (secretBox: SecretBox, email: string, nonce: string, issued: number) =>
  secretBox.keyedHash(`vigie:known-device\n${email}\n${nonce}\n${issued}`);

/** A new token for a browser that has just signed in fully to `email`. */
export function issueDeviceToken(secretBox: SecretBox, email: string, now = Date.now()): string {
  const nonce = crypto.randomBytes(16).toString('base64url');
  const issued = Math.floor(now / 1000);
  return `v1.${nonce}.${issued}.${signatureOf(secretBox, email, nonce, issued)}`;
}

/** The browser's own throttle key when `token` is a valid, unexpired token for `email`; else undefined. */
export function deviceKeyOf(
  secretBox: SecretBox,
  email: string,
  token: string | undefined,
  now = Date.now(),
): string | undefined {
  if (!token || token.length > 200) return undefined;
  const [version, nonce, issuedText, signature, ...rest] = token.split('.');
  if (version !== 'v1' || !nonce || !issuedText || !signature || rest.length > 0) return undefined;
  const issued = Number(issuedText);
  const age = now / 1000 - issued;
  if (!Number.isInteger(issued) || age < -60 || age > DEVICE_TOKEN_DAYS * DAY_SECONDS) return undefined;
  if (!safeEqual(signature, signatureOf(secretBox, email, nonce, issued))) return undefined;
  return secretBox.keyedHash(`vigie:sign-in-device\n${email}\n${nonce}`);
}

export function deviceTokenOf(request: FastifyRequest): string | undefined {
  return request.cookies[DEVICE_COOKIE];
}

/** Sent only to the sign-in API (path /api/auth), never readable by scripts. */
export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/api/auth',
    secure: request.protocol === 'https',
    maxAge: DEVICE_TOKEN_DAYS * DAY_SECONDS,
  });
}
