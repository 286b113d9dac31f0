/**
 * Choosing a new password (first setup and "My account"): the rules it must follow, ticked as they
 * are met, and the two fields that take it.
 */
import { PASSWORD_MIN } from '../api/describe-error.ts';
import type { Messages } from '../i18n/fr.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui.tsx';

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

type NewPasswordProps = {
  labels: { password: string; again: string };
  password: string;
  again: string;
  onPassword(value: string): void;
  onAgain(value: string): void;
};

/** The rules, then the new password typed twice. */
export function NewPasswordFields({ labels, password, again, onPassword, onAgain }: NewPasswordProps) {
  return (
    <>
      <PasswordRules password={password} again={again} />
      <Field
        label={labels.password}
        type="password"
        name="new-password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        required
        aria-describedby={PASSWORD_RULES_ID}
        value={password}
        onChange={(e) => onPassword(e.target.value)}
      />
      <Field
        label={labels.again}
        type="password"
        name="new-password-again"
        autoComplete="new-password"
        required
        value={again}
        onChange={(e) => onAgain(e.target.value)}
      />
    </>
  );
}
