/**
 * Charts as SVG, drawn by Observable Plot from a ChartSpec at a given width: crisp on screen, in
 * print and in PDF. Colours and fonts come from stats.css through class names, not from Plot's
 * options: the server's Content-Security-Policy refuses inline styles, so the `<style>` element Plot
 * puts in every SVG is taken out before the SVG reaches the page (stats.css holds its two rules).
 */
import * as Plot from '@observablehq/plot';
import type { Bar, ChartSpec } from './stats-model.ts';
import type { StatsText } from './stats-text.ts';

/** The class on every chart's SVG; stats.css styles it and its marks. */
export const PLOT_CLASS = 'stats-plot';
/** Height of one horizontal bar's band: its label above, the bar and its value below. */
const ROW = 32;
/** The charts' font size in pixels (stats.css): Plot measures label widths in ems. */
const FONT_PX = 12;

export function drawChart(spec: ChartSpec, width: number, text: StatsText): SVGElement | HTMLElement {
  const chart =
    spec.kind === 'bars'
      ? horizontalBars(spec.bars, spec.format, width, text)
      : spec.kind === 'columns'
        ? columns(spec.bars, width, text)
        : months(spec.months, width, text);
  for (const style of chart.querySelectorAll('style')) style.remove();
  // The box around the chart is the image, named by the figure: Plot's names for its marks ("bar",
  // "rule") would only be noise there, and ARIA forbids a name on a <line> or <path> without a role.
  for (const named of chart.querySelectorAll('[aria-label], [aria-description]')) {
    named.removeAttribute('aria-label');
    named.removeAttribute('aria-description');
  }
  chart.setAttribute('aria-hidden', 'true');
  return chart;
}

function horizontalBars(bars: Bar[], format: 'count' | 'share', width: number, text: StatsText) {
  const value = (v: number) => (format === 'share' ? text.share(v) : text.count(v));
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((b, i) => ({ ...b, i }));
  const marginRight = 64;
  return Plot.plot({
    className: PLOT_CLASS,
    width,
    height: rows.length * ROW + 2,
    margin: 0,
    marginRight,
    x: { axis: null, domain: [0, format === 'share' ? 1 : max] },
    y: { axis: null, domain: rows.map((r) => r.i), padding: 0 },
    marks: [
      Plot.barX(rows, {
        x: 'value',
        y: 'i',
        insetTop: 17,
        insetBottom: 3,
        className: 'bar',
        title: (r: Bar) => `${r.label}: ${value(r.value)}`,
      }),
      Plot.text(rows, {
        x: 0,
        y: 'i',
        dy: -7,
        text: 'label',
        textAnchor: 'start',
        lineWidth: (width - 8) / FONT_PX,
        textOverflow: 'ellipsis',
        className: 'bar-label',
      }),
      Plot.text(rows, {
        x: 'value',
        y: 'i',
        dy: 7,
        dx: 5,
        text: (r: Bar) => value(r.value),
        textAnchor: 'start',
        className: 'bar-value',
      }),
    ],
  });
}

function columns(bars: Bar[], width: number, text: StatsText) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return Plot.plot({
    className: PLOT_CLASS,
    width,
    height: 200,
    marginTop: 20,
    marginBottom: 24,
    marginLeft: 8,
    marginRight: 8,
    x: { type: 'band', domain: bars.map((b) => b.label), padding: 0.25 },
    y: { axis: null, domain: [0, max] },
    marks: [
      Plot.axisX({ tickSize: 0, label: null, className: 'axis' }),
      Plot.barY(bars, {
        x: 'label',
        y: 'value',
        className: 'bar',
        title: (b: Bar) => `${b.label}: ${text.count(b.value)}`,
      }),
      Plot.ruleY([0], { className: 'baseline' }),
      Plot.text(bars, {
        x: 'label',
        y: 'value',
        dy: -8,
        text: (b: Bar) => text.count(b.value),
        className: 'bar-value',
      }),
    ],
  });
}

type Month = { month: string; reports: number; illegal: number };

/** About `count` round, whole ticks from 0 up past `max`: counts have no halves. */
function countTicks(max: number, count: number): number[] {
  const raw = Math.max(1, max) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw);
  const top = Math.ceil(Math.max(1, max) / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

function months(rows: Month[], width: number, text: StatsText) {
  // One label every `step` months, with the year under January (and under the first month).
  const step = Math.max(1, Math.ceil(rows.length / Math.max(2, Math.floor((width - 50) / 56))));
  const index = new Map(rows.map((r, i) => [r.month, i]));
  const ticks = countTicks(Math.max(...rows.map((r) => Math.max(r.reports, r.illegal))), 4);
  const short = new Intl.DateTimeFormat(text.language === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  const tick = (month: string) => {
    const i = index.get(month) ?? 0;
    if (i % step !== 0) return '';
    const name = short.format(new Date(`${month}-01T00:00:00Z`));
    return i === 0 || month.endsWith('-01') ? `${name}\n${month.slice(0, 4)}` : name;
  };
  return Plot.plot({
    className: PLOT_CLASS,
    width,
    height: 240,
    marginTop: 12,
    marginBottom: 36,
    marginLeft: 48,
    marginRight: 8,
    x: { type: 'band', domain: rows.map((r) => r.month), padding: 0.2 },
    y: { domain: [0, ticks.at(-1) ?? 1] },
    marks: [
      Plot.gridY(ticks, { className: 'grid' }),
      Plot.axisY(ticks, { tickFormat: (n: number) => text.count(n), label: null, className: 'axis' }),
      Plot.axisX({ tickFormat: tick, label: null, className: 'axis' }),
      Plot.barY(rows, {
        x: 'month',
        y: 'reports',
        className: 'bar',
        title: (r: Month) => `${text.month(r.month)}: ${text.count(r.reports)}`,
      }),
      Plot.ruleY([0], { className: 'baseline' }),
      Plot.lineY(rows, { x: 'month', y: 'illegal', className: 'line', strokeWidth: 2 }),
      Plot.dot(rows, {
        x: 'month',
        y: 'illegal',
        r: 2.5,
        className: 'line-dot',
        title: (r: Month) => `${text.month(r.month)}: ${text.count(r.illegal)}`,
      }),
    ],
  });
}
