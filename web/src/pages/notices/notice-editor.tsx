/**
 * Approving a notice: the composed subject, text and address as the server offers them (the draft of
 * GET /api/notices/:id), editable before approval. Only what the person changed is sent as an edit,
 * so the audit log tells an edited notice from one approved as composed.
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { noticesApi } from '../../api/notices-endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { ApproveNotice, NoticeDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { Field } from '../../ui.tsx';
import { noticeError } from './notice-shared.ts';

type Props = {
  noticeId: string;
  busy: boolean;
  onCancel(): void;
  onApprove(edits: ApproveNotice): void;
};

export function NoticeEditor({ noticeId, ...props }: Props) {
  // The draft as it stands when the editor opens (not a cached one: gcTime 0 forgets it on close).
  const query = useQuery({
    queryKey: queryKeys.notice(noticeId),
    queryFn: () => noticesApi.get(noticeId),
    gcTime: 0,
  });
  if (!query.data) return <QueryStatus query={query} describe={noticeError} />;
  return <DraftForm draft={query.data.notice} {...props} />;
}

function DraftForm({ draft, busy, onCancel, onApprove }: Omit<Props, 'noticeId'> & { draft: NoticeDetail }) {
  const { t } = useI18n();
  const e = t.notices.editor;
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body_text);
  const [address, setAddress] = useState(draft.recipient.address ?? '');
  const bodyId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

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
