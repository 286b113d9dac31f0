/** Turns an API error into a sentence for the person, in their language, where the code is known. */
import type { Messages } from '../i18n/fr.ts';
import { ApiError } from './client.ts';
import type { PasswordMin, WeakPasswordReason } from './types.ts';

/** The server's rule, typed as its literal so a change there fails the typecheck here. */
export const PASSWORD_MIN: PasswordMin = 12;

/** Minutes to wait before trying again, from the answer's details or its Retry-After header. */
function retryMinutes(error: ApiError): number | undefined {
  const seconds = error.details.retry_after_seconds;
  if (typeof seconds === 'number') return Math.max(1, Math.ceil(seconds / 60));
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
    const minutes = retryMinutes(error);
    return minutes ? e.tooMany(minutes) : e.tooManyNoTime;
  }
  if (error.status === 403) return e.forbidden;
  // Unknown codes: the server's message is written to be shown.
  return error.message || e.generic;
}

export const isSessionLost = (error: unknown) => error instanceof ApiError && error.status === 401;
