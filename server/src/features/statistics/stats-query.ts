/**
 * What a request for figures may ask: a year, or a period (from, to: local dates, at most 25 years),
 * and optionally categories of the pack. Shared by the API and the CLI, so both refuse the same
 * things with the same words.
 */
import { z } from 'zod';
import { pack } from '../../jurisdictions/index.ts';
import { badRequest } from '../../platform/errors.ts';
import type { StatsQuery } from './stats.service.ts';
import { periodDays, type StatsPeriod, yearPeriod } from './stats-period.ts';

const MAX_DAYS = 25 * 366;
const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    'not a calendar date',
  );

export const statsQueryString = z.object({
  year: z.coerce.number().int().min(1990).max(2200).optional().describe('a calendar year (local time)'),
  from: localDate.optional().describe('first local date (with to, instead of year)'),
  to: localDate.optional().describe('last local date, included'),
  category: z
    .string()
    .max(2000)
    .optional()
    .describe('category ids of the pack, comma-separated; all when absent'),
});
export type StatsQueryString = z.output<typeof statsQueryString>;

/** The known category ids: the pack's and "other". */
export const categoryIds = (): string[] => [...pack.categories.map((c) => c.id), pack.otherCategory.id];

export function parseCategories(list: string | undefined): string[] {
  const ids = (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !categoryIds().includes(id));
  if (unknown.length) {
    throw badRequest('stats.unknown_category', `Unknown category: ${unknown.join(', ')}.`, { unknown });
  }
  return [...new Set(ids)];
}

export function resolveStatsQuery(input: StatsQueryString, timeZone: string, now = new Date()): StatsQuery {
  let period: StatsPeriod;
  if (input.year !== undefined) {
    if (input.from || input.to) throw badRequest('stats.period', 'Give a year, or from and to, not both.');
    period = yearPeriod(input.year, timeZone);
  } else if (input.from && input.to) {
    period = { from: input.from, to: input.to, timeZone };
    if (input.from > input.to)
      throw badRequest('stats.period', 'The period ends before it starts (from > to).');
    if (periodDays(period) > MAX_DAYS)
      throw badRequest('stats.period', 'A period may span 25 years at most.');
  } else if (input.from || input.to) {
    throw badRequest('stats.period', 'Give both from and to (local dates, YYYY-MM-DD).');
  } else {
    period = yearPeriod(Number(localYear(now, timeZone)), timeZone);
  }
  return { period, categories: parseCategories(input.category) };
}

/** The current year in the time zone. */
export const localYear = (now: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(now);
