// mapInOrder: `vigie hash`'s scheduling, counted over 100,000 items whose jobs finish out of order
// (the command-level count, with real files and decodes, is in hashing.commands.test.ts).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapInOrder } from './map-in-order.ts';

/** Finishes after 0-3 turns of the event loop, so later items often finish before earlier ones. */
function finishSoon<T>(value: T, turns: number): Promise<T> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve(value) : setImmediate(() => step(left - 1)));
    step(turns);
  });
}

test('100,000 items: never more than the limit in flight, every result delivered once, in input order', async () => {
  const count = 100_000;
  const limit = 8;
  const items = Array.from({ length: count }, (_, k) => k);
  let inFlight = 0;
  let maxInFlight = 0;
  let finishedOutOfOrder = 0;
  let lastFinished = -1;
  const delivered: number[] = [];
  await mapInOrder(
    items,
    limit,
    async (item) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      const result = await finishSoon(item * 2, (item * 7) % 4);
      if (item < lastFinished) finishedOutOfOrder++;
      lastFinished = item;
      inFlight--;
      return result;
    },
    (result, index) => {
      assert.equal(result, index * 2);
      delivered.push(index);
    },
  );
  assert.equal(maxInFlight, limit, 'jobs in flight at most');
  assert.equal(delivered.length, count);
  assert.ok(
    delivered.every((index, k) => index === k),
    'results delivered in input order',
  );
  assert.ok(finishedOutOfOrder > count / 10, 'the jobs really did finish out of order');
});

test('a slow first item holds back at most limit - 1 finished results, and nothing more starts', async () => {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const started: number[] = [];
  const run = mapInOrder(
    [0, 1, 2, 3, 4, 5],
    3,
    async (item) => {
      started.push(item);
      if (item === 0) await gate;
      return item;
    },
    () => {},
  );
  await finishSoon(null, 5);
  assert.deepEqual(started, [0, 1, 2]);
  release();
  await run;
  assert.deepEqual(started, [0, 1, 2, 3, 4, 5]);
});

test('a limit that is not a positive integer is refused', async () => {
  await assert.rejects(
    mapInOrder(
      [1],
      0,
      async (x) => x,
      () => {},
    ),
    RangeError,
  );
});
