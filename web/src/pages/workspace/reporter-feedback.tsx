/**
 * Reporter feedback about this item, for each report whose reporter sent it: what their status page
 * says of the address (derived on the server from the verdict and the notices that left), the
 * templates that tell that outcome (the others listed with why they are missing), preview filled in
 * the report's language, optionally edit, send; the messages already sent are listed. The standing is
 * read again whenever the facts it follows from change while the page is open (`facts`): a second
 * opinion makes the verdict final, a notice leaving makes "transmitted" true.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import type {
  FeedbackTemplateView,
  ItemFeedbackResponse,
  Language,
  ReportContext,
  ReportMessageView,
} from '../../api/types.ts';
import { feedbackApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, SelectField, StatusMessage } from '../../ui.tsx';
import { useStatus, workspaceError } from './workspace-shared.ts';

type Props = {
  itemId: string;
  /** Changes when the verdict (the item's version) or a notice's state does: the standing is read again. */
  facts: string;
  reports: ReportContext[];
  onSessionError(err: unknown): boolean;
  onSent(): void;
};

export function ReporterFeedback({ itemId, facts, reports, onSessionError, onSent }: Props) {
  const { t, language } = useI18n();
  const f = t.workspace.feedback;
  const [templates, setTemplates] = useState<FeedbackTemplateView[]>();
  const [standing, setStanding] = useState<ItemFeedbackResponse>();
  const [error, setError] = useState<string>();
  const fail = (err: unknown) => onSessionError(err) || setError(workspaceError(err, t));
  const refresh = () => feedbackApi.ofItem(itemId).then(setStanding, fail);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the templates are the pack's, fetched once
  useEffect(() => {
    feedbackApi.templates().then((r) => setTemplates(r.templates), fail);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the standing follows the item and its facts
  useEffect(() => {
    refresh();
  }, [itemId, facts]);
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
              onSessionError={onSessionError}
              onSent={() => {
                refresh();
                onSent();
              }}
            />
          ))
        : null}
    </section>
  );
}

function fill(text: string, t: ReturnType<typeof useI18n>['t']) {
  return text
    .replaceAll('{tracking_code}', t.workspace.feedback.trackingPlaceholder)
    .replaceAll('{helplines}', t.workspace.feedback.helplinesPlaceholder);
}

type OneProps = {
  number: number;
  itemId: string;
  report: ReportContext;
  templates: FeedbackTemplateView[];
  onSessionError(err: unknown): boolean;
  onSent(): void;
};

function ReportFeedback({ number, itemId, report, templates, onSessionError, onSent }: OneProps) {
  const { t, language, formatDateTime } = useI18n();
  const f = t.workspace.feedback;
  const messageId = useId();
  const reportLanguage: Language = report.language === 'en' ? 'en' : 'fr';
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const template = templates.find((x) => x.id === templateId);
  const [message, setMessage] = useState(template?.body[reportLanguage] ?? '');
  const [sent, setSent] = useState<ReportMessageView[]>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useStatus();
  const [busy, setBusy] = useState(false);
  const fail = (err: unknown) => onSessionError(err) || setError(workspaceError(err, t));

  // biome-ignore lint/correctness/useExhaustiveDependencies: one report's history, fetched once
  useEffect(() => {
    feedbackApi.history(report.id).then((r) => setSent(r.messages), fail);
  }, [report.id]);

  const choose = (id: string) => {
    setTemplateId(id);
    setMessage(templates.find((x) => x.id === id)?.body[reportLanguage] ?? '');
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!template) return;
    setError(undefined);
    setBusy(true);
    try {
      const edited = message.trim() !== template.body[reportLanguage].trim();
      const response = await feedbackApi.send(report.id, {
        item_id: itemId,
        template_id: template.id,
        language: reportLanguage,
        ...(edited ? { message: message.trim() } : {}),
      });
      setSent((list) => [...(list ?? []), response.message]);
      setStatus((m) => m.workspace.feedback.sent);
      onSent();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="feedback-report">
      <h3>
        {f.report(
          number,
          formatDateTime(report.received_at),
          t.workspace.languages[report.language] ?? report.language,
        )}
      </h3>
      <h4>{f.sentBefore}</h4>
      {sent && sent.length === 0 ? <p className="muted">{f.noneSent}</p> : null}
      {sent && sent.length > 0 ? (
        <ol className="sent-list">
          {sent.map((m) => (
            <li key={m.id}>
              <div className="detail-line">
                {f.sentBy(m.sent_by ?? '—', formatDateTime(m.sent_at))} ·{' '}
                {m.item_status ? f.itemStatuses[m.item_status] : t.workspace.publicStatuses[m.public_status]}{' '}
                · {f.email[m.email]}
                {m.item_id && m.item_id !== itemId ? ` · ${f.otherAddress}` : ''}
                {m.edited ? ` · ${f.edited}` : ''}
              </div>
              <p className="sent-message">{m.message}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {/* Nothing fits yet: the panel above says why; an empty form would only invite a dead click. */}
      <ErrorMessage>{error}</ErrorMessage>
      {templates.length === 0 ? null : (
        <form onSubmit={send} noValidate>
          <StatusMessage>{status}</StatusMessage>
          <SelectField
            label={f.template}
            value={templateId}
            onChange={choose}
            options={templates.map((x) => ({ value: x.id, label: x.label[language] }))}
          />
          <div className="field">
            <label htmlFor={messageId}>{f.message}</label>
            <div className="hint" id={`${messageId}-hint`}>
              {f.messageHint}
            </div>
            <textarea
              id={messageId}
              aria-describedby={`${messageId}-hint`}
              rows={6}
              maxLength={4000}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          </div>
          <div className="preview">
            <div className="preview-label">{f.preview}</div>
            <p className="sent-message">{fill(message, t)}</p>
          </div>
          <button type="submit" className="button" disabled={busy || !template || !message.trim()}>
            {f.send}
          </button>
        </form>
      )}
    </div>
  );
}
