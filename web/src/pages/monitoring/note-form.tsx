/** A follow-up action's form: a text to give (required when `required` names the error), an optional confirmation sentence, submit. */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage } from '../../ui.tsx';

export function NoteForm(props: {
  label: string;
  hint: string;
  required?: string;
  confirm?: string;
  submit: string;
  busy: boolean;
  onCancel(): void;
  onSubmit(text: string): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => ref.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.required && !text.trim()) return setMissing(true);
    props.onSubmit(text.trim());
  };
  return (
    <form className="follow-up-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>{props.label}</label>
        <div className="hint" id={`${id}-hint`}>
          {props.hint}
        </div>
        <textarea
          ref={ref}
          id={id}
          rows={3}
          maxLength={1000}
          aria-describedby={`${id}-hint`}
          aria-required={props.required ? true : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      {missing && !text.trim() ? <ErrorMessage>{props.required}</ErrorMessage> : null}
      {props.confirm ? <p className="follow-up-confirm">{props.confirm}</p> : null}
      <div className="row-actions">
        <button type="submit" className="button button-small" disabled={props.busy}>
          {props.submit}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={props.onCancel}>
          {t.monitoring.actions.cancel}
        </button>
      </div>
    </form>
  );
}
