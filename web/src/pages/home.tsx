/** Home after sign-in: a welcome; the analyst workspace is the next piece of work (no fake data). */
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session.tsx';
import { useFocusHeading } from '../ui.tsx';

export function HomePage() {
  const { t } = useI18n();
  const { staff } = useSignedIn();
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {t.home.title(staff.display_name)}
      </h1>
      <p className="lead">{t.home.body}</p>
      {staff.role === 'admin' ? <p>{t.home.admin}</p> : null}
      {staff.role === 'auditor' ? <p>{t.home.auditor}</p> : null}
    </section>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <a href="/app/">{t.notFound.back}</a>
      </p>
    </section>
  );
}

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <p className="message message-error">{t.errors.forbidden}</p>
    </section>
  );
}
