/** The removal monitoring screen's figures: items by state, and time to removal for all. */
import type { MonitoringOverview } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function MonitoringFigures(props: {
  overview: MonitoringOverview;
  afterLabel: string;
  percent: Intl.NumberFormat;
}) {
  const { t } = useI18n();
  const s = t.monitoring.screen;
  const { overview, afterLabel, percent } = props;
  const { all } = overview;
  return (
    <>
      <h2 className="visually-hidden">{s.counts}</h2>
      <dl className="stat-grid monitoring-counts">
        <div>
          <dt>{s.watching}</dt>
          <dd className="stat-value">{overview.counts.watching}</dd>
        </div>
        <div>
          <dt>{s.paused}</dt>
          <dd className="stat-value">{overview.counts.paused}</dd>
        </div>
        <div>
          <dt>{s.removed}</dt>
          <dd className="stat-value">{overview.counts.removed}</dd>
        </div>
        <div className={overview.counts.overdue > 0 ? 'stat-late' : undefined}>
          <dt>
            {s.overdue} <span className="stat-qualifier">({afterLabel})</span>
          </dt>
          <dd className="stat-value">
            {overview.counts.overdue > 0 ? <a href="#overdue-title">{overview.counts.overdue}</a> : 0}
          </dd>
        </div>
      </dl>

      <h2>{s.times}</h2>
      {all.notified === 0 ? <p className="muted">{s.empty}</p> : null}
      <dl className="stat-grid monitoring-times">
        <div>
          <dt>{s.median}</dt>
          <dd className="stat-value">
            {all.median_hours === null ? s.noMedian : t.monitoring.duration(all.median_hours)}
          </dd>
        </div>
        <div>
          <dt>{s.within24h}</dt>
          <dd className="stat-value">{percent.format(all.within_24h)}</dd>
        </div>
        <div>
          <dt>{s.within72h}</dt>
          <dd className="stat-value">{percent.format(all.within_72h)}</dd>
        </div>
        <div>
          <dt>{s.within7d}</dt>
          <dd className="stat-value">{percent.format(all.within_7d)}</dd>
        </div>
        <div>
          <dt>{s.stillOnline}</dt>
          <dd className="stat-value">
            {all.still_online} <span className="stat-qualifier">/ {all.notified}</span>
          </dd>
        </div>
      </dl>
      <p className="hint monitoring-definitions">{s.definitions(afterLabel)}</p>
    </>
  );
}
