/**
 * The one way the public pages build HTML: a tagged template that escapes every interpolated
 * value unless it is already `SafeHtml` (the output of another `html` template). Nothing else in
 * the pages concatenates markup, so a reporter's input can never become markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolated = SafeHtml | string | number | boolean | null | undefined | readonly Interpolated[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function render(value: Interpolated): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // false, null and undefined render as nothing, so `${cond && html`…`}` reads naturally.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** An attribute that is present or absent (`checked`, `hidden`, `aria-invalid="true"`). */
export const attr = (name: string, on: boolean, value?: string): SafeHtml =>
  on ? html` ${name}${value === undefined ? '' : html`="${value}"`}` : new SafeHtml('');
