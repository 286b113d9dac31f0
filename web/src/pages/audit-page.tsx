/**
 * Admin and auditor: the audit log, newest first, fifty events at a time, narrowed by the filters
 * (kept in the address, so a filtered view can be shared or opened from elsewhere), people and
 * objects by their names, items as links, and the view as CSV.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../api/describe-error.ts';
import { auditApi } from '../api/endpoints.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { AuditFilters } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { QueryStatus } from '../query-status.tsx';
import { ErrorMessage, useFocusHeading } from '../ui.tsx';
import { AuditFiltersForm } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';

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
  const { t } = useI18n();
  const [filters, setFilters] = useState<AuditFilters>(filtersFromAddress);
  const heading = useFocusHeading<HTMLHeadingElement>();
  // Pages of fifty, each asked for the events older than the last one shown.
  const pages = useInfiniteQuery({
    queryKey: queryKeys.auditPages(filters),
    queryFn: ({ pageParam }) => auditApi.list(filters, { limit: PAGE_SIZE, beforeSeq: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => (page.events.length < PAGE_SIZE ? undefined : page.events.at(-1)?.seq),
  });
  // Without the names, people show as the log recorded them.
  const actors = useQuery({ queryKey: queryKeys.auditActors, queryFn: auditApi.actors }).data?.actors ?? [];
  const events = pages.data?.pages.flatMap((page) => page.events);

  const apply = (next: AuditFilters) => {
    setFilters(next);
    keepInAddress(next);
  };
  const filtered = Object.values(filters).some(Boolean);
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
      {events ? null : <QueryStatus query={pages} />}
      {events && events.length === 0 ? <p>{filtered ? t.audit.noMatch : t.audit.empty}</p> : null}
      {events && events.length > 0 ? <AuditTable events={events} actors={actors} /> : null}
      <ErrorMessage>{events && pages.error ? describeError(pages.error, t) : undefined}</ErrorMessage>
      {events && events.length > 0 ? (
        !pages.hasNextPage ? (
          <p className="muted">{t.audit.end}</p>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            disabled={pages.isFetching}
            onClick={() => pages.fetchNextPage()}
          >
            {t.audit.loadMore}
          </button>
        )
      ) : null}
    </section>
  );
}
