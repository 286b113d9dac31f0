/** Pieces the public forms share: the error summary at the top and the messages next to a field. */
import { errorsFor, type FieldError } from './form-fields.ts';
import { attr, html, type SafeHtml } from './html.ts';
import type { PageContext } from './layout.ts';

/**
 * The summary at the top of a form that failed: each problem links to its field (`anchors` says
 * which element to focus for each field). The script focuses it on load; without script, it is
 * the first thing after the heading.
 */
export function errorSummary<F extends string>(
  ctx: PageContext,
  errors: FieldError<F>[],
  anchors: Record<F, string>,
  intro: string = ctx.m.errors.summaryIntro,
): SafeHtml {
  if (errors.length === 0) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" data-autofocus>
  <h2 id="error-summary-title">${ctx.m.errors.summaryTitle}</h2>
  ${intro && html`<p>${intro}</p>`}
  <ul>
    ${errors.map((e) =>
      e.field === 'form'
        ? html`<li>${e.text(ctx.m)}</li>`
        : html`<li><a href="#${anchors[e.field as F]}">${e.text(ctx.m)}</a></li>`,
    )}
  </ul>
</div>`;
}

export function fieldErrorText<F extends string>(
  ctx: PageContext,
  errors: FieldError<F>[],
  field: F,
): SafeHtml {
  const texts = errorsFor(errors, field, ctx.m);
  if (texts.length === 0) return html``;
  return html`<div class="field-error" id="${field}-error">${texts.map((t) => html`<p>${t}</p>`)}</div>`;
}

/** `aria-describedby` for a field: its hint, then its error when there is one. */
export function describedBy<F extends string>(errors: FieldError<F>[], field: F, hint = true): SafeHtml {
  const ids = [hint ? `${field}-hint` : '', errors.some((e) => e.field === field) ? `${field}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`${attr('aria-describedby', ids !== '', ids)}${attr(
    'aria-invalid',
    errors.some((e) => e.field === field),
    'true',
  )}`;
}
