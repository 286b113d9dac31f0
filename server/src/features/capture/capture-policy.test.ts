/**
 * The French pack's capture rules, read as the law reads: the categories whose legal bases are the
 * Code pénal's articles on sexual violence against minors keep hashes only and are never rendered
 * as a screenshot; nothing else is hashes only; the unknown ("other") is never rendered either.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fr } from '../../jurisdictions/fr.ts';
import { capturePolicyOf } from '../../jurisdictions/jurisdiction.ts';
import { originalExpiry, originalKeptUntil, retentionOf } from './capture-policy.ts';

/** Art. 227-22 (corruption), 227-22-1 (sexual proposals), 227-22-2 (incitement), 227-23 (images). */
const CHILD_SEXUAL_ABUSE_ARTICLES = ['FR-CP-227-22', 'FR-CP-227-22-1', 'FR-CP-227-22-2', 'FR-CP-227-23'];
const isChildAbuse = (id: string) =>
  fr.categories
    .find((c) => c.id === id)
    ?.legalBases.some((basis) => CHILD_SEXUAL_ABUSE_ARTICLES.includes(basis.code)) ?? false;

test('child-abuse categories keep hashes only and never get a screenshot; no other category is hashes only', () => {
  const childAbuse = fr.categories.filter((c) => isChildAbuse(c.id)).map((c) => c.id);
  assert.deepEqual(childAbuse, [
    'child_sexual_abuse_material',
    'grooming',
    'sextortion_of_minors',
    'corruption_of_minors',
  ]);
  for (const category of fr.categories) {
    const policy = capturePolicyOf(fr, category.id);
    if (isChildAbuse(category.id)) {
      assert.deepEqual(policy, { screenshot: false, keep: 'hashes_only' }, category.id);
    } else {
      assert.notEqual(policy.keep, 'hashes_only', category.id);
    }
  }
});

test('screenshots for speech categories only; the unknown and sexual imagery are never rendered', () => {
  const rendered = fr.categories.filter((c) => capturePolicyOf(fr, c.id).screenshot).map((c) => c.id);
  assert.deepEqual(rendered, [
    'terrorism',
    'bomb_making',
    'incitement_to_suicide',
    'hate_racial_religious',
    'hate_sex_gender_disability',
    'crimes_against_humanity_apology',
    'sexual_harassment',
  ]);
  assert.equal(capturePolicyOf(fr, 'other').screenshot, false);
  assert.equal(capturePolicyOf(fr, 'a_category_of_an_older_pack').screenshot, false);
});

test('originals are kept 90 days from the request, then due for erasure; hashes-only ones at once', () => {
  const requested = new Date('2026-01-10T12:00:00Z');
  const kept = capturePolicyOf(fr, 'terrorism');
  assert.equal(originalKeptUntil(kept, requested)?.toISOString(), '2026-04-10T12:00:00.000Z');
  assert.deepEqual(retentionOf(kept, requested), { keep: 'original', until: '2026-04-10T12:00:00.000Z' });
  assert.equal(originalExpiry(kept, requested, new Date('2026-04-10T11:59:59Z')), null);
  assert.equal(originalExpiry(kept, requested, new Date('2026-04-10T12:00:00Z')), 'retention_ended');
  const hashesOnly = capturePolicyOf(fr, 'child_sexual_abuse_material');
  assert.deepEqual(retentionOf(hashesOnly, requested), { keep: 'hashes_only' });
  assert.equal(originalExpiry(hashesOnly, requested, requested), 'hashes_only');
});
