/** The pages for a wrong address and a refused one (the home page is in pages/home/). */
import { useI18n } from '../i18n/i18n.tsx';

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
