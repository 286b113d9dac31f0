/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 s), through the otpauth library.
 * A code is accepted one step early or late (clock drift), and never twice: the last accepted step is
 * remembered per staff member, so a code seen over a shoulder or in a log cannot be replayed.
 */
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const PERIOD_SECONDS = 30;
export const TOTP_ISSUER = 'Vigie';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The current code for a secret (what an authenticator app shows; used by tests and the demo). */
export function currentTotpCode(secretBase32: string, timestamp = Date.now()): string {
  return totpFor(secretBase32, 'code').generate({ timestamp });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'wrong_code' | 'replayed_code' };

export function checkTotpCode(
  secretBase32: string,
  code: string,
  lastAcceptedStep: number | null,
  timestamp = Date.now(),
): TotpCheck {
  const delta = totpFor(secretBase32, 'code').validate({ token: code, timestamp, window: 1 });
  if (delta === null) return { ok: false, reason: 'wrong_code' };
  const step = Math.floor(timestamp / 1000 / PERIOD_SECONDS) + delta;
  if (lastAcceptedStep !== null && step <= lastAcceptedStep) return { ok: false, reason: 'replayed_code' };
  return { ok: true, step };
}

export async function enrolmentMaterial(
  secretBase32: string,
  email: string,
): Promise<{ secret: string; otpauth_url: string; qr_svg: string }> {
  const url = totpFor(secretBase32, email).toString();
  return {
    secret: secretBase32,
    otpauth_url: url,
    qr_svg: await QRCode.toString(url, { type: 'svg', margin: 2 }),
  };
}
