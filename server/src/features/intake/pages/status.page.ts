/** Following up a report: the code-and-secret form, and the report's public status in plain words. */
import { pack } from '../../../jurisdictions/index.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import { PUBLIC_STATUSES } from '../index.ts';
import type { ReportStatus } from '../intake.schemas.ts';
import { describedBy, errorSummary, fieldErrorText } from './components.ts';
import type { FieldError } from './form-fields.ts';
import { formatDateTime } from './format.ts';
import { attr, html } from './html.ts';
import { type PageContext, renderPage, switchLanguageHref } from './layout.ts';

export const STATUS_FIELDS = ['code', 'secret'] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];
export type StatusFormValues = Record<StatusField, string>;

/** The pack's words for a category id, as the form offered it. */
const categoryLabel = (id: string, lang: Language): string =>
  ([...pack.categories, pack.otherCategory].find((c) => c.id === id) ?? pack.otherCategory).label[lang];

const anchors: Record<StatusField, string> = { code: 'code', secret: 'secret' };

export function renderStatusForm(
  ctx: PageContext,
  values: StatusFormValues,
  errors: FieldError<StatusField>[] = [],
  canonicalCode?: string,
): string {
  const s = ctx.m.status;
  const invalid = (field: StatusField) => errors.some((e) => e.field === field);
  const main = html`<h1>${s.title}</h1>
<p class="lead">${s.intro}</p>
${errorSummary(ctx, errors, anchors, '')}
<form class="status-form" method="post" action="/status?lang=${ctx.lang}" novalidate>
  <div class="field${invalid('code') ? ' field-invalid' : ''}">
    <label for="code">${ctx.m.fieldNames.code}</label>
    <p class="hint" id="code-hint">${s.codeHint}</p>
    ${fieldErrorText(ctx, errors, 'code')}
    <input type="text" id="code" name="code" value="${values.code}" class="input-code" autocomplete="off"
      autocapitalize="characters" spellcheck="false"${attr('required', true)}${describedBy(errors, 'code')}>
  </div>
  <div class="field${invalid('secret') ? ' field-invalid' : ''}">
    <label for="secret">${ctx.m.fieldNames.secret}</label>
    <p class="hint" id="secret-hint">${s.secretHint}</p>
    ${fieldErrorText(ctx, errors, 'secret')}
    <input type="text" id="secret" name="secret" value="${values.secret}" class="input-code" autocomplete="off"
      autocapitalize="characters" spellcheck="false"${attr('required', true)}${describedBy(errors, 'secret')}>
  </div>
  <div class="actions"><button type="submit" class="button button-primary">${s.submit}</button></div>
</form>`;
  return renderPage(ctx, {
    title: s.title,
    main,
    switchHref: switchLanguageHref('/status', ctx.lang, canonicalCode ? { code: canonicalCode } : {}),
    hasErrors: errors.length > 0,
  });
}

export function renderStatusResult(ctx: PageContext, status: ReportStatus): string {
  const s = ctx.m.status;
  const main = html`<h1>${s.resultTitle}</h1>
<dl class="facts">
  <div><dt>${ctx.m.fieldNames.code}</dt><dd><code translate="no">${status.tracking_code}</code></dd></div>
  <div><dt>${s.receivedAt}</dt><dd>${formatDateTime(ctx.m, status.received_at)}</dd></div>
  <div><dt>${s.reported}</dt><dd>${categoryLabel(status.category, ctx.lang)} · ${s.addressCount(status.total)}</dd></div>
  <div><dt>${s.updatedAt}</dt><dd>${formatDateTime(ctx.m, status.updated_at)}</dd></div>
</dl>
<ol class="steps">
  ${PUBLIC_STATUSES.map((step) => {
    const current = step === status.status;
    return html`<li class="step${current ? ' step-current' : ''}"${attr('aria-current', current, 'step')}>
    <span class="step-label">${s.steps[step].label}${current ? html` <span class="step-badge">${s.current}</span>` : ''}</span>
    <span class="step-text">${s.steps[step].text}</span>
  </li>`;
  })}
</ol>
<section class="addresses" aria-labelledby="addresses-title">
  <h2 id="addresses-title">${s.addressesTitle}</h2>
  <p>${s.handled(status.handled, status.total)} ${s.addressesIntro}</p>
  <ol class="address-list">
    ${status.addresses.map(
      (a) => html`<li class="address address-${a.status}">
      <h3 class="address-title">${s.address(a.number)} <span class="address-outcome">${s.outcomes[a.status].label}</span></h3>
      <p class="address-text">${s.outcomes[a.status].text}</p>
      ${
        a.message &&
        html`<div class="team-message">
        <p class="team-message-title">${s.addressMessage}</p>
        <p>${a.message}</p>
      </div>`
      }
    </li>`,
    )}
  </ol>
</section>
${
  status.message &&
  html`<section class="team-message" aria-labelledby="message-title">
  <h2 id="message-title">${s.messageTitle}</h2>
  <p>${status.message}</p>
</section>`
}
<p><a href="/status?lang=${ctx.lang}">${s.checkAnother}</a></p>`;
  return renderPage(ctx, {
    title: s.resultTitle,
    main,
    switchHref: switchLanguageHref('/status', ctx.lang, { code: status.tracking_code }),
  });
}
