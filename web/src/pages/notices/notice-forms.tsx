/** The two small forms of a notice's actions: withhold (a reason, required) and record a reply. */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ReplyKind } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, SelectField } from '../../ui.tsx';

type FormProps = { busy: boolean; onCancel(): void };

/** A labelled text area that takes the focus when the form opens. */
function Text(props: {
  label: string;
  hint?: string;
  value: string;
  onChange(v: string): void;
  rows?: number;
}) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <div className="hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        rows={props.rows ?? 3}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

function Buttons({ busy, submit, onCancel }: FormProps & { submit: string }) {
  const { t } = useI18n();
  return (
    <div className="row-actions">
      <button type="submit" className="button button-small" disabled={busy}>
        {submit}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={onCancel}>
        {t.notices.actions.cancel}
      </button>
    </div>
  );
}

export function WithholdForm({ busy, onCancel, onSubmit }: FormProps & { onSubmit(reason: string): void }) {
  const { t } = useI18n();
  const f = t.notices.withholdForm;
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    onSubmit(reason.trim());
  };
  return (
    <form className="notice-form" onSubmit={submit} noValidate>
      <Text label={f.reason} hint={f.hint} value={reason} onChange={setReason} />
      {missing && !reason.trim() ? <ErrorMessage>{f.required}</ErrorMessage> : null}
      <Buttons busy={busy} onCancel={onCancel} submit={f.submit} />
    </form>
  );
}

export function ReplyForm({
  busy,
  onCancel,
  onSubmit,
}: FormProps & { onSubmit(kind: ReplyKind, text: string): void }) {
  const { t } = useI18n();
  const f = t.notices.replyForm;
  const [kind, setKind] = useState<ReplyKind>('reply');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setMissing(true);
    onSubmit(kind, text.trim());
  };
  const kinds = Object.entries(t.notices.replyKinds).map(([value, label]) => ({ value, label }));
  return (
    <form className="notice-form" onSubmit={submit} noValidate>
      <Text label={f.text} value={text} onChange={setText} rows={4} />
      <SelectField label={f.kind} value={kind} options={kinds} onChange={(v) => setKind(v as ReplyKind)} />
      {missing && !text.trim() ? <ErrorMessage>{f.required}</ErrorMessage> : null}
      <Buttons busy={busy} onCancel={onCancel} submit={f.submit} />
    </form>
  );
}
