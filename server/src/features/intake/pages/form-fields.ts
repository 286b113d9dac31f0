/**
 * Reading an HTML form body (already parsed by @fastify/formbody) into plain strings, and the
 * errors a page shows next to its fields. Anything a browser would not send from our own forms
 * (a repeated field, an unknown field, a non-string value) becomes a field error, never a crash.
 */
import type { Messages } from './messages.ts';

export type FieldError<F extends string> = { field: F | 'form'; text: (m: Messages) => string };

export type FormRead<F extends string> = { values: Record<F, string>; errors: FieldError<F>[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `multiLine` names fields that may legitimately arrive several times (one value per line),
 * e.g. from a client that sends one `urls` field per address: they are joined with new lines.
 */
export function readFormFields<F extends string>(
  body: unknown,
  fields: readonly F[],
  multiLine: readonly F[] = [],
): FormRead<F> {
  const values = Object.fromEntries(fields.map((f) => [f, ''])) as Record<F, string>;
  const errors: FieldError<F>[] = [];
  const source = isRecord(body) ? body : {};
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(source)) {
    if (!(fields as readonly string[]).includes(key)) {
      unknown.push(key);
      continue;
    }
    const field = key as F;
    if (typeof value === 'string') {
      values[field] = value;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      if (multiLine.includes(field)) {
        values[field] = value.join('\n');
      } else {
        values[field] = value[0] ?? '';
        errors.push({ field, text: (m) => m.errors.repeatedField(fieldName(m, field)) });
      }
    } else {
      errors.push({ field, text: (m) => m.errors.repeatedField(fieldName(m, field)) });
    }
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k));
    const list = `${shown.join(', ')}${unknown.length > 3 ? ', …' : ''}`;
    errors.unshift({ field: 'form', text: (m) => m.errors.unknownFields(list) });
  }
  return { values, errors };
}

function fieldName(m: Messages, field: string): string {
  return (m.fieldNames as Record<string, string>)[field] ?? field;
}

/** Errors for one field, rendered in the page language. */
export const errorsFor = <F extends string>(
  errors: FieldError<F>[],
  field: F | 'form',
  m: Messages,
): string[] => errors.filter((e) => e.field === field).map((e) => e.text(m));
