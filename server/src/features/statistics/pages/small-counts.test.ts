import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disclose } from './small-counts.ts';

test('a count under the threshold is hidden; zero and the threshold itself are shown', () => {
  const { count } = disclose(5);
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 1234].map(count), [
    0,
    'hidden',
    'hidden',
    'hidden',
    'hidden',
    5,
    6,
    1234,
  ]);
});

test('a share, rate, change or median is hidden with any count it is computed from', () => {
  const { derived } = disclose(5);
  assert.equal(derived(0.75, 12, 16), 0.75);
  assert.equal(derived(0.25, 4, 16), 'hidden', 'a small part');
  assert.equal(derived(1, 3, 3), 'hidden', 'a small whole');
  assert.equal(derived(0, 0, 16), 0, 'nothing of a shown whole is shown');
  assert.equal(derived(20.5, 12), 20.5, 'a median of enough items');
  assert.equal(derived(200, 2), 'hidden', 'a median of two items');
  assert.equal(derived(null, 0, 0), null, 'nothing to divide by stays nothing');
  assert.equal(derived(null, 3, 0), 'hidden');
});

test('the threshold is a setting: 10 hides up to 9, 1 hides nothing', () => {
  assert.equal(disclose(10).count(9), 'hidden');
  assert.equal(disclose(10).count(10), 10);
  assert.equal(disclose(10).derived(0.5, 9, 18), 'hidden');
  assert.deepEqual([0, 1, 2].map(disclose(1).count), [0, 1, 2]);
  assert.equal(disclose(1).derived(0.5, 1, 2), 0.5);
});
