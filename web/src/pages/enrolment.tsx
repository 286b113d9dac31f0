/**
 * Turning on two-step verification: the server's QR code (an SVG document shown through an <img>
 * data URL, so nothing from the response is ever parsed into this page's DOM), the secret for
 * typing by hand, then a first code to prove the app is set up.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { describeError } from '../api/describe-error.ts';
import { authApi } from '../api/endpoints.ts';
import type { EnrolmentResponse, StaffProfile } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorMessage, Loading, useFocusHeading } from '../ui.tsx';
import { CodeInput, isCode } from './code-input.tsx';

const groupsOfFour = (secret: string) =>
  secret
    .replace(/\s+/g, '')
    .match(/.{1,4}/g)
    ?.join(' ') ?? secret;

export function EnrolmentPage({
  step,
  onSignedIn,
}: {
  step?: string;
  onSignedIn(staff: StaffProfile): void;
}) {
  const { t } = useI18n();
  const [enrolment, setEnrolment] = useState<EnrolmentResponse>();
  const [loadError, setLoadError] = useState<string>();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const heading = useFocusHeading<HTMLHeadingElement>();

  // Loaded once (the server keeps the same secret until enrolment is confirmed); no refetch on a language switch.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    let live = true;
    authApi.enrolment().then(
      (response) => live && setEnrolment(response),
      (err) => live && setLoadError(describeError(err, t)),
    );
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isCode(code)) return setError(t.errors.codeFormat);
    setError(undefined);
    setBusy(true);
    try {
      const { staff } = await authApi.confirmEnrolment(code.trim());
      onSignedIn(staff);
    } catch (err) {
      setError(describeError(err, t));
      setCode('');
      setBusy(false);
    }
  };

  return (
    <>
      {step ? <p className="step">{step}</p> : null}
      <h1 ref={heading} tabIndex={-1}>
        {t.enrol.title}
      </h1>
      <p className="lead">{t.enrol.intro}</p>
      <ErrorMessage>{loadError}</ErrorMessage>
      {!enrolment && !loadError ? <Loading /> : null}
      {enrolment ? (
        <>
          <div className="enrol-grid">
            <div>
              <p>{t.enrol.scan}</p>
              <img
                className="qr"
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qr_svg)}`}
                alt={t.enrol.qrAlt}
                width={192}
                height={192}
              />
            </div>
            <div>
              <p>{t.enrol.manual}</p>
              <code className="secret" id="totp-secret">
                {groupsOfFour(enrolment.secret)}
              </code>
            </div>
          </div>
          <form onSubmit={submit} noValidate>
            <p>{t.enrol.confirm}</p>
            <CodeInput label={t.enrol.code} value={code} onChange={setCode} />
            <ErrorMessage>{error}</ErrorMessage>
            <button type="submit" className="button" disabled={busy}>
              {t.enrol.submit}
            </button>
          </form>
        </>
      ) : null}
    </>
  );
}
