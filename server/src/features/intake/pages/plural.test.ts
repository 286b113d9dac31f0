/** Counts in the public pages' messages follow each language's plural rule. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { messages } from './messages.ts';
import { countText } from './plural.ts';

const characters = { one: '{n} caractère', other: '{n} caractères' };

describe('countText', () => {
  test('French puts 0 and 1 in the singular', () => {
    assert.equal(countText('fr-FR', 0, characters), '0 caractère');
    assert.equal(countText('fr-FR', 1, characters), '1 caractère');
    assert.equal(countText('fr-FR', 2, characters), '2 caractères');
    assert.equal(countText('fr-FR', 5001, characters), '5\u202f001 caractères');
    // CLDR's French "many" (millions) has no form of its own here: the plural.
    assert.equal(countText('fr-FR', 1_000_000, characters), '1\u202f000\u202f000 caractères');
  });

  test('English only 1', () => {
    const forms = { one: '{n} character', other: '{n} characters' };
    assert.equal(countText('en-GB', 0, forms), '0 characters');
    assert.equal(countText('en-GB', 1, forms), '1 character');
    assert.equal(countText('en-GB', 5001, forms), '5,001 characters');
  });
});

describe('the messages with a count', () => {
  test('agree with their count in both languages', () => {
    const { fr, en } = messages;
    assert.equal(fr.errors.moreUrlErrors(1), '… et 1 autre ligne à corriger.');
    assert.equal(fr.errors.moreUrlErrors(3), '… et 3 autres lignes à corriger.');
    assert.equal(en.errors.moreUrlErrors(1), '… and 1 more line to correct.');
    assert.equal(en.errors.moreUrlErrors(3), '… and 3 more lines to correct.');
    assert.match(fr.form.privacy(1).join(' '), /effacée au bout de 1 jour,/);
    assert.match(fr.form.privacy(30).join(' '), /effacée au bout de 30 jours,/);
    assert.match(en.form.privacy(1).join(' '), /erased after 1 day,/);
    assert.match(en.form.privacy(365).join(' '), /erased after 365 days,/);
    assert.equal(fr.errors.urlsTooMany(51), 'Vous avez indiqué 51 adresses : 50 au plus par signalement.');
    assert.equal(en.errors.descriptionTooLong(5001), 'The description has 5,001 characters: at most 5,000.');
    assert.equal(fr.form.descriptionCount.one.replace('{n}', '0'), '0 caractère sur 5\u202f000');
    assert.equal(en.form.urlsCount.other.replace('{n}', '0'), '0 addresses of 50');
  });

  test('no message hedges with "(s)"', () => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') texts.push(String(value(2, 'x')), String(value(1, 'x')));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(messages);
    assert.ok(texts.length > 100);
    assert.deepEqual(
      texts.filter((text) => /\(s\)|\(x\)/.test(text)),
      [],
    );
  });
});
