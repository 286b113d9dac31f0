/**
 * What a statistics section is, independently of how it is drawn: a title, the definitions that say
 * what it counts, a few key numbers, and figures — each a table (the reference, and its CSV) with an
 * optional chart drawn from the same rows. The dashboard and the printable report render the same
 * sections (stats-section-view.tsx), so a figure cannot differ between the two.
 */
import type { DefinitionKey } from '../../api/types.ts';
import type { StatsText } from './stats-text.ts';

/**
 * How a cell reads: on screen formatted for the reader; in the CSV as data (numbers, shares in
 * percent, months as YYYY-MM, countries as their ISO code).
 */
export type CellKind = 'text' | 'count' | 'share' | 'change' | 'hours' | 'month' | 'country';
export type Column = { label: string; kind: CellKind };
export type Cell = string | number | null;
export type DataTable = { columns: Column[]; rows: Cell[][] };

export type Bar = { label: string; value: number };
export type ChartSpec =
  /** Horizontal bars, one per row, labelled above the bar: readable at any width. */
  | { kind: 'bars'; bars: Bar[]; format: 'count' | 'share' }
  /** Vertical bars for a few ordered values (years). */
  | { kind: 'columns'; bars: Bar[] }
  /** Reports per month as bars, illegal items as a line. */
  | { kind: 'months'; months: { month: string; reports: number; illegal: number }[] };

export type Figure = {
  /** Stable: the CSV's file name and the element's id. */
  id: string;
  title: string;
  table: DataTable;
  chart?: ChartSpec;
  note?: string;
  /** Nothing to show: the figure says so instead of drawing empty axes. */
  empty: boolean;
};

export type KeyNumber = { label: string; value: string; detail?: string };

export type Section = {
  id: string;
  title: string;
  definitions: DefinitionKey[];
  numbers: KeyNumber[];
  figures: Figure[];
};

/** Column helpers: the heading in the reader's language and the kind of cell. */
export const col = {
  text: (label: string): Column => ({ label, kind: 'text' }),
  count: (label: string): Column => ({ label, kind: 'count' }),
  share: (label: string): Column => ({ label, kind: 'share' }),
  change: (label: string): Column => ({ label, kind: 'change' }),
  hours: (label: string): Column => ({ label, kind: 'hours' }),
  month: (label: string): Column => ({ label, kind: 'month' }),
  country: (label: string): Column => ({ label, kind: 'country' }),
};

/** Charts show this many bars at most; the table keeps every row. */
export const TOP = 15;

/** A figure whose chart is horizontal bars of the first column's label and one numeric column. */
export function barFigure(options: {
  id: string;
  title: string;
  table: DataTable;
  /** The column the bars measure. */
  measure: number;
  /** The column that names a bar (the first unless said). */
  labelColumn?: number;
  text: StatsText;
  format?: 'count' | 'share';
}): Figure {
  const { table, measure, text } = options;
  const labelColumn = options.labelColumn ?? 0;
  const kind = table.columns[labelColumn]?.kind ?? 'text';
  const bars = table.rows.map((row) => ({
    label: formatCell(text, kind, row[labelColumn] ?? null),
    value: typeof row[measure] === 'number' ? row[measure] : 0,
  }));
  const cut = bars.length > TOP;
  return {
    id: options.id,
    title: options.title,
    table,
    chart: { kind: 'bars', bars: bars.slice(0, TOP), format: options.format ?? 'count' },
    note: cut ? text.s.topOnly(TOP) : undefined,
    empty: bars.every((b) => b.value === 0),
  };
}

/** A cell as the reader sees it. */
export function formatCell(text: StatsText, kind: CellKind, cell: Cell): string {
  if (kind === 'country') return text.country(typeof cell === 'string' ? cell : null);
  if (cell === null) return text.s.noValue;
  if (typeof cell === 'string') return kind === 'month' ? text.month(cell) : cell;
  switch (kind) {
    case 'share':
      return text.share(cell);
    case 'change':
      return text.change(cell);
    case 'hours':
      return text.hours(cell);
    default:
      return text.count(cell);
  }
}
