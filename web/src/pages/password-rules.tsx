/** The rules a new password must follow, ticked as they are met (first setup and "My account"). */
import { PASSWORD_MIN } from '../api/describe-error.ts';
import type { Messages } from '../i18n/fr.ts';
import { useI18n } from '../i18n/i18n.tsx';

export const PASSWORD_RULES_ID = 'password-rules';

/** What the app can tell before asking the server (length, typed twice); the rest is the server's. */
export function newPasswordProblem(password: string, again: string, t: Messages): string | undefined {
  if (password.length < PASSWORD_MIN) return t.errors.passwordTooShort(PASSWORD_MIN);
  if (password !== again) return t.errors.passwordMismatch;
  return undefined;
}

export function PasswordRules({ password, again }: { password: string; again: string }) {
  const { t } = useI18n();
  const long = password.length >= PASSWORD_MIN;
  const same = password.length > 0 && password === again;
  return (
    <div className="rules" id={PASSWORD_RULES_ID}>
      <p>{t.setup.rulesTitle}</p>
      <ul>
        <li className={long ? 'rule-met' : undefined}>{t.setup.ruleLength(PASSWORD_MIN)}</li>
        <li>{t.setup.ruleNotEmail}</li>
        <li>{t.setup.ruleNotCommon}</li>
        <li className={same ? 'rule-met' : undefined}>{t.setup.ruleMatch}</li>
      </ul>
    </div>
  );
}
