/** Sign-in: e-mail and password, then the 6-digit code from the authenticator app. */
import { type FormEvent, useState } from 'react';
import { describeError } from '../api/describe-error.ts';
import { authApi } from '../api/endpoints.ts';
import type { StaffProfile } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorMessage, Field, useFocusHeading } from '../ui.tsx';
import { CodeInput, isCode } from './code-input.tsx';

type Props = {
  /** The password was already accepted in this session (page reloaded on the code step). */
  startAtCode: boolean;
  notice?: string;
  onEnrol(): void;
  onSignedIn(staff: StaffProfile): void;
};

export function SignInPage({ startAtCode, notice, onEnrol, onSignedIn }: Props) {
  const [step, setStep] = useState<'credentials' | 'code'>(startAtCode ? 'code' : 'credentials');
  return step === 'credentials' ? (
    <CredentialsStep notice={notice} onCode={() => setStep('code')} onEnrol={onEnrol} />
  ) : (
    <CodeStep onSignedIn={onSignedIn} onRestart={() => setStep('credentials')} />
  );
}

function CredentialsStep({ notice, onCode, onEnrol }: { notice?: string; onCode(): void; onEnrol(): void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const heading = useFocusHeading<HTMLHeadingElement>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      const { stage } = await authApi.login({ email: email.trim(), password });
      if (stage === 'enrol') onEnrol();
      else onCode();
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.signIn.title}
      </h1>
      <p className="lead">{t.signIn.intro}</p>
      {notice ? <p className="message message-info">{notice}</p> : null}
      <form onSubmit={submit} noValidate>
        <Field
          label={t.signIn.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Field
          label={t.signIn.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ErrorMessage>{error}</ErrorMessage>
        <button type="submit" className="button" disabled={busy || !email || !password}>
          {t.signIn.submit}
        </button>
      </form>
    </>
  );
}

function CodeStep({ onSignedIn, onRestart }: { onSignedIn(staff: StaffProfile): void; onRestart(): void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const heading = useFocusHeading<HTMLHeadingElement>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isCode(code)) return setError(t.errors.codeFormat);
    setError(undefined);
    setBusy(true);
    try {
      const { staff } = await authApi.totp(code.trim());
      onSignedIn(staff);
    } catch (err) {
      setError(describeError(err, t));
      setCode('');
      setBusy(false);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.signIn.codeTitle}
      </h1>
      <p className="lead">{t.signIn.codeIntro}</p>
      <form onSubmit={submit} noValidate>
        <CodeInput label={t.signIn.code} value={code} onChange={setCode} />
        <ErrorMessage>{error}</ErrorMessage>
        <button type="submit" className="button" disabled={busy}>
          {t.signIn.codeSubmit}
        </button>
      </form>
      <p className="aside">
        <button type="button" className="link-button" onClick={onRestart}>
          {t.signIn.restart}
        </button>
      </p>
    </>
  );
}
