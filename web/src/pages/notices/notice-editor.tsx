/**
 * Approving a notice: the composed subject, text and address as the server offers them (the draft of
 * GET /api/notices/:id), editable before approval. Only what the person changed is sent as an edit,
 * so the audit log tells an edited notice from one approved as composed.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { noticesApi } from '../../api/notices-endpoints.ts';
import type { ApproveNotice, NoticeDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, Field, Loading } from '../../ui.tsx';
import { noticeError } from './notice-shared.ts';

type Props = {
  noticeId: string;
  busy: boolean;
  onCancel(): void;
  onApprove(edits: ApproveNotice): void;
  onSessionError(err: unknown): boolean;
};

export function NoticeEditor({ noticeId, busy, onCancel, onApprove, onSessionError }: Props) {
  const { t } = useI18n();
  const e = t.notices.editor;
  const [draft, setDraft] = useState<NoticeDetail>();
  const [error, setError] = useState<string>();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [address, setAddress] = useState('');
  const bodyId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once when the editor opens
  useEffect(() => {
    noticesApi.get(noticeId).then(
      ({ notice }) => {
        setDraft(notice);
        setSubject(notice.subject);
        setBody(notice.body_text);
        setAddress(notice.recipient.address ?? '');
        heading.current?.focus();
      },
      (err) => onSessionError(err) || setError(noticeError(err, t)),
    );
  }, [noticeId]);

  if (!draft) return error ? <ErrorMessage>{error}</ErrorMessage> : <Loading />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const edits: ApproveNotice = {};
    if (subject.trim() && subject !== draft.subject) edits.subject = subject;
    if (body.trim() && body !== draft.body_text) edits.body_text = body;
    if (address.trim() && address.trim() !== (draft.recipient.address ?? '')) edits.address = address.trim();
    onApprove(edits);
  };
  const email = draft.recipient.channel === 'email';

  return (
    <form className="notice-form notice-editor" onSubmit={submit} aria-labelledby={`${bodyId}-title`}>
      <h3 id={`${bodyId}-title`} ref={heading} tabIndex={-1}>
        {e.title}
      </h3>
      <p className="hint">{e.intro}</p>
      {email || draft.recipient.address ? (
        <Field
          label={e.address}
          hint={email ? e.addressHint : undefined}
          type={email ? 'email' : 'text'}
          value={address}
          required={email}
          onChange={(ev) => setAddress(ev.target.value)}
        />
      ) : null}
      <Field label={e.subject} value={subject} onChange={(ev) => setSubject(ev.target.value)} />
      <div className="field">
        <label htmlFor={bodyId}>{e.body}</label>
        <textarea
          id={bodyId}
          className="notice-body"
          rows={14}
          value={body}
          onChange={(ev) => setBody(ev.target.value)}
        />
      </div>
      <div className="row-actions">
        <button type="submit" className="button button-small" disabled={busy}>
          {e.submit}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          {t.notices.actions.cancel}
        </button>
      </div>
    </form>
  );
}
