/**
 * Admin and auditor: the audit log, newest first, fifty events at a time, narrowed by the filters
 * (kept in the address, so a filtered view can be shared or opened from elsewhere), people and
 * objects by their names, items as links, and the view as CSV.
 */
import { useCallback, useEffect, useState } from 'react';
import { describeError, isSessionLost } from '../api/describe-error.ts';
import { auditApi } from '../api/endpoints.ts';
import type { AuditEvent, AuditFilters } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { followLink } from '../router.ts';
import { useSignedIn } from '../session.tsx';
import { ErrorMessage, Loading, TableScroll, useFocusHeading } from '../ui.tsx';
import { type Actor, AuditFiltersForm } from './audit-filters.tsx';
import { detailLines } from './audit-format.ts';

const PAGE_SIZE = 50;
const FILTER_KEYS = ['actor', 'action', 'target_type', 'target_id', 'from', 'to'] as const;

const filtersFromAddress = (): AuditFilters =>
  Object.fromEntries(
    FILTER_KEYS.flatMap((key) => {
      const value = new URLSearchParams(window.location.search).get(key);
      return value ? [[key, value]] : [];
    }),
  );

function keepInAddress(filters: AuditFilters) {
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => !!e[1]));
  window.history.replaceState(null, '', `${window.location.pathname}${query.size ? `?${query}` : ''}`);
}

export function AuditPage() {
  const { t, formatDateTimeSeconds } = useI18n();
  const { sessionLost } = useSignedIn();
  const [events, setEvents] = useState<AuditEvent[]>();
  const [complete, setComplete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [filters, setFilters] = useState<AuditFilters>(filtersFromAddress);
  const [actors, setActors] = useState<Actor[]>([]);
  const heading = useFocusHeading<HTMLHeadingElement>();

  const loadPage = useCallback(
    async (current: AuditFilters, beforeSeq?: number) => {
      setBusy(true);
      setError(undefined);
      try {
        const page = await auditApi.list(current, { limit: PAGE_SIZE, beforeSeq });
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
    void loadPage(filters);
    auditApi.actors().then(
      (r) => setActors(r.actors),
      () => setActors([]),
    );
  }, []);

  const apply = (next: AuditFilters) => {
    setFilters(next);
    keepInAddress(next);
    setEvents(undefined);
    void loadPage(next);
  };
  const nameOf = (event: AuditEvent) =>
    actors.find((a) => a.staff_id === event.actor_staff_id)?.label ?? event.actor_label;
  const filtered = Object.values(filters).some(Boolean);

  const oldest = events?.at(-1)?.seq;
  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {t.audit.title}
      </h1>
      <p className="lead">{t.audit.intro}</p>
      <AuditFiltersForm key={JSON.stringify(filters)} value={filters} actors={actors} onApply={apply} />
      <p>
        <a className="button button-secondary button-small" href={auditApi.exportUrl(filters)} download>
          {t.audit.exportCsv}
        </a>
      </p>
      {!events && !error ? <Loading /> : null}
      {events && events.length === 0 ? <p>{filtered ? t.audit.noMatch : t.audit.empty}</p> : null}
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
                  <td data-label={t.audit.actor}>
                    {nameOf(event)}
                    {nameOf(event) !== event.actor_label ? (
                      <span className="muted target-id">{event.actor_label}</span>
                    ) : null}
                  </td>
                  <td data-label={t.audit.action}>
                    {t.auditActions[event.action] ? (
                      <span className="action-label">{t.auditActions[event.action]}</span>
                    ) : null}
                    <code className="action-code">{event.action}</code>
                  </td>
                  <td data-label={t.audit.target}>
                    {event.target_type ? <TargetCell event={event} /> : null}
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
            onClick={() => loadPage(filters, oldest)}
          >
            {t.audit.loadMore}
          </button>
        )
      ) : null}
    </section>
  );
}

/** The object an event is about: its kind, its current name (an item as a link to its page), its id. */
function TargetCell({ event }: { event: AuditEvent }) {
  const { t } = useI18n();
  const kind = t.audit.objectTypes[event.target_type ?? ''] ?? event.target_type;
  const isItem = event.target_type === 'item' && event.target_id;
  return (
    <>
      <span className="target-kind">{kind}</span>
      {event.target_label ? (
        isItem ? (
          <a
            href={`/app/items/${event.target_id}`}
            onClick={followLink(`/items/${event.target_id}`)}
            className="target-label"
            title={t.audit.openItem}
          >
            {event.target_label}
          </a>
        ) : (
          <span className="target-label">{event.target_label}</span>
        )
      ) : null}
      {event.target_id ? <span className="mono muted target-id">{event.target_id}</span> : null}
    </>
  );
}
