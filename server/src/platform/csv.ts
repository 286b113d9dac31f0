/**
 * CSV as RFC 4180 writes it, for every download Vigie offers (police batches, figures, the audit log) (no CSV library is a dependency, and writing it is small): fields
 * separated by commas, records by CRLF; a field holding a comma, a double quote, CR or LF is quoted,
 * its quotes doubled. Line breaks inside a field are kept (quoted), never rewritten.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a CR as a formula (CSV
 * injection: `=HYPERLINK(…)` turns an exported URL or note into a link or a command). Such a cell gets
 * a leading single quote, which spreadsheets show as text; a program reading the file sees the quote.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it as text. */
export const neutraliseFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** Numbers and booleans as written; text neutralised (a negative number is a number, not a formula). */
function field(value: string | number | boolean | null): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = neutraliseFormula(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header and rows as one CSV text, each record ended by CRLF. */
export function toCsv(header: readonly string[], rows: (string | number | boolean | null)[][]): string {
  return [header, ...rows].map((record) => `${record.map(field).join(',')}\r\n`).join('');
}
