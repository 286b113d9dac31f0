/**
 * Turning on two-step verification: the server's QR code (an SVG document shown through an <img>
 * data URL, so nothing from the response is ever parsed into this page's DOM), the secret for
 * typing by hand, then a first code to prove the app is set up.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeError } from '../api/describe-error.ts';
import { authApi } from '../api/endpoints.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { StaffProfile } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { QueryStatus } from '../query-status.tsx';
import { ErrorMessage, useFocusHeading } from '../ui.tsx';
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
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const heading = useFocusHeading<HTMLHeadingElement>();
  // The server keeps the same secret until enrolment is confirmed.
  const query = useQuery({ queryKey: queryKeys.enrolment, queryFn: authApi.enrolment });
  const enrolment = query.data;
  const confirm = useMutation({
    mutationFn: (code: string) => authApi.confirmEnrolment(code),
    onSuccess: ({ staff }) => onSignedIn(staff),
    onError: (err) => {
      setError(describeError(err, t));
      setCode('');
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isCode(code)) return setError(t.errors.codeFormat);
    setError(undefined);
    confirm.mutate(code.trim());
  };

  return (
    <>
      {step ? <p className="step">{step}</p> : null}
      <h1 ref={heading} tabIndex={-1}>
        {t.enrol.title}
      </h1>
      <p className="lead">{t.enrol.intro}</p>
      <QueryStatus query={query} />
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
            <button type="submit" className="button" disabled={confirm.isPending || confirm.isSuccess}>
              {t.enrol.submit}
            </button>
          </form>
        </>
      ) : null}
    </>
  );
}
