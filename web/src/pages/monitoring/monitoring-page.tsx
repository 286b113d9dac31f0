/**
 * The removal monitoring screen: how many items are watched, paused, removed and overdue; time to
 * removal for all (median, share removed within 24 h, 72 h, 7 days, still online) with its
 * definitions in one sentence; the overdue items, longest online first, each linking to its item;
 * then by host (worst offenders first) and by country. "Overdue after" (24 h, 72 h, 7 days) is kept
 * in the address, so a reload or a shared link shows the same cut. The figures are the server's
 * (monitoring-overview.ts); nothing is recomputed here.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { monitoringApi } from '../../api/monitoring-endpoints.ts';
import type { MonitoringOverview } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, Loading, SelectField, TableScroll, useFocusHeading } from '../../ui.tsx';
import { useWorkspaceErrors } from '../workspace/workspace-shared.ts';
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
  const [error, fail, setError] = useWorkspaceErrors();
  const allowed = s.overdueOptions.map((o) => o.hours);
  const [after, setAfter] = useState(() => afterFromAddress(allowed));
  const [overview, setOverview] = useState<MonitoringOverview>();
  const [loadedAt, setLoadedAt] = useState<string>();
  const [busy, setBusy] = useState(false);
  const percent = useMemo(
    () => new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent' }),
    [language],
  );

  const load = useCallback(() => {
    setBusy(true);
    monitoringApi
      .overview(after, LIMIT)
      .then((next) => {
        setError(undefined);
        setOverview(next);
        setLoadedAt(new Date().toISOString());
      }, fail)
      .finally(() => setBusy(false));
  }, [after, fail, setError]);

  useEffect(load, [load]);

  const choose = (value: string) => {
    const hours = Number(value);
    setAfter(hours);
    const query = new URLSearchParams(window.location.search);
    query.set('overdue_after', String(hours));
    window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
  };

  const afterLabel = s.overdueOptions.find((o) => o.hours === after)?.label ?? `${after} h`;
  const all = overview?.all;

  return (
    <section className="page monitoring-page" aria-busy={busy}>
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
          {loadedAt ? `${formatDateTime(loadedAt)} · ` : null}
          <button type="button" className="link-button" onClick={load} disabled={busy}>
            {s.refresh}
          </button>
        </p>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      {!overview && !error ? <Loading /> : null}

      {overview && all ? (
        <>
          <h2 className="visually-hidden">{s.counts}</h2>
          <dl className="stat-grid monitoring-counts">
            <div>
              <dt>{s.watching}</dt>
              <dd className="stat-value">{overview.counts.watching}</dd>
            </div>
            <div>
              <dt>{s.paused}</dt>
              <dd className="stat-value">{overview.counts.paused}</dd>
            </div>
            <div>
              <dt>{s.removed}</dt>
              <dd className="stat-value">{overview.counts.removed}</dd>
            </div>
            <div className={overview.counts.overdue > 0 ? 'stat-late' : undefined}>
              <dt>
                {s.overdue} <span className="stat-qualifier">({afterLabel})</span>
              </dt>
              <dd className="stat-value">
                {overview.counts.overdue > 0 ? <a href="#overdue-title">{overview.counts.overdue}</a> : 0}
              </dd>
            </div>
          </dl>

          <h2>{s.times}</h2>
          {all.notified === 0 ? <p className="muted">{s.empty}</p> : null}
          <dl className="stat-grid monitoring-times">
            <div>
              <dt>{s.median}</dt>
              <dd className="stat-value">
                {all.median_hours === null ? s.noMedian : t.monitoring.duration(all.median_hours)}
              </dd>
            </div>
            <div>
              <dt>{s.within24h}</dt>
              <dd className="stat-value">{percent.format(all.within_24h)}</dd>
            </div>
            <div>
              <dt>{s.within72h}</dt>
              <dd className="stat-value">{percent.format(all.within_72h)}</dd>
            </div>
            <div>
              <dt>{s.within7d}</dt>
              <dd className="stat-value">{percent.format(all.within_7d)}</dd>
            </div>
            <div>
              <dt>{s.stillOnline}</dt>
              <dd className="stat-value">
                {all.still_online} <span className="stat-qualifier">/ {all.notified}</span>
              </dd>
            </div>
          </dl>
          <p className="hint monitoring-definitions">{s.definitions(afterLabel)}</p>

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
