/**
 * Feedback to one report's reporter about this item: the messages already sent, and a form to send
 * one from the templates that fit now (preview filled in the report's language, optionally edited).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { FeedbackTemplateView, Language, ReportContext, SendFeedback } from '../../api/types.ts';
import { feedbackApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, SelectField, StatusMessage } from '../../ui.tsx';
import { reportFeedbackKey, useReportFeedbackHistory } from './feedback-queries.ts';
import { useErrorText, useStatus } from './workspace-shared.ts';

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
  onSent(): void;
};

export function ReportFeedback({ number, itemId, report, templates, onSent }: OneProps) {
  const { t, language, formatDateTime } = useI18n();
  const f = t.workspace.feedback;
  const messageId = useId();
  const reportLanguage: Language = report.language === 'en' ? 'en' : 'fr';
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const template = templates.find((x) => x.id === templateId);
  const [message, setMessage] = useState(template?.body[reportLanguage] ?? '');
  const history = useReportFeedbackHistory(report.id);
  const sent = history.data?.messages;
  const client = useQueryClient();
  const [status, setStatus] = useStatus();
  const send = useMutation({
    mutationFn: (body: SendFeedback) => feedbackApi.send(report.id, body),
    onSuccess: () => {
      setStatus((m) => m.workspace.feedback.sent);
      onSent();
    },
    onSettled: () => client.invalidateQueries({ queryKey: reportFeedbackKey(report.id) }),
  });
  const historyError = useErrorText(history.error);
  const sendError = useErrorText(send.error);
  const error = sendError ?? historyError;

  const choose = (id: string) => {
    setTemplateId(id);
    setMessage(templates.find((x) => x.id === id)?.body[reportLanguage] ?? '');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!template) return;
    const edited = message.trim() !== template.body[reportLanguage].trim();
    send.mutate({
      item_id: itemId,
      template_id: template.id,
      language: reportLanguage,
      ...(edited ? { message: message.trim() } : {}),
    });
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
        <form onSubmit={submit} noValidate>
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
          <button type="submit" className="button" disabled={send.isPending || !template || !message.trim()}>
            {f.send}
          </button>
        </form>
      )}
    </div>
  );
}
