/** Turns an API error into a sentence for the person, in their language, where the code is known. */
import type { Messages } from '../i18n/fr.ts';
import { ApiError } from './client.ts';
import type { PasswordMin, WeakPasswordReason } from './types.ts';

/** The server's rule, typed as its literal so a change there fails the typecheck here. */
export const PASSWORD_MIN: PasswordMin = 12;

function minutesUntil(iso: unknown): number | undefined {
  if (typeof iso !== 'string') return undefined;
  const ms = Date.parse(iso) - Date.now();
  return Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 60_000) : undefined;
}

function lockMinutes(error: ApiError): number | undefined {
  const d = error.details;
  if (typeof d.minutes_remaining === 'number') return Math.max(1, Math.ceil(d.minutes_remaining));
  if (typeof d.minutes === 'number') return Math.max(1, Math.ceil(d.minutes));
  if (typeof d.retry_after_seconds === 'number') return Math.max(1, Math.ceil(d.retry_after_seconds / 60));
  const until = minutesUntil(d.retry_at);
  if (until !== undefined) return until;
  return error.retryAfterSeconds ? Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) : undefined;
}

export function describeError(error: unknown, t: Messages): string {
  if (!(error instanceof ApiError)) return t.errors.generic;
  const e = t.errors;
  switch (error.code) {
    case 'auth.invalid_credentials':
      return e.invalidCredentials;
    case 'auth.sign_in_delayed': {
      const seconds = error.details.retry_after_seconds;
      return typeof seconds === 'number' ? e.signInDelayed(Math.ceil(seconds)) : e.signInDelayedNoTime;
    }
    case 'auth.password_too_guessable': {
      // The messages are typed by the server's list of reasons; an unknown one gets the general text.
      const reason = String(error.details.reason);
      const known = Object.hasOwn(e.passwordTooGuessable, reason);
      return `${e.passwordTooGuessable[known ? (reason as WeakPasswordReason) : 'guessable']} ${e.passwordAdvice}`;
    }
    case 'auth.wrong_password':
      return e.wrongPassword;
    case 'auth.password_unchanged':
      return e.passwordUnchanged;
    case 'auth.invalid_code':
      return e.invalidCode;
    case 'auth.setup_token_invalid':
      return e.setupLinkInvalid;
    case 'auth.password_policy':
      return e.passwordPolicy(PASSWORD_MIN);
    case 'auth.wrong_stage':
      return e.wrongStage;
    case 'auth.no_session':
      return e.sessionExpired;
    case 'auth.forbidden':
      return e.forbidden;
    case 'staff.email_taken':
      return e.emailTaken;
    case 'staff.last_admin':
      return e.lastAdmin;
    case 'staff.self_lockout':
      return e.selfLockout;
    case 'network.unreachable':
      return e.network;
  }
  if (error.status === 429) {
    const minutes = lockMinutes(error);
    return minutes ? e.tooMany(minutes) : e.tooManyNoTime;
  }
  if (error.status === 403) return e.forbidden;
  // Unknown codes: the server's message is written to be shown.
  return error.message || e.generic;
}

export const isSessionLost = (error: unknown) => error instanceof ApiError && error.status === 401;
