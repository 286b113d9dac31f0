import { describe, expect, it } from 'vitest';
import { detailLines } from './audit-format.ts';

describe('audit details as readable lines', () => {
  it('shows a change as "from → to" and a missing value as a dash', () => {
    expect(detailLines({ role: { from: 'analyst', to: 'supervisor' }, reason: null })).toEqual([
      'role: analyst → supervisor',
      'reason: —',
    ]);
  });

  it('flattens nested objects and lists instead of printing JSON', () => {
    expect(detailLines({ filters: { category: 'csam', states: ['new', 'claimed'] } })).toEqual([
      'filters: category: csam, states: new, claimed',
    ]);
  });
});
