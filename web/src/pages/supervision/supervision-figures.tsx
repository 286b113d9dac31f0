/** Supervision: daily throughput as plain CSS bars, the four-eyes disagreements waiting, and live claims. */
import type { Catalogue, SupervisionOverview } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { followLink } from '../../router.ts';
import { categoryLabel, verdictLabel } from '../workspace/workspace-shared.ts';

export function ThroughputChart({ days }: { days: SupervisionOverview['throughput'] }) {
  const s = useI18n().t.workspace.supervision;
  const maxDay = Math.max(1, ...days.map((d) => d.assessments));
  return (
    <>
      <h2>{s.throughput}</h2>
      <ol className="bar-chart" aria-label={s.throughput}>
        {days.map((d) => (
          <li key={d.day} className="bar" title={s.throughputBar(d.day, d.assessments, d.final_verdicts)}>
            <span className="visually-hidden">{s.throughputBar(d.day, d.assessments, d.final_verdicts)}</span>
            {d.assessments > 0 ? (
              <span className="bar-value" aria-hidden="true">
                {d.assessments}
              </span>
            ) : null}
            <span className={`bar-fill h${Math.round((d.assessments / maxDay) * 20)}`} aria-hidden="true" />
            <span className="bar-day" aria-hidden="true">
              {d.day.slice(8)}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

export function DisagreementsList(props: {
  disagreements: SupervisionOverview['disagreements'];
  catalogue: Catalogue | undefined;
}) {
  const { t, language, formatDateTime } = useI18n();
  const s = t.workspace.supervision;
  const { waiting, last_30_days } = props.disagreements;
  return (
    <>
      <h2>
        {s.disagreements} <span className="count">· {s.disagreementsCount(last_30_days)}</span>
      </h2>
      {waiting.length === 0 ? (
        <p className="muted">{s.noDisagreements}</p>
      ) : (
        <ul className="linked-list">
          {waiting.map((d) => (
            <li key={d.assessment_id}>
              <a href={`/app/items/${d.item_id}`} onClick={followLink(`/items/${d.item_id}`)}>
                {categoryLabel(props.catalogue, d.category, language)} —{' '}
                {verdictLabel(props.catalogue, d.verdict, language)}
              </a>
              <span className="muted">
                {' '}
                · {s.analysts(d.analyst, d.second_analyst)} · {formatDateTime(d.disputed_at)}
              </span>
              {d.second_notes ? <span className="detail-line">{d.second_notes}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ClaimsList({ claims }: { claims: SupervisionOverview['claims'] }) {
  const { t } = useI18n();
  const s = t.workspace.supervision;
  return (
    <>
      <h2>{s.claims}</h2>
      {claims.length === 0 ? (
        <p className="muted">{s.noClaims}</p>
      ) : (
        <ul className="chip-list">
          {claims.map((c) => (
            <li key={c.staff_id} className="badge badge-off">
              {c.display_name}
              {t.workspace.colon}
              {c.items}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
