import { describe, expect, it } from 'vitest';
import { ITEM_SECTIONS, sectionAfterKey, sectionOf, sectionsFor, withSection } from './item-sections.ts';

describe('the item page sections', () => {
  it('reads the section from the address and ignores an unknown one', () => {
    expect(sectionOf('?tab=notices')).toBe('notices');
    expect(sectionOf('?tab=nonsense')).toBeUndefined();
    expect(sectionOf('')).toBeUndefined();
  });

  it('sets the section in the address and keeps the other parameters', () => {
    expect(withSection('?lang=en&tab=evidence', 'history')).toBe('?lang=en&tab=history');
    expect(withSection('', 'hosting')).toBe('?tab=hosting');
  });

  it('moves with the arrows (wrapping) and jumps with Home and End', () => {
    expect(sectionAfterKey(ITEM_SECTIONS, 'evidence', 'ArrowRight')).toBe('qualification');
    expect(sectionAfterKey(ITEM_SECTIONS, 'evidence', 'ArrowLeft')).toBe('history');
    expect(sectionAfterKey(ITEM_SECTIONS, 'history', 'ArrowRight')).toBe('evidence');
    expect(sectionAfterKey(ITEM_SECTIONS, 'hosting', 'Home')).toBe('evidence');
    expect(sectionAfterKey(ITEM_SECTIONS, 'hosting', 'End')).toBe('history');
    expect(sectionAfterKey(ITEM_SECTIONS, 'hosting', 'a')).toBeUndefined();
  });

  it('leaves out the reporter and the history for roles that may not open them', () => {
    expect(sectionsFor({ feedback: false, history: false })).toEqual([
      'evidence',
      'qualification',
      'hosting',
      'notices',
    ]);
    expect(sectionsFor({ feedback: true, history: true })).toEqual([...ITEM_SECTIONS]);
  });
});
