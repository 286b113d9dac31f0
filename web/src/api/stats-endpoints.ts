/**
 * Figures: the report for a year or a period (optionally for some categories), what each figure
 * counts, and "refresh now". The printable report asks only the first two, with a year.
 */
import { api } from './client.ts';
import type { StatsDefinitionsResponse, StatsRefreshResponse, StatsReport } from './types.ts';

/** A year, or a period of local dates (YYYY-MM-DD, both included); no categories means all. */
export type StatsQuery = ({ year: number } | { from: string; to: string }) & { categories?: string[] };

/** The query string the server reads; the printable report's is exactly `year=Y`. */
export function statsQueryString(query: StatsQuery): string {
  const params = new URLSearchParams();
  if ('year' in query) params.set('year', String(query.year));
  else {
    params.set('from', query.from);
    params.set('to', query.to);
  }
  if (query.categories?.length) params.set('category', query.categories.join(','));
  return params.toString();
}

export const statsApi = {
  report: (query: StatsQuery) => api.get<StatsReport>(`/api/stats?${statsQueryString(query)}`),
  definitions: () => api.get<StatsDefinitionsResponse>('/api/stats/definitions'),
  refresh: () => api.post<StatsRefreshResponse>('/api/stats/refresh'),
};
