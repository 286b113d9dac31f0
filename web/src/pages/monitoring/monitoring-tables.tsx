/**
 * The monitoring screen's tables: the overdue items (address shortened in the middle and linking to
 * the item, host, country, hours online, reminders, escalation, last check), and time to removal by
 * host or by country. Each cell is labelled for the narrow layout, where a row becomes a card.
 */
import type { MonitoringOverview } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { followLink } from '../../router.ts';
import { MiddleUrl } from '../../shared/middle-url.tsx';
import { CountryCode } from '../workspace/country.tsx';
import { OUTCOME_BADGE } from './follow-up-timeline.tsx';

type Overdue = MonitoringOverview['overdue'][number];

export function OverdueTable({ items, caption }: { items: Overdue[]; caption: string }) {
  const { t, formatDateTime } = useI18n();
  const s = t.monitoring.screen;
  const c = s.columns;
  return (
    <table className="data-table monitoring-table overdue-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.address}</th>
          <th scope="col">{c.host}</th>
          <th scope="col">{c.country}</th>
          <th scope="col" className="num">
            {c.online}
          </th>
          <th scope="col" className="num">
            {c.reminders}
          </th>
          <th scope="col">{c.escalated}</th>
          <th scope="col">{c.lastCheck}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.item_id}>
            <th scope="row" className="overdue-address">
              <a href={`/app/items/${item.item_id}`} onClick={followLink(`/items/${item.item_id}`)}>
                <MiddleUrl url={item.url} max={44} />
              </a>
            </th>
            <td data-label={c.host}>{item.host ?? <span className="muted">{s.unknown}</span>}</td>
            <td data-label={c.country}>
              {item.country ? (
                <CountryCode code={item.country} />
              ) : (
                <span className="muted">{s.unknown}</span>
              )}
            </td>
            <td data-label={c.online} className="num strong">
              <span title={formatDateTime(item.first_notice_at)}>
                {t.monitoring.duration(item.hours_online)}
              </span>
            </td>
            <td data-label={c.reminders} className="num">
              {item.reminders_sent}
            </td>
            <td data-label={c.escalated}>
              {item.escalated_at ? (
                <span className="badge badge-late" title={formatDateTime(item.escalated_at)}>
                  {s.yes}
                </span>
              ) : (
                <span className="muted">{s.no}</span>
              )}
            </td>
            <td data-label={c.lastCheck} className="overdue-last-check">
              {item.last_check_at && item.last_outcome ? (
                <>
                  <span className={`badge ${OUTCOME_BADGE[item.last_outcome]}`}>
                    {t.monitoring.outcomes[item.last_outcome]}
                  </span>{' '}
                  <time dateTime={item.last_check_at}>{formatDateTime(item.last_check_at)}</time>
                </>
              ) : (
                <span className="muted">{s.never}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type RemovalTimes = MonitoringOverview['all'];
type HostRow = MonitoringOverview['by_host'][number];
type CountryRow = MonitoringOverview['by_country'][number];
type TimesProps = { caption: string; percent: Intl.NumberFormat } & (
  | { by: 'host'; rows: HostRow[] }
  | { by: 'country'; rows: CountryRow[] }
);

/** Unknown host or country: the server groups them under '?'. */
const UNKNOWN = '?';

export function TimesTable(props: TimesProps) {
  const { t } = useI18n();
  const s = t.monitoring.screen;
  const c = s.columns;
  const { percent } = props;
  const rows: (HostRow | CountryRow)[] = props.rows;
  const nameOf = (row: HostRow | CountryRow) => {
    const name = 'host' in row ? row.host : row.country;
    if (name === UNKNOWN) return <span className="muted">{s.unknown}</span>;
    return 'host' in row ? name : <CountryCode code={name} />;
  };
  // The figures both tables show, in order: a heading and how a row reads it.
  const figures: [string, (row: RemovalTimes) => string | number][] = [
    [c.stillOnline, (row) => row.still_online],
    [c.notified, (row) => row.notified],
    [c.removed, (row) => row.removed],
    [c.median, (row) => (row.median_hours === null ? s.noMedian : t.monitoring.duration(row.median_hours))],
    [c.within24h, (row) => percent.format(row.within_24h)],
    [c.within72h, (row) => percent.format(row.within_72h)],
    [c.within7d, (row) => percent.format(row.within_7d)],
  ];
  return (
    <table className="data-table monitoring-table times-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.by === 'host' ? c.host : c.country}</th>
          {props.by === 'host' ? (
            <th scope="col" className="num">
              {c.overdue}
            </th>
          ) : null}
          {figures.map(([heading]) => (
            <th key={heading} scope="col" className="num">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={'host' in row ? row.host : row.country}>
            <th scope="row">{nameOf(row)}</th>
            {'host' in row ? (
              <td data-label={c.overdue} className={row.overdue > 0 ? 'num strong late' : 'num'}>
                {row.overdue}
              </td>
            ) : null}
            {figures.map(([heading, value]) => (
              <td key={heading} data-label={heading} className="num">
                {value(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
