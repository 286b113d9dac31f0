/** The 6-digit one-time code field, shared by sign-in and enrolment. */
import { Field } from '../ui.tsx';

export const isCode = (value: string) => /^\d{6}$/.test(value.trim());

export function CodeInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
}) {
  return (
    <Field
      label={label}
      name="code"
      className="code-input"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      required
      value={value}
      onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 6))}
    />
  );
}
