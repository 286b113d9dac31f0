import { describe, expect, test } from 'vitest';
import { en } from '../../i18n/en.ts';
import { fr } from '../../i18n/fr.ts';
import { reasonText, summarise } from './bulk-summary.ts';

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

describe('reasonText', () => {
  test('says who holds a claimed item, in the interface’s language', () => {
    const claimed = {
      code: 'item.claimed',
      message: 'Bob is working on this item.',
      details: { claim: { display_name: 'Bruno Analyste' } },
    };
    expect(reasonText(claimed, fr)).toContain('Bruno Analyste');
    expect(reasonText(claimed, en)).toContain('Bruno Analyste');
    expect(reasonText(claimed, fr)).not.toBe(reasonText(claimed, en));
  });

  test('known codes have words of their own; unknown ones fall back to the server’s message', () => {
    expect(reasonText({ code: 'item.closed', message: 'x' }, fr)).toBe(fr.workspace.errors['item.closed']);
    expect(reasonText({ code: 'reassign.role', message: 'x' }, en)).toBe(
      en.queueTable.reasons['reassign.role'],
    );
    const summary = summarise(
      [{ id: 'a', outcome: 'refused', reason: { code: 'something.new', message: 'Server words.' } }],
      () => undefined,
      (r) => reasonText(r, fr),
    );
    expect(summary.refused[0]?.message).toBe('Server words.');
  });
});
