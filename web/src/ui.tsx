/** Small building blocks shared by the pages: labelled fields, error and status messages, copy link. */
import { type InputHTMLAttributes, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from './i18n/i18n.tsx';

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: ReactNode };

export function Field({ label, hint, id, ...input }: FieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <input id={inputId} aria-describedby={hintId} {...input} />
    </div>
  );
}

type SelectProps = {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
  disabled?: boolean;
  hideLabel?: boolean;
  name?: string;
};

export function SelectField({ label, value, options, onChange, disabled, hideLabel, name }: SelectProps) {
  const id = useId();
  return (
    <div className={hideLabel ? 'field field-inline' : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One answer out of a few, as radio buttons under a legend; none chosen while `value` is undefined. */
export function RadioChoices<V extends string>(props: {
  legend: string;
  name: string;
  labels: Record<V, string>;
  value: V | undefined;
  onChange(value: V): void;
}) {
  return (
    <fieldset className="fieldset">
      <legend>{props.legend}</legend>
      {(Object.keys(props.labels) as V[]).map((value) => (
        <label key={value} className="check">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          <span>{props.labels[value]}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** An error the person must read: announced at once by screen readers. */
export function ErrorMessage({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="message message-error" role="alert">
      {children}
    </div>
  );
}

/** A calm confirmation, announced without interrupting. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div className="status-line" role="status" aria-live="polite">
      {children}
    </div>
  );
}

/** Moves keyboard and screen-reader focus to a page's heading when the step changes. */
export function useFocusHeading<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

export function CopyLink({ url, label }: { url: string; label: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="copy-link">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} readOnly value={url} onFocus={(e) => e.target.select()} className="mono" />
        <button type="button" className="button button-secondary" onClick={copy}>
          {t.common.copy}
        </button>
      </div>
      <StatusMessage>
        {state === 'copied' ? t.common.copied : state === 'failed' ? t.common.copyFailed : ''}
      </StatusMessage>
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t.common.loading}
    </p>
  );
}

/**
 * A wide table that scrolls sideways instead of widening the page when the window is narrow; it can
 * take focus so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
