/**
 * The removal monitoring screen: how many items are watched, paused, removed and overdue; time to
 * removal for all (median, share removed within 24 h, 72 h, 7 days, still online) with its
 * definitions in one sentence; the overdue items, longest online first, each linking to its item;
 * then by host (worst offenders first) and by country. "Overdue after" (24 h, 72 h, 7 days) is kept
 * in the address, so a reload or a shared link shows the same cut. The figures are the server's
 * (monitoring-overview.ts); nothing is recomputed here.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { monitoringApi } from '../../api/monitoring-endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { SelectField, TableScroll, useFocusHeading } from '../../ui.tsx';
import { workspaceError } from '../workspace/workspace-shared.ts';
import { MonitoringFigures } from './monitoring-figures.tsx';
import { OverdueTable, TimesTable } from './monitoring-tables.tsx';

const LIMIT = 100;
const DEFAULT_AFTER = 72;

function afterFromAddress(allowed: number[]): number {
  const asked = Number(new URLSearchParams(window.location.search).get('overdue_after'));
  return allowed.includes(asked) ? asked : DEFAULT_AFTER;
}

export function MonitoringPage() {
  const { t, language, formatDateTime } = useI18n();
  const s = t.monitoring.screen;
  const heading = useFocusHeading<HTMLHeadingElement>();
  const allowed = s.overdueOptions.map((o) => o.hours);
  const [after, setAfter] = useState(() => afterFromAddress(allowed));
  const query = useQuery({
    queryKey: queryKeys.monitoringOverview(after),
    queryFn: () => monitoringApi.overview(after, LIMIT),
    placeholderData: keepPreviousData,
  });
  const overview = query.data;
  const percent = useMemo(
    () => new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent' }),
    [language],
  );

  const choose = (value: string) => {
    const hours = Number(value);
    setAfter(hours);
    const query = new URLSearchParams(window.location.search);
    query.set('overdue_after', String(hours));
    window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
  };

  const afterLabel = s.overdueOptions.find((o) => o.hours === after)?.label ?? `${after} h`;

  return (
    <section className="page monitoring-page" aria-busy={query.isFetching}>
      <h1 ref={heading} tabIndex={-1}>
        {s.title}
      </h1>
      <p className="lead">{s.intro}</p>
      <div className="monitoring-controls">
        <SelectField
          label={s.overdueAfter}
          value={String(after)}
          options={s.overdueOptions.map((o) => ({ value: String(o.hours), label: o.label }))}
          onChange={choose}
        />
        <p className="muted">
          {overview ? `${formatDateTime(new Date(query.dataUpdatedAt).toISOString())} · ` : null}
          <button
            type="button"
            className="link-button"
            onClick={() => query.refetch()}
            disabled={query.isFetching}
          >
            {s.refresh}
          </button>
        </p>
      </div>
      <QueryStatus query={query} describe={workspaceError} />

      {overview ? (
        <>
          <MonitoringFigures overview={overview} afterLabel={afterLabel} percent={percent} />

          <h2 id="overdue-title" tabIndex={-1}>
            {s.overdueTitle} <span className="count">· {overview.counts.overdue}</span>
          </h2>
          {overview.overdue.length === 0 ? (
            <p className="muted">{s.noneOverdue}</p>
          ) : (
            <>
              <TableScroll label={s.overdueCaption(afterLabel)}>
                <OverdueTable items={overview.overdue} caption={s.overdueCaption(afterLabel)} />
              </TableScroll>
              {overview.counts.overdue > overview.overdue.length ? (
                <p className="hint">{s.more(overview.overdue.length)}</p>
              ) : null}
            </>
          )}

          <h2>{s.byHost}</h2>
          {overview.by_host.length === 0 ? (
            <p className="muted">{s.empty}</p>
          ) : (
            <TableScroll label={s.byHostCaption}>
              <TimesTable rows={overview.by_host} by="host" caption={s.byHostCaption} percent={percent} />
            </TableScroll>
          )}

          <h2>{s.byCountry}</h2>
          {overview.by_country.length === 0 ? (
            <p className="muted">{s.empty}</p>
          ) : (
            <TableScroll label={s.byCountryCaption}>
              <TimesTable
                rows={overview.by_country}
                by="country"
                caption={s.byCountryCaption}
                percent={percent}
              />
            </TableScroll>
          )}
        </>
      ) : null}
    </section>
  );
}
