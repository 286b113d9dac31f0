/**
 * A figure's table as CSV, built in the browser from the rows on screen (RFC 4180: commas, quotes
 * doubled, CRLF). Numbers stay numbers: counts as they are, shares and changes in percent with one
 * decimal, durations in hours, months as YYYY-MM and countries as their ISO code, so a spreadsheet
 * can compute with them. A byte-order mark lets spreadsheet programs read the accents as UTF-8.
 */
import type { Cell, CellKind, DataTable } from './stats-model.ts';
import type { StatsText } from './stats-text.ts';

function heading(label: string, kind: CellKind): string {
  if (kind === 'share' || kind === 'change') return `${label} (%)`;
  if (kind === 'hours') return `${label} (h)`;
  return label;
}

function value(kind: CellKind, cell: Cell, text: StatsText): string {
  if (cell === null) return kind === 'country' ? text.s.unknown : '';
  if (typeof cell === 'string') return cell;
  if (kind === 'share' || kind === 'change') return (cell * 100).toFixed(1);
  if (kind === 'hours') return cell.toFixed(1);
  return String(cell);
}

const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

export function tableCsv(table: DataTable, text: StatsText): string {
  const lines = [
    table.columns.map((c) => heading(c.label, c.kind)),
    ...table.rows.map((row) => table.columns.map((c, i) => value(c.kind, row[i] ?? null, text))),
  ];
  return `${lines.map((fields) => fields.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** Hands the text to the browser as a file download. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: give them time before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
