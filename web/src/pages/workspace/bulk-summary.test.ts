import { describe, expect, test } from 'vitest';
import { summarise } from './bulk-summary.ts';

const urls: Record<string, string> = { a: 'https://a.example/1', b: 'https://b.example/2' };

describe('summarise', () => {
  test('counts what was done, lists refusals with their reason and address, keeps notes on done items', () => {
    const summary = summarise(
      [
        { id: 'a', outcome: 'done', reason: null },
        { id: 'b', outcome: 'refused', reason: { code: 'item.claimed', message: 'Bob is working on it.' } },
        { id: 'c', outcome: 'done', reason: { code: 'assessment.awaiting_second', message: 'Waits.' } },
      ],
      (id) => urls[id],
    );
    expect(summary.done).toBe(2);
    expect(summary.refused).toEqual([
      { id: 'b', url: 'https://b.example/2', message: 'Bob is working on it.' },
    ]);
    expect(summary.notes).toEqual([{ id: 'c', url: 'c', message: 'Waits.' }]);
  });

  test('nothing refused', () => {
    expect(summarise([{ id: 'a', outcome: 'done', reason: null }], (id) => urls[id])).toEqual({
      done: 1,
      refused: [],
      notes: [],
    });
  });
});
