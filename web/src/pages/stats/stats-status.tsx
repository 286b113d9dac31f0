/** When the figures were last refreshed, with "refresh now", and the printable report of the year shown. */
import { useI18n } from '../../i18n/i18n.tsx';
import { useStatsText } from './stats-text.ts';

export function StatsStatus(props: {
  /** undefined while no report is shown; null when the figures were never refreshed. */
  refreshedAt: string | null | undefined;
  refreshing: boolean;
  onRefresh(): void;
  reportYear: number | undefined;
}) {
  const { language } = useI18n();
  const text = useStatsText();
  const { s } = text;
  return (
    <div className="stats-status">
      <p className="muted">
        {props.refreshedAt === undefined
          ? null
          : props.refreshedAt
            ? s.asOf(text.dateTime(props.refreshedAt))
            : s.notRefreshed}
        {props.refreshedAt === undefined ? null : ' · '}
        <button type="button" className="link-button" onClick={props.onRefresh} disabled={props.refreshing}>
          {props.refreshing ? s.refreshing : s.refresh}
        </button>
      </p>
      {props.reportYear ? (
        <p className="stats-printable">
          <a
            href={`/app/report.html?year=${props.reportYear}&lang=${language}`}
            target="_blank"
            rel="noopener"
          >
            {s.printable}
          </a>{' '}
          <span className="hint">{s.printableHint(props.reportYear)}</span>
        </p>
      ) : null}
    </div>
  );
}
