/** The report form: what was seen, where, optional description and e-mail, and what we keep. */
import { pack } from '../../../jurisdictions/index.ts';
import { describedBy, errorSummary, fieldErrorText } from './components.ts';
import { attr, html } from './html.ts';
import { type PageContext, renderPage, switchLanguageHref } from './layout.ts';
import {
  FORM_TOKEN_FIELD,
  type ReportField,
  type ReportFormErrors,
  type ReportFormValues,
} from './report-form.input.ts';

const categories = [...pack.categories, pack.otherCategory];
const firstCategoryId = categories[0]?.id ?? 'other';

const anchors: Record<ReportField, string> = {
  category: `category-${firstCategoryId}`,
  urls: 'urls',
  description: 'description',
  contact_email: 'contact_email',
};

/** `formToken`: a fresh one-time token for this view of the form (form-token.ts). */
export function renderReportForm(
  ctx: PageContext,
  values: ReportFormValues,
  formToken: string,
  errors: ReportFormErrors = [],
  summaryIntro?: string,
): string {
  const { m, lang } = ctx;
  const f = m.form;
  const categoryInvalid = errors.some((e) => e.field === 'category');
  const main = html`<h1>${f.title}</h1>
<p class="lead">${f.intro}</p>
${errorSummary(ctx, errors, anchors, summaryIntro)}
<p class="notice">${f.doNotShare}</p>
<form class="report-form" method="post" action="/report?lang=${lang}" novalidate>
  <input type="hidden" name="${FORM_TOKEN_FIELD}" value="${formToken}">
  <fieldset class="field" aria-describedby="category-hint${categoryInvalid ? ' category-error' : ''}">
    <legend><span class="legend-text">${f.categoryLegend}</span></legend>
    <p class="hint" id="category-hint">${f.categoryHint}</p>
    ${fieldErrorText(ctx, errors, 'category')}
    <div class="choices">
      ${categories.map(
        (c) => html`<div class="choice">
        <input type="radio" name="category" id="category-${c.id}" value="${c.id}"
          aria-describedby="category-${c.id}-hint"${attr('checked', values.category === c.id)}${attr('required', true)}>
        <label for="category-${c.id}"><span class="choice-label">${c.label[lang]}</span>
          <span class="choice-hint" id="category-${c.id}-hint">${c.hint[lang]}</span></label>
      </div>`,
      )}
    </div>
  </fieldset>

  <div class="field${errors.some((e) => e.field === 'urls') ? ' field-invalid' : ''}">
    <label for="urls">${f.urlsLabel}</label>
    <p class="hint" id="urls-hint">${f.urlsHint}</p>
    ${fieldErrorText(ctx, errors, 'urls')}
    <textarea id="urls" name="urls" rows="3" autocomplete="off" autocapitalize="off" spellcheck="false"
      inputmode="url" required${describedBy(errors, 'urls')}
      data-count-one="${f.urlsCount.one}" data-count-other="${f.urlsCount.other}" data-count-lines>${values.urls}</textarea>
    <p class="counter" id="urls-count" aria-live="polite" hidden></p>
  </div>

  <div class="field${errors.some((e) => e.field === 'description') ? ' field-invalid' : ''}">
    <label for="description">${f.descriptionLabel}</label>
    <p class="hint" id="description-hint">${f.descriptionHint}</p>
    ${fieldErrorText(ctx, errors, 'description')}
    <textarea id="description" name="description" rows="5"${describedBy(errors, 'description')}
      data-count-one="${f.descriptionCount.one}" data-count-other="${f.descriptionCount.other}" data-count-chars
      data-max="5000">${values.description}</textarea>
    <p class="counter" id="description-count" aria-live="polite" hidden></p>
  </div>

  <div class="field${errors.some((e) => e.field === 'contact_email') ? ' field-invalid' : ''}">
    <label for="contact_email">${f.emailLabel}</label>
    <p class="hint" id="contact_email-hint">${f.emailHint}</p>
    ${fieldErrorText(ctx, errors, 'contact_email')}
    <input type="email" id="contact_email" name="contact_email" value="${values.contact_email}" autocomplete="email"
      spellcheck="false"${describedBy(errors, 'contact_email')}>
  </div>

  <section class="privacy" aria-labelledby="privacy-title">
    <h2 id="privacy-title">${f.privacyTitle}</h2>
    <ul>${f.privacy(ctx.contactRetentionDays).map((line) => html`<li>${line}</li>`)}</ul>
  </section>

  <div class="actions"><button type="submit" class="button button-primary">${f.submit}</button></div>
</form>`;
  return renderPage(ctx, {
    title: f.title,
    main,
    switchHref: switchLanguageHref('/', lang),
    hasErrors: errors.length > 0,
  });
}
