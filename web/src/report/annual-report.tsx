/**
 * The annual report as a document: a cover (the year, the period, when it was drawn up), its
 * contents, then the dashboard's sections with the same charts and tables, each ending with the
 * definitions of what it counts as notes. It asks the server for exactly two things,
 * `/api/stats?year=Y` and `/api/stats/definitions`, so the command line can answer them from figures
 * it computed. When everything is drawn it sets `body[data-ready="true"]`, or `body[data-error]`
 * with the reason.
 */
import { useEffect, useMemo, useState } from 'react';
import { statsApi } from '../api/stats-endpoints.ts';
import type { Language, StatsReport } from '../api/types.ts';
import { StatsSectionView } from '../pages/stats/stats-section-view.tsx';
import { buildSections } from '../pages/stats/stats-sections.ts';
import { type Definition, makeStatsText, StatsTextContext } from '../pages/stats/stats-text.ts';

type Params = { year: number | undefined; language: Language };

/** ?year=2026&lang=en; French unless English is asked. */
export function reportParams(search: string): Params {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  return {
    year: Number.isInteger(year) && year >= 1990 && year <= 2200 ? year : undefined,
    language: params.get('lang') === 'en' ? 'en' : 'fr',
  };
}

type Loaded = { report: StatsReport; definitions: Definition[] };

function markFailed(message: string) {
  document.body.dataset.error = message;
}

export function AnnualReport({ year, language }: Params) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [failure, setFailure] = useState<string>();
  const text = useMemo(() => makeStatsText(language, loaded?.definitions ?? []), [language, loaded]);
  const { s } = text;

  useEffect(() => {
    document.documentElement.lang = language;
    if (year === undefined) {
      setFailure(s.report.badYear);
      markFailed('year missing or invalid in the address');
      return;
    }
    document.title = s.report.documentTitle(year);
    Promise.all([statsApi.report({ year }), statsApi.definitions()]).then(
      ([report, definitions]) => setLoaded({ report, definitions: definitions.definitions }),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        setFailure(s.report.failed(message));
        markFailed(message);
      },
    );
  }, [year, language, s]);

  // Charts draw in their layout effects, before this effect runs: once the fonts are in, all is there.
  useEffect(() => {
    if (!loaded) return;
    let cancelled = false;
    document.fonts.ready.then(() =>
      requestAnimationFrame(() => {
        if (!cancelled) document.body.dataset.ready = 'true';
      }),
    );
    return () => {
      cancelled = true;
    };
  }, [loaded]);

  const sections = useMemo(() => (loaded ? buildSections(loaded.report, text) : []), [loaded, text]);

  if (failure) {
    return (
      <main className="report">
        <p className="message message-error" role="alert">
          {failure}
        </p>
      </main>
    );
  }
  if (!loaded || year === undefined) {
    return (
      <main className="report">
        <p className="loading" role="status">
          {s.report.loading}
        </p>
      </main>
    );
  }
  const { report } = loaded;
  return (
    <StatsTextContext.Provider value={text}>
      <main className="report">
        <header className="report-cover">
          <p className="report-kicker">Vigie · {s.report.kicker}</p>
          <h1>{s.report.title(year)}</h1>
          <p>
            {s.report.period(
              text.date(report.period.from),
              text.date(report.period.to),
              report.period.time_zone,
            )}
          </p>
          <p className="muted">
            {s.report.generated(text.dateTime(report.generated_at))}{' '}
            {report.refreshed_at ? `${s.asOf(text.dateTime(report.refreshed_at))}.` : null}
          </p>
          <button
            type="button"
            className="button button-secondary report-print"
            onClick={() => window.print()}
          >
            {s.report.print}
          </button>
          <nav className="report-contents" aria-labelledby="report-contents-title">
            <h2 id="report-contents-title">{s.report.contents}</h2>
            <ol>
              {sections.map((section) => (
                <li key={section.id}>
                  <a href={`#stats-${section.id}`}>{section.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        </header>
        {sections.map((section) => (
          <StatsSectionView key={section.id} section={section} print fileStem={`vigie-report-${year}`} />
        ))}
      </main>
    </StatsTextContext.Provider>
  );
}
