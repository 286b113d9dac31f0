/**
 * The report as CSV: one table per section (`vigie stats --format csv`), each headed by a `# name`
 * line and followed by a blank line, or one section alone (`--section NAME`) as a plain CSV file.
 * Labels are English; ids stay as the JSON has them so scripts can join the two.
 */
import { toCsv } from '../../platform/csv.ts';
import type { StatsReport } from './stats.schemas.ts';

type Cell = string | number | boolean | null;
export type StatsTable = { name: string; columns: string[]; rows: Cell[][] };

const table = <T extends Record<string, unknown>>(
  name: string,
  rows: T[],
  columns: (keyof T & string)[],
): StatsTable => ({
  name,
  columns,
  rows: rows.map((r) => columns.map((c) => r[c] as Cell)),
});
const pairs = (name: string, values: Record<string, Cell>): StatsTable => ({
  name,
  columns: ['figure', 'value'],
  rows: Object.entries(values),
});
const labelled = <T extends { label: { en: string } }>(rows: T[]) =>
  rows.map((r) => ({ ...r, label: r.label.en }));

export function statsTables(r: StatsReport): StatsTable[] {
  const { previous_period, ...totals } = r.totals;
  const { by_category: removalByCategory, ...removal } = r.removal;
  const { by_verdict, ...rate } = r.illegality_rate;
  const times = [
    'notified',
    'removed',
    'still_online',
    'rate',
    'median_hours',
    'within_24h',
    'within_72h',
    'within_7d',
  ] as const;
  return [
    pairs('period', {
      from: r.period.from,
      to: r.period.to,
      time_zone: r.period.time_zone,
      categories: r.categories.join(' '),
    }),
    pairs('totals', {
      ...totals,
      previous_from: previous_period.from,
      previous_to: previous_period.to,
      previous_reports: previous_period.reports,
    }),
    table('by_year', r.by_year, ['year', 'reports', 'change']),
    table('by_month', r.by_month, ['month', 'reports', 'items', 'illegal_items', 'reports_change']),
    table('by_category', labelled(r.by_category), [
      'category',
      'label',
      'assessed',
      'illegal',
      'derived_illegal',
      'share',
    ]),
    table('by_channel', r.by_channel, ['channel', 'reports', 'share']),
    table('by_reporter_kind', r.by_reporter_kind, ['reporter_kind', 'reports', 'share']),
    pairs('illegality_rate', rate),
    table('by_verdict', by_verdict, ['verdict', 'items', 'share']),
    pairs('police_transmissions', r.police_transmissions),
    table('host_notices', r.host_notices.by_recipient_kind, ['recipient_kind', 'notices', 'items']),
    table('host_notices_by_purpose', r.host_notices.by_purpose, ['purpose', 'notices']),
    table('partner_forwards', r.partner_forwards.by_country, ['country', 'items']),
    pairs('removal', removal),
    table('removal_by_category', labelled(removalByCategory), ['category', 'label', ...times]),
    table('hosting_countries', r.hosting_countries.all, ['country', 'items', 'share', 'europe']),
    table('hosting_countries_child_abuse_material', r.hosting_countries.child_abuse_material, [
      'country',
      'items',
      'share',
      'europe',
    ]),
    table('tlds', r.tlds, ['tld', 'items', 'share']),
    table('service_types', r.service_types, ['service_type', 'items', 'share']),
    table('hate_grounds', labelled(r.hate_grounds), ['ground', 'label', 'items', 'share']),
    pairs('terrorism', r.terrorism),
    pairs('backlog', {
      open_now: r.backlog.open_now,
      open_at_period_end: r.backlog.open_at_period_end,
      oldest_open_days: r.backlog.oldest_open_days,
    }),
    table('backlog_by_state', r.backlog.by_state, ['state', 'items']),
    pairs('dsa', { notices: r.dsa.notices, items: r.dsa.items, median_hours: r.dsa.median_hours }),
    table('dsa_by_provider', r.dsa.by_provider, ['provider', 'notices', 'items', 'removed', 'median_hours']),
    table('dsa_by_content_type', r.dsa.by_content_type, ['dsa_category', 'notices', 'items', 'removed']),
    table('dsa_by_action', r.dsa.by_action, ['action', 'items', 'share']),
  ];
}

export const tableCsv = (t: StatsTable): string => toCsv(t.columns, t.rows);

export const reportCsv = (r: StatsReport): string =>
  statsTables(r)
    .map((t) => `# ${t.name}\r\n${tableCsv(t)}`)
    .join('\r\n');
