/** A strict RFC 4180 reader, to check what csv.ts writes (tests only). */
import assert from 'node:assert/strict';

/** Records of a CSV text (CRLF between records, quoted fields may hold anything). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        assert.ok(i < text.length, 'unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        assert.notEqual(text[i], '"', 'a quote inside an unquoted field');
        assert.notEqual(text[i], '\n', 'a bare LF ends no record in RFC 4180');
        value += text[i];
        i++;
      }
    }
    record.push(value);
    if (text[i] === ',') {
      i++;
      continue;
    }
    assert.equal(text.slice(i, i + 2), '\r\n', `a record ends with CRLF (at ${i})`);
    i += 2;
    records.push(record);
    record = [];
  }
  return records;
}
