import { describe, expect, it } from 'vitest';
import { tableCsv } from './stats-csv.ts';
import { makeStatsText } from './stats-text.ts';

describe('a figure table as CSV', () => {
  const text = makeStatsText('en', []);

  it('keeps numbers as numbers: shares in percent with one decimal, hours with one', () => {
    const csv = tableCsv(
      {
        columns: [
          { label: 'Country', kind: 'country' },
          { label: 'Items', kind: 'count' },
          { label: 'Share', kind: 'share' },
          { label: 'Median', kind: 'hours' },
        ],
        rows: [
          ['FR', 120, 0.7584, 11.25],
          [null, 3, 0.02, null],
        ],
      },
      text,
    );
    expect(csv).toBe(
      `Country,Items,Share (%),Median (h)\r\nFR,120,75.8,11.3\r\n${text.s.unknown},3,2.0,\r\n`,
    );
  });

  it('quotes fields holding commas, quotes or line breaks (RFC 4180)', () => {
    const csv = tableCsv(
      { columns: [{ label: 'Ground', kind: 'text' }], rows: [['religion, belief'], ['the "other" one']] },
      text,
    );
    expect(csv).toBe('Ground\r\n"religion, belief"\r\n"the ""other"" one"\r\n');
  });
});
