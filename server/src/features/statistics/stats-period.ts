/**
 * The period a report covers: local calendar dates in the hotline's time zone (VIGIE_TIME_ZONE,
 * Europe/Paris by default), both ends included. A year starts at local midnight on 1 January, so a
 * report received at 23:30 UTC on 31 December counts in Paris in the next year. SQL turns the dates
 * into instants (`periodBounds`), so the database applies the time zone's rules, summer time included.
 */
import { type SQL, sql } from 'drizzle-orm';

export type StatsPeriod = { from: string; to: string; timeZone: string };

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const yearPeriod = (year: number, timeZone: string): StatsPeriod => ({
  from: `${year}-01-01`,
  to: `${year}-12-31`,
  timeZone,
});

/** A whole calendar year, or null. */
export function yearOf(period: StatsPeriod): number | null {
  const year = Number(period.from.slice(0, 4));
  return period.from === `${year}-01-01` && period.to === `${year}-12-31` ? year : null;
}

export const periodDays = (period: StatsPeriod): number => dayNumber(period.to) - dayNumber(period.from) + 1;

/** The period just before, as long: the year before for a year, else the same number of days. */
export function previousPeriod(period: StatsPeriod): StatsPeriod {
  const year = yearOf(period);
  if (year !== null) return yearPeriod(year - 1, period.timeZone);
  const days = periodDays(period);
  const from = dayNumber(period.from);
  return { from: dateOf(from - days), to: dateOf(from - 1), timeZone: period.timeZone };
}

/** The same dates a year earlier (29 February becomes the 28th). */
export function yearEarlier(period: StatsPeriod): StatsPeriod {
  const back = (date: string) => {
    const earlier = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    return earlier.endsWith('-02-29') ? earlier.replace(/29$/, '28') : earlier;
  };
  return { from: back(period.from), to: back(period.to), timeZone: period.timeZone };
}

/** The first instant of the period and the first instant after it, as SQL timestamptz values. */
export function periodBounds(period: StatsPeriod): { start: SQL; end: SQL } {
  return {
    start: sql`((${period.from}::date)::timestamp at time zone ${period.timeZone})`,
    end: sql`((${period.to}::date + 1)::timestamp at time zone ${period.timeZone})`,
  };
}

/** The months the period touches, as YYYY-MM. */
export function periodMonths(period: StatsPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}
