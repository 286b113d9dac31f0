/**
 * The keys of the staff app's cached server state (TanStack Query), one place for all of them: a
 * change invalidates by prefix (`['notices']` refreshes every notice list and notice), so the pages
 * that show the same data never disagree.
 */
import type { StatsQuery } from './stats-endpoints.ts';
import type { ApiQuery, AuditFilters, NoticeListQuery } from './types.ts';

export const queryKeys = {
  enrolment: ['auth', 'enrolment'] as const,
  staff: ['staff'] as const,
  assignableStaff: ['staff', 'assignable'] as const,
  audit: (filters: AuditFilters, limit: number) => ['audit', filters, limit] as const,
  auditActors: ['audit', 'actors'] as const,
  /** The audit page's log, asked page after page. */
  auditPages: (filters: AuditFilters) => ['audit', 'pages', filters] as const,
  queue: (filters: Record<string, unknown>) => ['queue', filters] as const,
  supervision: ['supervision'] as const,
  myWellbeing: ['wellbeing', 'me'] as const,
  teamWellbeing: ['wellbeing', 'team'] as const,
  /** One search of the directory; every search when no filter is given. */
  directory: (filter: ApiQuery<'/api/directory', 'get'> | undefined) =>
    filter ? (['directory', filter] as const) : (['directory'] as const),
  /** One search of the partner hotlines; every search when no filter is given. */
  partners: (filter: ApiQuery<'/api/partners', 'get'> | undefined) =>
    filter ? (['partners', filter] as const) : (['partners'] as const),
  notices: ['notices'] as const,
  noticeList: (filters: Partial<NoticeListQuery>) => ['notices', 'list', filters] as const,
  notice: (noticeId: string) => ['notices', 'one', noticeId] as const,
  itemNotices: (itemId: string) => ['notices', 'item', itemId] as const,
  /** One page of batches; every page when no limit is given. */
  policeBatches: (limit: number | undefined) =>
    limit === undefined ? (['police-batches'] as const) : (['police-batches', limit] as const),
  monitoring: ['monitoring'] as const,
  monitoringOverview: (overdueAfterHours: number) => ['monitoring', 'overview', overdueAfterHours] as const,
  itemMonitoring: (itemId: string) => ['monitoring', 'item', itemId] as const,
  /** Every statistics report when no query is given ("refresh now" changes them all). */
  stats: (query: StatsQuery | undefined) => (query ? (['stats', query] as const) : (['stats'] as const)),
  statsDefinitions: ['stats-definitions'] as const,
};
