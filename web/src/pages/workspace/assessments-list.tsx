/** An item's assessments, newest first: verdict, category, legal bases, details, notes, four-eyes trail. */
import type { Assessment, Catalogue } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { categoryLabel, categoryOf, verdictLabel } from './workspace-shared.ts';

export function AssessmentsList({
  assessments,
  catalogue,
}: {
  assessments: Assessment[];
  catalogue: Catalogue | undefined;
}) {
  const { t } = useI18n();
  const f = t.workspace.qualify;
  if (assessments.length === 0) return <p className="muted">{f.none}</p>;
  return (
    <ol className="assessment-list">
      {[...assessments].reverse().map((a) => (
        <li key={a.id} className={a.counts ? 'assessment assessment-counts' : 'assessment'}>
          <AssessmentSummary assessment={a} catalogue={catalogue} />
        </li>
      ))}
    </ol>
  );
}

/** One assessment: what it says, who wrote it, and its four-eyes trail (also shown to the second analyst). */
export function AssessmentSummary({
  assessment: a,
  catalogue,
}: {
  assessment: Assessment;
  catalogue: Catalogue | undefined;
}) {
  const { t, language, formatDateTime } = useI18n();
  const f = t.workspace.qualify;
  const category = categoryOf(catalogue, a.category);
  const bases = a.legal_bases.map(
    (code) => category?.legal_bases.find((b) => b.code === code)?.reference ?? code,
  );
  return (
    <>
      <div className="assessment-head">
        <span className="strong">{verdictLabel(catalogue, a.verdict, language)}</span>
        <span className="muted"> · {categoryLabel(catalogue, a.category, language)}</span>
        <span className={a.counts ? 'badge badge-on' : 'badge badge-off'}>
          {a.counts ? f.counts : f.statuses[a.status]}
        </span>
      </div>
      {bases.length > 0 ? <div className="detail-line">{bases.join(', ')}</div> : null}
      {Object.entries(a.details).map(([key, value]) => {
        const field = category?.detail_fields.find((d) => d.id === key);
        const option = field?.options.find((o) => o.id === value);
        return (
          <div key={key} className="detail-line">
            {field?.label[language] ?? key}
            {t.workspace.colon}
            {option?.label[language] ?? value}
          </div>
        );
      })}
      {a.notes ? <p className="assessment-notes">{a.notes}</p> : null}
      <div className="detail-line">{f.by(a.analyst.display_name, formatDateTime(a.created_at))}</div>
      {a.second_opinion ? (
        <div className="detail-line">
          {f.secondBy(a.second_opinion.analyst.display_name, formatDateTime(a.second_opinion.at))} —{' '}
          {a.second_opinion.decision === 'agree' ? f.agree : f.disagree}
          {a.second_opinion.notes ? `${t.workspace.colon}${a.second_opinion.notes}` : ''}
        </div>
      ) : null}
      {a.resolution ? (
        <div className="detail-line">
          {f.resolvedBy(a.resolution.supervisor.display_name, formatDateTime(a.resolution.at))} —{' '}
          {a.resolution.decision === 'uphold' ? f.uphold : f.replace}
          {a.resolution.notes ? `${t.workspace.colon}${a.resolution.notes}` : ''}
        </div>
      ) : null}
    </>
  );
}
