/**
 * One-time form tokens: each view of the public report form carries a fresh random token, signed
 * with the server's key so a client cannot pick a weak one. Posting the same form twice (a reload
 * of the receipt, a double click without JavaScript, a retry after a dropped connection) must give
 * the same receipt and make one report, so the receipt's secret is not drawn at random but derived
 * from the token and what was typed, and only a keyed hash of both is stored with the report.
 *
 * What was typed is part of the key on purpose: a reporter who goes Back, changes an address and
 * sends again has made a new report, which must not be swallowed by the first one's receipt.
 * The token is random per page view and no cookie goes with it: it tells nothing about who sent it.
 */
import crypto from 'node:crypto';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import type { NewReport } from './intake.schemas.ts';
import { reporterSecretFrom } from './tracking-code.ts';

const NONCE_BYTES = 16;
const PART = /^[A-Za-z0-9_-]{22}$/;

const signature = (box: SecretBox, nonce: string) => box.keyedHash(`vigie:form-token:${nonce}`).slice(0, 22);

/** A fresh token for one view of the form: `<random>.<signature>`, 45 URL-safe characters. */
export function issueFormToken(box: SecretBox): string {
  const nonce = crypto.randomBytes(NONCE_BYTES).toString('base64url');
  return `${nonce}.${signature(box, nonce)}`;
}

/** Whether this server issued the token (any other value is refused, never trusted). */
export function isFormToken(box: SecretBox, token: string): boolean {
  const [nonce = '', mac = '', ...rest] = token.split('.');
  if (rest.length > 0 || !PART.test(nonce) || !PART.test(mac)) return false;
  const expected = Buffer.from(signature(box, nonce));
  const offered = Buffer.from(mac);
  return crypto.timingSafeEqual(expected, offered);
}

/**
 * The hash stored with the report and the secret shown on its receipt, both from the token and the
 * report as validated (so the same addresses typed with other spacing are the same report). The
 * page language is left out: a receipt reloaded in the other language is still the same report.
 */
export function formSubmissionKeys(
  box: SecretBox,
  token: string,
  report: NewReport,
): { tokenHash: string; secret: string } {
  const typed = JSON.stringify([
    token,
    report.category,
    [...new Set(report.urls)],
    report.description ?? '',
    report.contact_email ?? '',
  ]);
  return {
    tokenHash: box.keyedHash(`vigie:form-submission:${typed}`),
    secret: reporterSecretFrom(Buffer.from(box.keyedHash(`vigie:form-secret:${typed}`), 'base64url')),
  };
}
