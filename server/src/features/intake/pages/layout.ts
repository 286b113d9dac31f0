/**
 * The frame every public page shares: language, skip link, header with the language switch,
 * the helplines box, footer. Pages pass their main content; the layout adds nothing that needs
 * JavaScript.
 */
import { pack } from '../../../jurisdictions/index.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import type { Asset, PublicAssets } from './assets.ts';
import { html, type SafeHtml } from './html.ts';
import { type Messages, messages } from './messages.ts';

export type PageContext = {
  lang: Language;
  m: Messages;
  assets: PublicAssets;
  contactRetentionDays: number;
  /** The footer links the public page of yearly figures (when VIGIE_TRANSPARENCY_PAGE is on). */
  transparencyLink: boolean;
};

export const pageContext = (
  lang: Language,
  assets: PublicAssets,
  contactRetentionDays: number,
  transparencyLink = false,
): PageContext => ({
  lang,
  m: messages[lang],
  assets,
  contactRetentionDays,
  transparencyLink,
});

export type PageParts = {
  title: string;
  main: SafeHtml;
  /** Where the language switch leads; omitted on pages that must not be left by accident (the receipt). */
  switchHref?: string | undefined;
  hasErrors?: boolean;
  showHelplines?: boolean;
  /** Search engines may list it (the transparency page); the report pages are not for them. */
  indexable?: boolean;
  /** A page's own stylesheets, after the shared one (the transparency page's charts). */
  stylesheets?: Asset[];
};

/** "17 / 112" → two tel: links, so each number can be dialled from a phone. */
const phoneLinks = (numbers: string) =>
  numbers.split('/').map((n, i) => {
    const number = n.trim();
    return html`${i > 0 ? ' / ' : ''}<a class="tel" href="tel:${number.replace(/\s/g, '')}">${number}</a>`;
  });

export function helplinesBox(ctx: PageContext): SafeHtml {
  // First in the page, before the form: someone in distress must not have to scroll to find it. Its
  // title is not a heading, so the page's outline still starts with its own h1.
  return html`<aside class="danger" aria-labelledby="danger-title">
  <p class="danger-title" id="danger-title"><strong>${ctx.m.danger.title}</strong></p>
  <p>${ctx.m.danger.text}</p>
  <ul class="helplines">
    ${pack.helplines.map((h) => html`<li class="helpline"><strong>${phoneLinks(h.number)}</strong> ${h.label[ctx.lang]}</li>`)}
  </ul>
</aside>`;
}

export function renderPage(ctx: PageContext, parts: PageParts): string {
  const { m } = ctx;
  const title = `${parts.hasErrors ? m.errorTitlePrefix : ''}${parts.title} · ${m.siteName}`;
  const other = m.otherLanguage;
  return `<!doctype html>\n${html`<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${!parts.indexable && html`<meta name="robots" content="noindex">`}
<title>${title}</title>
<link rel="icon" href="${ctx.assets.icon.url}" type="image/svg+xml">
<link rel="stylesheet" href="${ctx.assets.css.url}">
${(parts.stylesheets ?? []).map((sheet) => html`<link rel="stylesheet" href="${sheet.url}">`)}
<script src="${ctx.assets.js.url}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">${m.skipLink}</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="/?lang=${ctx.lang}"><span class="brand-name">${m.siteName}</span>
      <span class="brand-tagline">${m.siteTagline}</span></a>
    ${
      parts.switchHref &&
      html`<a class="lang-switch" href="${parts.switchHref}" hreflang="${other.lang}" lang="${other.lang}"
      title="${other.title}">${other.label}</a>`
    }
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
${parts.showHelplines !== false && helplinesBox(ctx)}
${parts.main}
</main>
<footer class="site-footer"><div class="wrap"><p>${m.footer}</p>
${ctx.transparencyLink && html`<p><a href="/transparency?lang=${ctx.lang}">${m.transparencyLink}</a></p>`}</div></footer>
</body>
</html>`}\n`;
}

/** A link to the same page in the other language (which also sets the language cookie). */
export function switchLanguageHref(path: string, lang: Language, query: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...query, lang: messages[lang].otherLanguage.lang });
  return `${path}?${params.toString()}`;
}
