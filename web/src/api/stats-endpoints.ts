/**
 * Figures: the report for a year or a period (optionally for some categories), what each figure
 * counts, and "refresh now". The printable report asks only the first two, with a year.
 */
import { answer, client, queryEntries } from './client.ts';
import type { ApiQuery } from './types.ts';

/** A year, or a period of local dates (YYYY-MM-DD, both included); no categories means all. */
export type StatsQuery = ({ year: number } | { from: string; to: string }) & { categories?: string[] };

/** The server's query for it: categories comma-separated, left out when none. */
export function statsParams(query: StatsQuery): ApiQuery<'/api/stats', 'get'> {
  const period = 'year' in query ? { year: query.year } : { from: query.from, to: query.to };
  return query.categories?.length ? { ...period, category: query.categories.join(',') } : period;
}

/** The query string the server reads; the printable report's is exactly `year=Y`. */
export function statsQueryString(query: StatsQuery): string {
  return new URLSearchParams(queryEntries(statsParams(query))).toString();
}

export const statsApi = {
  report: (query: StatsQuery) => answer(client.GET('/api/stats', { params: { query: statsParams(query) } })),
  definitions: () => answer(client.GET('/api/stats/definitions')),
  refresh: () => answer(client.POST('/api/stats/refresh')),
};
