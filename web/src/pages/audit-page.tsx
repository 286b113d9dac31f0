/** Admin and auditor: the audit log, newest first, fifty events at a time. */
import { useCallback, useEffect, useState } from 'react';
import { describeError, isSessionLost } from '../api/describe-error.ts';
import { auditApi } from '../api/endpoints.ts';
import type { AuditEvent } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session.tsx';
import { ErrorMessage, Loading, TableScroll, useFocusHeading } from '../ui.tsx';
import { detailLines } from './audit-format.ts';

const PAGE_SIZE = 50;

export function AuditPage() {
  const { t, formatDateTimeSeconds } = useI18n();
  const { sessionLost } = useSignedIn();
  const [events, setEvents] = useState<AuditEvent[]>();
  const [complete, setComplete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const heading = useFocusHeading<HTMLHeadingElement>();

  const loadPage = useCallback(
    async (beforeSeq?: number) => {
      setBusy(true);
      setError(undefined);
      try {
        const page = await auditApi.list({ limit: PAGE_SIZE, beforeSeq });
        setEvents((previous) => [...(beforeSeq === undefined ? [] : (previous ?? [])), ...page.events]);
        setComplete(page.events.length < PAGE_SIZE);
      } catch (err) {
        if (isSessionLost(err)) return sessionLost();
        setError(describeError(err, t));
      } finally {
        setBusy(false);
      }
    },
    [sessionLost, t],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once; a language switch must not refetch
  useEffect(() => {
    void loadPage();
  }, []);

  const oldest = events?.at(-1)?.seq;
  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {t.audit.title}
      </h1>
      <p className="lead">{t.audit.intro}</p>
      {!events && !error ? <Loading /> : null}
      {events && events.length === 0 ? <p>{t.audit.empty}</p> : null}
      {events && events.length > 0 ? (
        <TableScroll label={t.audit.title}>
          <table className="data-table audit-table">
            <thead>
              <tr>
                <th scope="col">{t.audit.seq}</th>
                <th scope="col">{t.audit.at}</th>
                <th scope="col">{t.audit.actor}</th>
                <th scope="col">{t.audit.action}</th>
                <th scope="col">{t.audit.target}</th>
                <th scope="col">{t.audit.details}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.seq}>
                  <td data-label={t.audit.seq} className="num">
                    {event.seq}
                  </td>
                  <td data-label={t.audit.at}>
                    <time dateTime={event.at}>{formatDateTimeSeconds(event.at)}</time>
                  </td>
                  <td data-label={t.audit.actor}>{event.actor_label}</td>
                  <td data-label={t.audit.action}>
                    {t.auditActions[event.action] ? (
                      <span className="action-label">{t.auditActions[event.action]}</span>
                    ) : null}
                    <code className="action-code">{event.action}</code>
                  </td>
                  <td data-label={t.audit.target}>
                    {event.target_type ? (
                      <>
                        {event.target_type}
                        {event.target_id ? (
                          <span className="mono muted target-id">{event.target_id}</span>
                        ) : null}
                      </>
                    ) : null}
                  </td>
                  <td data-label={t.audit.details} className="details">
                    {detailLines(event.details).map((line) => (
                      <span key={line} className="detail-line">
                        {line}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <ErrorMessage>{error}</ErrorMessage>
      {events && events.length > 0 ? (
        complete ? (
          <p className="muted">{t.audit.end}</p>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => loadPage(oldest)}
          >
            {t.audit.loadMore}
          </button>
        )
      ) : null}
    </section>
  );
}
