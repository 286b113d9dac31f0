import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseCsv } from './csv.testing.ts';
import { neutraliseFormula, toCsv } from './csv.ts';

test('quotes what needs it and reads back to the same cells', () => {
  const rows = [
    ['plain', 'with, comma', 'with "quotes"', 'two\r\nlines', 'lf\nonly', ''],
    ['=HYPERLINK("http://evil.example","clic")', '+33 1 23', '-rm', '@SUM(A1)', '\tTab', 'a=b'],
  ];
  const csv = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], rows);
  assert.ok(csv.endsWith('\r\n'));
  assert.deepEqual(parseCsv(csv), [
    ['a', 'b', 'c', 'd', 'e', 'f'],
    rows[0],
    ['\'=HYPERLINK("http://evil.example","clic")', "'+33 1 23", "'-rm", "'@SUM(A1)", "'\tTab", 'a=b'],
  ]);
  assert.match(csv, /"two\r\nlines"/);
  assert.match(csv, /"with ""quotes"""/);
});

test('null is an empty cell', () => {
  assert.equal(toCsv(['x', 'y'], [[null, 'v']]), 'x,y\r\n,v\r\n');
});

test('property: any cells read back as themselves, formulas neutralised', () => {
  const cell = fc.string({ unit: fc.constantFrom(...'ab,"\r\n=+-@\t é\u2028;\''), maxLength: 12 });
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
      const parsed = parseCsv(toCsv(['h1', 'h2', 'h3'], rows));
      assert.deepEqual(parsed, [['h1', 'h2', 'h3'], ...rows.map((r) => r.map(neutraliseFormula))]);
    }),
    { numRuns: 300 },
  );
});
