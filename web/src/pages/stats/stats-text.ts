/**
 * How the figures read, in the dashboard and the printable report alike: the statistics messages of
 * a language, number, share, change, duration, date and country formats, and the server's
 * definitions of what each figure counts. The report has no session nor app-wide i18n, so this takes
 * a language rather than reading the app's choice.
 */
import { createContext, useContext } from 'react';
import type { DefinitionKey, Language, StatsDefinitionsResponse } from '../../api/types.ts';
import { statsEn } from '../../i18n/stats.en.ts';
import { type StatsMessages, statsFr } from '../../i18n/stats.fr.ts';

export type Definition = StatsDefinitionsResponse['definitions'][number];

export type StatsText = {
  language: Language;
  s: StatsMessages;
  count(n: number): string;
  /** 0.1234 → "12,3 %"; null (nothing to divide by) → "—". */
  share(value: number | null): string;
  /** 0.98 → "+98 %"; null (nothing before) → "—". */
  change(value: number | null): string;
  hours(value: number | null): string;
  /** A local date "YYYY-MM-DD", in words. */
  date(day: string): string;
  /** "YYYY-MM" → "janv. 2026". */
  month(month: string): string;
  dateTime(iso: string): string;
  /** "France (FR)"; null → "Unknown". */
  country(code: string | null): string;
  /** "France", or the code when the browser has no name for it. */
  countryName(code: string): string;
  definition(key: DefinitionKey): Definition | undefined;
};

const MESSAGES: Record<Language, StatsMessages> = { fr: statsFr, en: statsEn };

export function makeStatsText(language: Language, definitions: Definition[]): StatsText {
  const s = MESSAGES[language];
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  // Dates of the period are local dates already: format them as they are, in UTC.
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const regionName = (code: string) => {
    try {
      return /^[A-Z]{2}$/.test(code) ? regions.of(code) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    language,
    s,
    count: (n) => count.format(n),
    share: (value) => (value === null ? s.noValue : percent.format(value)),
    change: (value) => (value === null ? s.noValue : change.format(value)),
    hours: (value) => (value === null ? s.noValue : s.hours(value)),
    date: (day) => date.format(new Date(`${day}T00:00:00Z`)),
    month: (m) => month.format(new Date(`${m}-01T00:00:00Z`)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    country: (code) => {
      if (code === null) return s.unknown;
      const name = regionName(code);
      return name ? `${name} (${code})` : code;
    },
    countryName: (code) => regionName(code) ?? code,
    definition: (key) => byKey.get(key),
  };
}

export const StatsTextContext = createContext<StatsText | undefined>(undefined);

export function useStatsText(): StatsText {
  const value = useContext(StatsTextContext);
  if (!value) throw new Error('useStatsText outside a StatsTextContext');
  return value;
}
