import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultYear, localMonth } from './transparency.service.ts';
import { ttlCache } from './ttl-cache.ts';

test('the page opens on the last complete year that has reports, else on the current year', () => {
  assert.equal(defaultYear([2023, 2024, 2026], 2026), 2024);
  assert.equal(defaultYear([2023, 2024], 2026), 2024, 'a year without reports is no default');
  assert.equal(defaultYear([2026], 2026), 2026, 'nothing before this year');
  assert.equal(defaultYear([], 2026), 2026, 'no reports at all');
});

test('the current month is the hotline’s: 23:30 UTC on 31 December is already January in Paris', () => {
  const newYearsEve = new Date('2025-12-31T23:30:00Z');
  assert.equal(localMonth(newYearsEve, 'Europe/Paris'), '2026-01');
  assert.equal(localMonth(newYearsEve, 'UTC'), '2025-12');
});

test('the cache computes a key once for its lifetime, for everyone asking at once', async () => {
  let clock = 0;
  let runs = 0;
  const cache = ttlCache<number>(600_000, { now: () => clock });
  const make = async () => ++runs;
  assert.deepEqual(await Promise.all([cache.get('2025', make), cache.get('2025', make)]), [1, 1]);
  clock = 599_999;
  assert.equal(await cache.get('2025', make), 1, 'still fresh');
  assert.equal(await cache.get('2024', make), 2, 'another key');
  clock = 600_000;
  assert.equal(await cache.get('2025', make), 3, 'ten minutes later, counted again');
});

test('the cache forgets a failure, and a value it may not keep', async () => {
  let runs = 0;
  const cache = ttlCache<number>(600_000, { keep: (n) => n > 1 });
  await assert.rejects(
    cache.get('a', async () => {
      runs++;
      throw new Error('database down');
    }),
  );
  assert.equal(await cache.get('a', async () => ++runs), 2, 'tried again after the failure');
  assert.equal(await cache.get('b', async () => 1), 1);
  assert.equal(await cache.get('b', async () => 5), 5, 'a value not kept is asked again');
  assert.equal(await cache.get('b', async () => 9), 5, 'a kept one is not');
});
