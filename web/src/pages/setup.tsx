/** First-time setup from the one-time link (/app/setup?token=…): choose a password, then enrol. */
import { type FormEvent, useState } from 'react';
import { describeError } from '../api/describe-error.ts';
import { authApi } from '../api/endpoints.ts';
import type { StaffProfile } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorMessage, useFocusHeading } from '../ui.tsx';
import { EnrolmentPage } from './enrolment.tsx';
import { NewPasswordFields, newPasswordProblem } from './password-rules.tsx';

type Props = { token: string | null; enrolling: boolean; onSignedIn(staff: StaffProfile): void };

export function SetupPage({ token, enrolling, onSignedIn }: Props) {
  const { t } = useI18n();
  // Two steps: the password, then the authenticator app.
  const [passwordChosen, setPasswordChosen] = useState(enrolling);
  if (passwordChosen) return <EnrolmentPage step={t.setup.step(2, 2)} onSignedIn={onSignedIn} />;
  if (!token) return <ErrorMessage>{t.setup.missingToken}</ErrorMessage>;
  return <PasswordStep token={token} onDone={() => setPasswordChosen(true)} />;
}

function PasswordStep({ token, onDone }: { token: string; onDone(): void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const heading = useFocusHeading<HTMLHeadingElement>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = newPasswordProblem(password, again, t);
    if (problem) return setError(problem);
    setError(undefined);
    setBusy(true);
    try {
      await authApi.setup({ token, password });
      // The link is spent: keep it out of the history and of anything that reads the address bar.
      window.history.replaceState(null, '', '/app/setup');
      onDone();
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  };

  return (
    <>
      <p className="step">{t.setup.step(1, 2)}</p>
      <h1 ref={heading} tabIndex={-1}>
        {t.setup.title}
      </h1>
      <p className="lead">{t.setup.intro}</p>
      <form onSubmit={submit} noValidate>
        <NewPasswordFields
          labels={{ password: t.setup.password, again: t.setup.passwordAgain }}
          password={password}
          again={again}
          onPassword={setPassword}
          onAgain={setAgain}
        />
        <ErrorMessage>{error}</ErrorMessage>
        <button type="submit" className="button" disabled={busy}>
          {t.setup.submit}
        </button>
      </form>
    </>
  );
}
