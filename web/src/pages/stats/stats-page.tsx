/**
 * The statistics dashboard (/app/stats), loaded on demand so the charting library stays out of the
 * app's main bundle: the period and category controls, when the item figures were last refreshed
 * (with "refresh now"), a link to the printable annual report, then every section of the report
 * with its charts, tables, CSV downloads and definitions. The figures are the server's
 * (GET /api/stats); nothing is recomputed here.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { describeError } from '../../api/describe-error.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { type StatsQuery, statsApi } from '../../api/stats-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, Loading, StatusMessage, useFocusHeading } from '../../ui.tsx';
import { queryFromAddress, StatsControls, type StatsPeriod, saveQueryInAddress } from './stats-controls.tsx';
import { StatsSectionView } from './stats-section-view.tsx';
import { buildSections } from './stats-sections.ts';
import { StatsStatus } from './stats-status.tsx';
import { makeStatsText, StatsTextContext } from './stats-text.ts';
import './stats.css';

const CURRENT_YEAR = new Date().getFullYear();

export function StatsPage() {
  const { t, language } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const queryClient = useQueryClient();
  const [initial] = useState(() => queryFromAddress(CURRENT_YEAR));
  const [period, setPeriod] = useState<StatsPeriod>(initial.period);
  const [categories, setCategories] = useState<string[]>(initial.categories);
  const query = useMemo<StatsQuery>(() => ({ ...period, categories }), [period, categories]);
  useEffect(() => saveQueryInAddress(query), [query]);

  // While another period loads, the last figures stay (the page says it is busy); after an error
  // they go, lest figures of another period be read under an error about this one.
  const reportQuery = useQuery({
    queryKey: queryKeys.stats(query),
    queryFn: () => statsApi.report(query),
    placeholderData: keepPreviousData,
  });
  const definitionsQuery = useQuery({ queryKey: queryKeys.statsDefinitions, queryFn: statsApi.definitions });
  const refresh = useMutation({
    mutationFn: statsApi.refresh,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.stats(undefined) }),
  });
  const report = reportQuery.data;

  const text = useMemo(
    () => makeStatsText(language, definitionsQuery.data?.definitions ?? []),
    [language, definitionsQuery.data],
  );
  const { s } = text;
  /** The years offered: those with reports, this one and the one shown. */
  const years = useMemo(
    () =>
      [
        ...new Set([
          CURRENT_YEAR,
          ...(report?.by_year.map((y) => y.year) ?? []),
          ...(report?.period.year ? [report.period.year] : []),
          ...('year' in period ? [period.year] : []),
        ]),
      ].sort((a, b) => b - a),
    [report, period],
  );
  const error = reportQuery.error ?? definitionsQuery.error ?? refresh.error;
  const sections = useMemo(() => (report ? buildSections(report, text) : []), [report, text]);
  // Every report lists the pack's categories, filtered or not.
  const categoryOptions = useMemo(
    () => (report?.by_category ?? []).map((k) => ({ id: k.category, label: k.label[language] })),
    [report, language],
  );
  const errorText = !error
    ? undefined
    : ((error instanceof ApiError ? s.errors[error.code] : undefined) ?? describeError(error, t));
  const fileStem = `vigie-stats-${'year' in period ? period.year : `${period.from}_${period.to}`}`;
  const reportYear = 'year' in period ? period.year : undefined;

  return (
    <StatsTextContext.Provider value={text}>
      <section className="page stats-page" aria-busy={reportQuery.isFetching}>
        <h1 ref={heading} tabIndex={-1}>
          {s.title}
        </h1>
        <p className="lead">{s.intro}</p>
        <StatsControls
          period={period}
          shown={report?.period}
          years={years}
          categories={categoryOptions}
          chosen={categories}
          onPeriod={setPeriod}
          onCategories={setCategories}
        />
        <StatsStatus
          refreshedAt={report ? report.refreshed_at : undefined}
          refreshing={refresh.isPending}
          onRefresh={() => refresh.mutate()}
          reportYear={reportYear}
        />
        <StatusMessage>{refresh.data ? s.refreshed(refresh.data.changed) : ''}</StatusMessage>
        <ErrorMessage>{errorText}</ErrorMessage>
        {!report && !errorText ? <Loading /> : null}
        {report ? (
          <>
            <p className="stats-period-line">
              <strong>{s.periodLine(text.date(report.period.from), text.date(report.period.to))}</strong>
              {report.categories.length ? (
                <span className="muted">
                  {' · '}
                  {s.filteredBy(
                    report.by_category
                      .filter((k) => report.categories.includes(k.category))
                      .map((k) => k.label[language])
                      .join(', '),
                  )}
                </span>
              ) : null}
            </p>
            <nav className="stats-toc" aria-label={s.sectionsNav}>
              <ul>
                {sections.map((section) => (
                  <li key={section.id}>
                    <a href={`#stats-${section.id}`}>{section.title}</a>
                  </li>
                ))}
              </ul>
            </nav>
            {sections.map((section) => (
              <StatsSectionView key={section.id} section={section} fileStem={fileStem} />
            ))}
          </>
        ) : null}
      </section>
    </StatsTextContext.Provider>
  );
}
