/**
 * The public transparency page: one year's figures (public-figures.ts) in the public pages' frame,
 * with the years to choose from, and what each figure counts (stats-definitions.ts). Plain HTML: links
 * and tables, SVG charts, nothing that needs JavaScript.
 */
import type { Language } from '../../../platform/i18n/language.ts';
import {
  type Asset,
  attr,
  html,
  type PageContext,
  renderPage,
  type SafeHtml,
  switchLanguageHref,
} from '../../intake/index.ts';
import { DEFINITION_KEYS, DEFINITIONS, type DefinitionKey } from '../stats-definitions.ts';
import type { PublicFigures } from './public-figures.ts';
import { type TransparencyMessages, transparencyMessages } from './transparency-messages.ts';
import { breakdownTable, figureList, monthChart, type Writer, writer } from './transparency-parts.ts';

export const TRANSPARENCY_PATH = '/transparency';

/**
 * The definitions of the figures this page shows, in reading order. The backlog, the types of service
 * and the DSA figures stay on the staff's report; the small-count rule is said at the top of the page.
 */
const STAFF_ONLY: readonly DefinitionKey[] = ['service_type', 'backlog', 'dsa', 'small_counts'];
const SHOWN_DEFINITIONS = DEFINITION_KEYS.filter((key) => !STAFF_ONLY.includes(key));

export type TransparencyView = {
  /** The years that have reports, oldest first; the chosen one is `figures.year`. */
  years: number[];
  figures: PublicFigures;
  stylesheet: Asset;
};

const section = (id: string, title: string, body: SafeHtml | SafeHtml[]) =>
  html`<section class="figures-section" aria-labelledby="${id}-title">
<h2 id="${id}-title">${title}</h2>
${body}
</section>
`;

const yearHref = (year: number, lang: Language) => `${TRANSPARENCY_PATH}?year=${year}&lang=${lang}`;

function yearChoice(ctx: PageContext, t: TransparencyMessages, years: number[], chosen: number) {
  if (years.length < 2) return html``;
  return html`<nav class="year-choice" aria-label="${t.years}"><ul>
${years.map(
  (year) =>
    html`<li><a href="${yearHref(year, ctx.lang)}"${attr('aria-current', year === chosen, 'page')}>${year}</a></li>`,
)}
</ul></nav>`;
}

function glance(w: Writer, f: PublicFigures): SafeHtml {
  const g = w.t.glance;
  const change =
    f.reports.change !== null ? g.change(w.change(f.reports.change), f.reports.previousYear) : '';
  const { illegality } = f.items;
  return section(
    'glance',
    g.title,
    figureList(
      [
        { term: g.reports, value: w.count(f.reports.total), note: change },
        { term: g.assessed, value: w.count(f.items.assessed) },
        { term: g.illegal, value: w.count(f.items.illegal) },
        {
          term: g.illegalityRate,
          value: w.share(illegality.rate),
          note:
            illegality.assessed === 0
              ? ''
              : g.illegalityBasis(w.count(illegality.illegal), w.count(illegality.assessed)),
        },
        { term: g.removalRate, value: w.share(f.removal.rate) },
        { term: g.median, value: w.hours(f.removal.medianHours) },
      ],
      'key-figures',
    ),
  );
}

function months(w: Writer, f: PublicFigures): SafeHtml {
  const m = w.t.months;
  return section(
    'months',
    m.title,
    html`${monthChart(w, f.months)}
<details class="figures-table"><summary>${w.t.table}</summary>
${breakdownTable(w, {
  caption: m.title,
  columns: [m.month, m.reports],
  rows: f.months.map((row) => ({ label: w.month(row.month, 'long'), count: row.reports })),
})}
</details>`,
  );
}

function channels(w: Writer, f: PublicFigures): SafeHtml {
  const c = w.t.channels;
  return section(
    'channels',
    c.title,
    breakdownTable(w, {
      caption: c.title,
      columns: [c.channel, c.reports, c.share],
      rows: f.channels.map((r) => ({ label: c.names[r.channel], count: r.reports, share: r.share })),
    }),
  );
}

function categories(w: Writer, f: PublicFigures, lang: Language): SafeHtml {
  const c = w.t.categories;
  return section(
    'categories',
    c.title,
    f.categories.length === 0
      ? html`<p>${c.empty}</p>`
      : breakdownTable(w, {
          caption: c.title,
          columns: [c.category, c.items, c.share],
          rows: f.categories.map((r) => ({ label: r.label[lang], count: r.illegal, share: r.share })),
        }),
  );
}

function removal(w: Writer, f: PublicFigures): SafeHtml {
  const r = w.t.removal;
  const x = f.removal;
  return section(
    'removal',
    r.title,
    figureList([
      { term: r.notified, value: w.count(x.notified) },
      { term: r.removed, value: w.count(x.removed) },
      { term: r.rate, value: w.share(x.rate) },
      { term: r.median, value: w.hours(x.medianHours) },
      { term: r.within24h, value: w.share(x.within24h) },
      { term: r.within7d, value: w.share(x.within7d) },
    ]),
  );
}

function notices(w: Writer, f: PublicFigures): SafeHtml {
  const n = w.t.notices;
  const { police, hostNotices: hosts, partnerForwards: partners } = f;
  const inCountry = n.inCountry(w.country(police.country));
  const share = police.shareInCountry;
  const inCountryNote =
    share === null ? '' : share === 'hidden' ? n.shareHidden : n.inCountryShare(w.share(share));
  return section('notices', n.title, [
    html`<h3>${n.police}</h3>`,
    figureList([
      { term: n.policeNotices, value: w.count(police.notices) },
      { term: n.policeItems, value: w.count(police.items) },
      { term: inCountry, value: w.count(police.inCountry), note: inCountryNote },
    ]),
    html`<h3>${n.hosts}</h3>`,
    figureList([
      { term: n.notices, value: w.count(hosts.notices) },
      { term: n.items, value: w.count(hosts.items) },
    ]),
    breakdownTable(w, {
      caption: n.hosts,
      columns: [n.recipient, n.notices],
      rows: hosts.byRecipient.map((r) => ({ label: n.recipients[r.kind], count: r.notices })),
    }),
    html`<h3>${n.partners}</h3>`,
    figureList([
      { term: n.partnerNotices, value: w.count(partners.notices) },
      { term: n.partnerItems, value: w.count(partners.items) },
    ]),
    partners.byCountry.length > 0
      ? breakdownTable(w, {
          caption: n.partners,
          columns: [n.country, n.partnerItems],
          rows: partners.byCountry.map((r) => ({ label: w.country(r.country), count: r.items })),
        })
      : html``,
  ]);
}

function countries(w: Writer, f: PublicFigures): SafeHtml {
  const c = w.t.countries;
  const { top, rest, unknown } = f.hostingCountries;
  const rows = [
    ...top.map((r) => ({ label: w.country(r.country), count: r.items, share: r.share })),
    ...(rest ? [{ label: c.rest(rest.countries), count: rest.items, share: rest.share }] : []),
    ...(unknown ? [{ label: c.unknown, count: unknown.items, share: unknown.share }] : []),
  ];
  return section(
    'countries',
    c.title,
    rows.length === 0
      ? html`<p>${c.empty}</p>`
      : breakdownTable(w, { caption: c.title, columns: [c.country, c.items, c.share], rows }),
  );
}

function hate(w: Writer, f: PublicFigures, lang: Language): SafeHtml {
  const h = w.t.hate;
  return section(
    'hate',
    h.title,
    f.hateGrounds.length === 0
      ? html`<p>${h.empty}</p>`
      : breakdownTable(w, {
          caption: h.title,
          columns: [h.ground, h.items, h.share],
          rows: f.hateGrounds.map((g) => ({ label: g.label[lang], count: g.items, share: g.share })),
        }),
  );
}

function terrorism(w: Writer, f: PublicFigures): SafeHtml {
  const t = w.t.terrorism;
  return section(
    'terrorism',
    t.title,
    figureList([
      { term: t.reported, value: w.count(f.terrorism.reported) },
      { term: t.qualifiedIllegal, value: w.count(f.terrorism.qualifiedIllegal) },
      { term: t.pending, value: w.count(f.terrorism.pending) },
    ]),
  );
}

function definitions(t: TransparencyMessages, lang: Language): SafeHtml {
  return section(
    'definitions',
    t.definitions.title,
    html`<dl class="definitions">
${SHOWN_DEFINITIONS.map((key) => html`<dt>${DEFINITIONS[key].term[lang]}</dt><dd>${DEFINITIONS[key].text[lang]}</dd>\n`)}</dl>`,
  );
}

export function renderTransparency(ctx: PageContext, view: TransparencyView): string {
  const t = transparencyMessages[ctx.lang];
  const f = view.figures;
  const w = writer(t, f.threshold);
  const lang = ctx.lang;
  const body =
    view.years.length === 0
      ? html`<p class="notice">${t.noReports}</p>`
      : [
          glance(w, f),
          months(w, f),
          channels(w, f),
          categories(w, f, lang),
          removal(w, f),
          notices(w, f),
          countries(w, f),
          hate(w, f, lang),
          terrorism(w, f),
        ];
  const main = html`<h1>${t.heading(f.year)}</h1>
<p class="lead">${t.lead}</p>
${yearChoice(ctx, t, view.years, f.year)}
${f.inProgress && view.years.length > 0 && html`<p class="notice">${t.inProgress(f.year)}</p>`}
${f.threshold > 1 && html`<p class="small-print">${t.smallCounts(f.threshold)}</p>`}
${body}
${definitions(t, lang)}`;
  return renderPage(ctx, {
    indexable: true,
    title: t.title(f.year),
    main,
    switchHref: switchLanguageHref(TRANSPARENCY_PATH, ctx.lang, { year: String(f.year) }),
    stylesheets: [view.stylesheet],
    showHelplines: false,
  });
}
