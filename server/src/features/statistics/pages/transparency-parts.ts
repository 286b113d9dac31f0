/**
 * The transparency page's building blocks: figures written the reader's way (a hidden count as
 * "< 5", a hidden share as "hidden"), tables whose rows carry a bar, lists of figures, and the months'
 * column chart. Charts are SVG drawn with attributes only (the pages' CSP allows no inline style) and
 * hidden from assistive technologies, which read the same figures in the tables beside them. A hidden
 * count gets no bar: its length would give the count back.
 */
import { html, type SafeHtml } from '../../intake/index.ts';
import type { Disclosed } from './small-counts.ts';
import type { TransparencyMessages } from './transparency-messages.ts';

export type Writer = ReturnType<typeof writer>;

/** How figures read in one language. */
export function writer(t: TransparencyMessages, threshold: number) {
  const number = new Intl.NumberFormat(t.locale);
  const percent = new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(t.locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const hours = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 });
  const regions = new Intl.DisplayNames([t.locale], { type: 'region' });
  const shown = (value: Disclosed, write: (n: number) => string, hidden: string) =>
    value === null ? t.none : value === 'hidden' ? hidden : write(value);
  return {
    t,
    count: (value: Disclosed) => shown(value, (n) => number.format(n), t.under(threshold)),
    share: (value: Disclosed) => shown(value, (n) => percent.format(n), t.hidden),
    change: (value: Disclosed) => shown(value, (n) => signed.format(n), t.hidden),
    hours: (value: Disclosed) => shown(value, (n) => t.hours(hours.format(n)), t.hidden),
    country(code: string | null): string {
      if (code === null) return t.countries.unknown;
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
    month: (month: string, style: 'long' | 'short' | 'narrow') =>
      new Intl.DateTimeFormat(t.locale, { month: style, timeZone: 'UTC' }).format(
        new Date(`${month}-01T12:00:00Z`),
      ),
  };
}

/** A bar as long as `value` is against `max`; none for a hidden count. */
export function bar(value: Disclosed, max: number): SafeHtml {
  const length = typeof value === 'number' && max > 0 ? Math.round((value / max) * 1000) / 10 : 0;
  return html`<svg class="bar" width="100%" height="10" aria-hidden="true" focusable="false">
<rect class="bar-track" width="100%" height="10" rx="2"></rect>${
    length > 0 && html`<rect class="bar-fill" width="${length}%" height="10" rx="2"></rect>`
  }</svg>`;
}

const largest = (values: Disclosed[]) => Math.max(0, ...values.map((v) => (typeof v === 'number' ? v : 0)));

export type BreakdownRow = { label: string; count: Disclosed; share?: Disclosed };

/**
 * A table of one breakdown: a label with its bar, the count and (when given) the share. `caption`
 * names it for assistive technologies (the section's heading says it on screen).
 */
export function breakdownTable(
  w: Writer,
  options: { caption: string; columns: [string, string, string?]; rows: BreakdownRow[] },
): SafeHtml {
  const [label, count, share] = options.columns;
  const max = largest(options.rows.map((r) => r.count));
  return html`<table class="breakdown">
<caption class="visually-hidden">${options.caption}</caption>
<thead><tr><th scope="col">${label}</th><th scope="col" class="num">${count}</th>${
    share !== undefined && html`<th scope="col" class="num">${share}</th>`
  }</tr></thead>
<tbody>
${options.rows.map(
  (r) => html`<tr><th scope="row"><span class="row-label">${r.label}</span>${bar(r.count, max)}</th>
<td class="num">${w.count(r.count)}</td>${share !== undefined && html`<td class="num">${w.share(r.share ?? null)}</td>`}</tr>
`,
)}</tbody>
</table>`;
}

/** A list of figures, each a term and its value (and a note under it). */
export function figureList(items: Array<{ term: string; value: string; note?: string }>, kind = 'figures') {
  return html`<dl class="${kind}">
${items.map(
  (i) => html`<div><dt>${i.term}</dt><dd class="figure-value">${i.value}</dd>${
    i.note && html`<dd class="figure-note">${i.note}</dd>`
  }</div>
`,
)}</dl>`;
}

/** Geometry of the months' chart, in px (heights) and % of the width (positions). */
const CHART = { height: 190, base: 150, top: 24, label: 176 };

/**
 * Reports per month as columns, the count above each (a hidden one says "< 5" and has no column).
 * Month names come twice, abbreviated and as one letter; the stylesheet shows the one that fits.
 */
export function monthChart(w: Writer, months: Array<{ month: string; reports: Disclosed }>): SafeHtml {
  const max = largest(months.map((m) => m.reports));
  const slot = 100 / Math.max(1, months.length);
  const at = (i: number, offset = 0.5) => `${Math.round((i + offset) * slot * 100) / 100}%`;
  const columns = months.map((m, i) => {
    const height =
      typeof m.reports === 'number' && max > 0 ? Math.round((m.reports / max) * (CHART.base - CHART.top)) : 0;
    return html`<g>${
      height > 0 &&
      html`<rect class="column" x="${at(i, 0.2)}" y="${CHART.base - height}" width="${at(0, 0.6)}" height="${height}" rx="2"></rect>`
    }<text class="column-value" x="${at(i)}" y="${CHART.base - height - 6}" text-anchor="middle">${w.count(m.reports)}</text>
<text class="column-month month-short" x="${at(i)}" y="${CHART.label}" text-anchor="middle">${w.month(m.month, 'short')}</text>
<text class="column-month month-narrow" x="${at(i)}" y="${CHART.label}" text-anchor="middle">${w.month(m.month, 'narrow')}</text></g>
`;
  });
  return html`<svg class="month-chart" width="100%" height="${CHART.height}" aria-hidden="true" focusable="false">
<line class="axis" x1="0" x2="100%" y1="${CHART.base}" y2="${CHART.base}"></line>
${columns}</svg>`;
}
