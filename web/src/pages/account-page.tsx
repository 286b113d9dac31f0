/**
 * "My account": who I am, and changing my password (the current one, then the new one twice). The
 * server checks the current password, refuses passwords too easy to guess, and ends my other sessions.
 */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeError, isSessionLost } from '../api/describe-error.ts';
import { authApi } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session.tsx';
import { ErrorMessage, Field, StatusMessage, useFocusHeading } from '../ui.tsx';
import { NewPasswordFields, newPasswordProblem } from './password-rules.tsx';

export function AccountPage() {
  const { t } = useI18n();
  const { staff } = useSignedIn();
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {t.account.title}
      </h1>
      <dl className="facts">
        <dt>{t.staff.name}</dt>
        <dd>{staff.display_name}</dd>
        <dt>{t.staff.email}</dt>
        <dd>{staff.email}</dd>
        <dt>{t.staff.role}</dt>
        <dd>{t.roles[staff.role]}</dd>
      </dl>
      <PasswordChangeForm />
    </section>
  );
}

function PasswordChangeForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const change = useMutation({
    mutationFn: authApi.changePassword,
    onSuccess: () => {
      setCurrent('');
      setPassword('');
      setAgain('');
      setSaved(true);
    },
    onError: (err) => isSessionLost(err) || setError(describeError(err, t)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const problem = current ? newPasswordProblem(password, again, t) : t.account.currentMissing;
    if (problem) return setError(problem);
    setError(undefined);
    change.mutate({ current_password: current, new_password: password });
  };

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t.account.passwordTitle}</h2>
      <p>{t.account.passwordIntro}</p>
      <Field
        label={t.account.current}
        type="password"
        name="current-password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <NewPasswordFields
        labels={{ password: t.account.newPassword, again: t.account.passwordAgain }}
        password={password}
        again={again}
        onPassword={setPassword}
        onAgain={setAgain}
      />
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{saved ? t.account.saved : null}</StatusMessage>
      <button type="submit" className="button" disabled={change.isPending}>
        {t.account.submit}
      </button>
    </form>
  );
}
