/**
 * The transparency page's rules: which years it offers and which it opens on, and how often it may ask
 * the database. A year's figures cost seconds on a large database, and the page is public, so each
 * year's page is rendered in both languages at once and kept for ten minutes (the summary it reads is
 * refreshed every five): a visitor cannot make the server count more than once per year shown per ten
 * minutes, and only years that have reports can be asked for.
 */
import type { Db } from '../../../platform/db/database.ts';
import { LANGUAGES, type Language } from '../../../platform/i18n/language.ts';
import type { Asset, PageContext } from '../../intake/index.ts';
import { computeStatistics } from '../stats.service.ts';
import { yearPeriod } from '../stats-period.ts';
import { publicFigures } from './public-figures.ts';
import { renderTransparency } from './transparency.page.ts';
import { yearsWithReports } from './transparency.queries.ts';
import { ttlCache } from './ttl-cache.ts';

export const TRANSPARENCY_CACHE_MS = 10 * 60_000;

export type TransparencyDeps = {
  db: Db;
  timeZone: string;
  /** VIGIE_TRANSPARENCY_MIN_COUNT. */
  threshold: number;
  stylesheet: Asset;
  contextFor: (lang: Language) => PageContext;
  now?: () => Date;
};

/** The local month of `now` in the time zone, YYYY-MM. */
export const localMonth = (now: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(now);

/** The last complete year that has reports; the current year when none has. */
export function defaultYear(years: number[], currentYear: number): number {
  return years.filter((y) => y < currentYear).at(-1) ?? currentYear;
}

type Rendered = { pages: Record<Language, string>; complete: boolean };

export function transparencyPages(deps: TransparencyDeps) {
  const now = deps.now ?? (() => new Date());
  const years = ttlCache<number[]>(TRANSPARENCY_CACHE_MS);
  // A year counted before the summary's first refresh (just after start) has no item figures yet:
  // shown, but not kept.
  const rendered = ttlCache<Rendered>(TRANSPARENCY_CACHE_MS, { keep: (r) => r.complete });

  async function renderYear(year: number, list: number[], month: string): Promise<Rendered> {
    const period = yearPeriod(year, deps.timeZone);
    const report = await computeStatistics(deps.db, { period, categories: [] });
    const figures = publicFigures(report, deps.threshold, month);
    const view = { years: list, figures, stylesheet: deps.stylesheet };
    const pages = Object.fromEntries(
      LANGUAGES.map((lang) => [lang, renderTransparency(deps.contextFor(lang), view)]),
    ) as Record<Language, string>;
    return { pages, complete: report.refreshed_at !== null };
  }

  return {
    /** The page of `requested` (the default year without one); null for a year without reports. */
    async page(lang: Language, requested: number | undefined): Promise<string | null> {
      const list = await years.get('years', () => yearsWithReports(deps.db, deps.timeZone));
      const month = localMonth(now(), deps.timeZone);
      if (requested !== undefined && !list.includes(requested)) return null;
      const year = requested ?? defaultYear(list, Number(month.slice(0, 4)));
      const { pages } = await rendered.get(String(year), () => renderYear(year, list, month));
      return pages[lang];
    },
  };
}
