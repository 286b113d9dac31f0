/**
 * The statistics dashboard (/app/stats), loaded on demand so the charting library stays out of the
 * app's main bundle: the period and category controls, when the item figures were last refreshed
 * (with "refresh now"), a link to the printable annual report, then every section of the report
 * with its charts, tables, CSV downloads and definitions. The figures are the server's
 * (GET /api/stats); nothing is recomputed here.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { describeError, isSessionLost } from '../../api/describe-error.ts';
import { type StatsQuery, statsApi } from '../../api/stats-endpoints.ts';
import type { StatsReport } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage, useFocusHeading } from '../../ui.tsx';
import { queryFromAddress, StatsControls, type StatsPeriod, saveQueryInAddress } from './stats-controls.tsx';
import { StatsSectionView } from './stats-section-view.tsx';
import { buildSections } from './stats-sections.ts';
import { type Definition, makeStatsText, StatsTextContext } from './stats-text.ts';
import './stats.css';

const CURRENT_YEAR = new Date().getFullYear();

export function StatsPage() {
  const { t, language } = useI18n();
  const { sessionLost } = useSignedIn();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [initial] = useState(() => queryFromAddress(CURRENT_YEAR));
  const [period, setPeriod] = useState<StatsPeriod>(initial.period);
  const [categories, setCategories] = useState<string[]>(initial.categories);
  const [report, setReport] = useState<StatsReport>();
  const [definitions, setDefinitions] = useState<Definition[]>([]);
  const [years, setYears] = useState<number[]>([CURRENT_YEAR]);
  /** The pack's categories, from the last report (every report lists them all, filtered or not). */
  const [categoryList, setCategoryList] = useState<StatsReport['by_category']>([]);
  const [busy, setBusy] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [refreshed, setRefreshed] = useState<number>();
  /** Only the answer to the latest question may land: a slow earlier one must not overwrite it. */
  const asked = useRef(0);

  const text = useMemo(() => makeStatsText(language, definitions), [language, definitions]);
  const { s } = text;

  const fail = useCallback(
    (err: unknown) => (isSessionLost(err) ? sessionLost() : setError(err)),
    [sessionLost],
  );

  const load = useCallback(() => {
    const query: StatsQuery = { ...period, categories };
    saveQueryInAddress(query);
    const ticket = ++asked.current;
    setBusy(true);
    statsApi
      .report(query)
      .then((next) => {
        if (ticket !== asked.current) return;
        setError(undefined);
        setReport(next);
        setCategoryList(next.by_category);
        setYears((known) => [
          ...new Set([...known, ...next.by_year.map((y) => y.year), next.period.year ?? CURRENT_YEAR]),
        ]);
      })
      .catch((err: unknown) => {
        if (ticket !== asked.current) return;
        // Figures of another period under an error about this one would be read as this one's.
        setReport(undefined);
        fail(err);
      })
      .finally(() => ticket === asked.current && setBusy(false));
  }, [period, categories, fail]);

  useEffect(load, [load]);
  useEffect(() => {
    statsApi.definitions().then((d) => setDefinitions(d.definitions), fail);
  }, [fail]);

  const refresh = () => {
    setRefreshing(true);
    setRefreshed(undefined);
    statsApi
      .refresh()
      .then((done) => {
        setRefreshed(done.changed);
        load();
      }, fail)
      .finally(() => setRefreshing(false));
  };

  const sections = useMemo(() => (report ? buildSections(report, text) : []), [report, text]);
  const categoryOptions = useMemo(
    () => categoryList.map((k) => ({ id: k.category, label: k.label[language] })),
    [categoryList, language],
  );
  const errorText =
    error === undefined
      ? undefined
      : ((error instanceof ApiError ? s.errors[error.code] : undefined) ?? describeError(error, t));
  const fileStem = `vigie-stats-${'year' in period ? period.year : `${period.from}_${period.to}`}`;
  const reportYear = 'year' in period ? period.year : undefined;

  return (
    <StatsTextContext.Provider value={text}>
      <section className="page stats-page" aria-busy={busy}>
        <h1 ref={heading} tabIndex={-1}>
          {s.title}
        </h1>
        <p className="lead">{s.intro}</p>
        <StatsControls
          period={period}
          shown={report?.period}
          years={[...years].sort((a, b) => b - a)}
          categories={categoryOptions}
          chosen={categories}
          onPeriod={setPeriod}
          onCategories={setCategories}
        />
        <div className="stats-status">
          <p className="muted">
            {report
              ? report.refreshed_at
                ? s.asOf(text.dateTime(report.refreshed_at))
                : s.notRefreshed
              : null}
            {report ? ' · ' : null}
            <button type="button" className="link-button" onClick={refresh} disabled={refreshing}>
              {refreshing ? s.refreshing : s.refresh}
            </button>
          </p>
          {reportYear ? (
            <p className="stats-printable">
              <a href={`/app/report.html?year=${reportYear}&lang=${language}`} target="_blank" rel="noopener">
                {s.printable}
              </a>{' '}
              <span className="hint">{s.printableHint(reportYear)}</span>
            </p>
          ) : null}
        </div>
        <StatusMessage>{refreshed === undefined ? '' : s.refreshed(refreshed)}</StatusMessage>
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
