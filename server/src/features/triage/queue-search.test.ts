/** How the queue's search reads what was typed, before any look-up (queue-search.ts's order). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AppError } from '../../platform/errors.ts';
import { readSearch } from './queue-search.ts';

const read = (q: string) => {
  try {
    return readSearch(q);
  } catch (error) {
    return { error: (error as AppError).code };
  }
};

test('each shape of q is read as its kind, normalised', () => {
  const cases: [string, unknown][] = [
    ['VG-7K3M-9QX2', { kind: 'tracking_code', value: 'VG-7K3M-9QX2' }],
    [' vg 7k3m 9qx2 ', { kind: 'tracking_code', value: 'VG-7K3M-9QX2' }],
    // Eight letters of the code alphabet are a word, not a code, without the VG.
    ['database', { kind: 'text', value: 'database' }],
    ['HTTPS://Exemple.FR/a?utm_source=x#top', { kind: 'url', value: 'https://exemple.fr/a' }],
    ['https://', { error: 'queue.search_invalid_url' }],
    ['F'.repeat(64), { kind: 'hash256', value: 'f'.repeat(64) }],
    ['A'.repeat(32), { kind: 'md5', value: 'a'.repeat(32) }],
    ['www.Example.com.', { kind: 'domain', value: 'www.example.com' }],
    ['bücher.de', { kind: 'domain', value: 'xn--bcher-kva.de' }],
    ['192.0.2.1', { kind: 'domain', value: '192.0.2.1' }],
    // Not host names: a version number, a path, an IPv6 literal, a space.
    ['1.5', { kind: 'text', value: '1.5' }],
    ['example.com/path', { kind: 'text', value: 'example.com/path' }],
    ['[::1]', { kind: 'text', value: '[::1]' }],
    ['ex ample.com', { kind: 'text', value: 'ex ample.com' }],
    ['ab', { error: 'queue.search_too_short' }],
    ['😀😀', { error: 'queue.search_too_short' }],
    ['😀😀😀', { kind: 'text', value: '😀😀😀' }],
  ];
  for (const [q, expected] of cases) assert.deepEqual(read(q), expected, JSON.stringify(q));
});

test('a refused search says why with a stable code, as a 400', () => {
  assert.throws(
    () => readSearch('ab'),
    (e: AppError) => e.status === 400 && e.details?.min_length === 3,
  );
});
