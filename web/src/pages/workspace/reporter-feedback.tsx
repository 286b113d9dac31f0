/**
 * Reporter feedback about this item, for each report whose reporter sent it: what their status page
 * says of the address (derived on the server from the verdict and the notices that left), the
 * templates that tell that outcome (the others listed with why they are missing), preview filled in
 * the report's language, optionally edit, send; the messages already sent are listed. The standing is
 * read again whenever the facts it follows from change while the page is open (item-queries.ts): a
 * second opinion makes the verdict final, a notice leaving makes "transmitted" true.
 */
import type { ReportContext } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage } from '../../ui.tsx';
import { useFeedbackTemplates, useItemFeedback } from './feedback-queries.ts';
import { ReportFeedback } from './report-feedback.tsx';
import { useErrorText } from './workspace-shared.ts';

type Props = {
  itemId: string;
  /** The item's version: a new verdict changes what the reporter may be told. */
  version: number;
  reports: ReportContext[];
  onSent(): void;
};

export function ReporterFeedback({ itemId, version, reports, onSent }: Props) {
  const { t, language } = useI18n();
  const f = t.workspace.feedback;
  const templatesQuery = useFeedbackTemplates();
  const standingQuery = useItemFeedback(itemId, version);
  const templates = templatesQuery.data?.templates;
  const standing = standingQuery.data;
  const error = useErrorText(templatesQuery.error ?? standingQuery.error);
  const offered = templates?.filter((x) => standing?.templates.some((s) => s.id === x.id && s.offered)) ?? [];
  const missing =
    templates && standing
      ? standing.templates.flatMap((s) => {
          const template = templates.find((x) => x.id === s.id);
          return !s.offered && s.unfit && template ? [{ template, unfit: s.unfit }] : [];
        })
      : [];
  const told = reports.filter((r) => standing?.reported_in.includes(r.id));
  return (
    <section className="panel" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{f.title}</h2>
      <p className="hint">{f.intro}</p>
      <ErrorMessage>{error}</ErrorMessage>
      {standing ? (
        <p>
          {f.itemStatus}: <strong>{f.itemStatuses[standing.status]}</strong>
        </p>
      ) : null}
      {standing && !standing.verdict_final ? <p className="hint">{f.notFinal}</p> : null}
      {standing?.verdict_final && offered.length === 0 ? <p className="hint">{f.nothingFits}</p> : null}
      {standing?.verdict_final && missing.length > 0 ? (
        <details>
          <summary>{f.missingTitle}</summary>
          <ul>
            {missing.map((m) => (
              <li key={m.template.id}>
                {m.template.label[language]} — {f.unfit[m.unfit]}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {standing && told.length === 0 ? <p className="muted">{f.notReported}</p> : null}
      {templates && standing
        ? told.map((report, index) => (
            <ReportFeedback
              // A new choice of templates starts the form again, on the first that fits now.
              key={`${report.id}|${offered.map((x) => x.id).join(',')}`}
              number={index + 1}
              itemId={itemId}
              report={report}
              templates={offered}
              onSent={onSent}
            />
          ))
        : null}
    </section>
  );
}
