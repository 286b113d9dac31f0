/**
 * Reporter feedback for each report linked to the item: pick a template (preview filled in the
 * report's language), optionally edit it, send; the messages already sent are listed.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { FeedbackTemplateView, Language, ReportContext, ReportMessageView } from '../../api/types.ts';
import { feedbackApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, SelectField, StatusMessage } from '../../ui.tsx';
import { useStatus, workspaceError } from './workspace-shared.ts';

type Props = { reports: ReportContext[]; onSessionError(err: unknown): boolean; onSent(): void };

export function ReporterFeedback({ reports, onSessionError, onSent }: Props) {
  const { t } = useI18n();
  const f = t.workspace.feedback;
  const [templates, setTemplates] = useState<FeedbackTemplateView[]>();
  const [error, setError] = useState<string>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the templates are fetched once
  useEffect(() => {
    feedbackApi.templates().then(
      (r) => setTemplates(r.templates),
      (err) => onSessionError(err) || setError(workspaceError(err, t)),
    );
  }, []);
  return (
    <section className="panel" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{f.title}</h2>
      <p className="hint">{f.intro}</p>
      <ErrorMessage>{error}</ErrorMessage>
      {templates
        ? reports.map((report, index) => (
            <ReportFeedback
              key={report.id}
              number={index + 1}
              report={report}
              templates={templates}
              onSessionError={onSessionError}
              onSent={onSent}
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
  report: ReportContext;
  templates: FeedbackTemplateView[];
  onSessionError(err: unknown): boolean;
  onSent(): void;
};

function ReportFeedback({ number, report, templates, onSessionError, onSent }: OneProps) {
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
                {t.workspace.publicStatuses[m.public_status]} · {f.email[m.email]}
                {m.edited ? ` · ${f.edited}` : ''}
              </div>
              <p className="sent-message">{m.message}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <form onSubmit={send} noValidate>
        <ErrorMessage>{error}</ErrorMessage>
        <StatusMessage>{status}</StatusMessage>
        <SelectField
          label={f.template}
          value={templateId}
          onChange={choose}
          options={templates.map((x) => ({ value: x.id, label: x.label[language] }))}
        />
        {template ? (
          <p className="hint">{f.publicStatus(t.workspace.publicStatuses[template.public_status])}</p>
        ) : null}
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
    </div>
  );
}
