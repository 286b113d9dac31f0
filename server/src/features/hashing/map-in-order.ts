// Owns bounded, ordered fan-out: run an async job per item with at most `limit` jobs started and
// not yet delivered, and hand the results over in input order. What the jobs do, and where the
// results go, belong to the caller (`vigie hash` prints them).

/**
 * Calls `run` on each item, keeping at most `limit` items between "started" and "delivered", and
 * calls `deliver` with each result in input order as soon as it and all earlier ones are in. Item
 * k + limit starts only once item k is delivered, so a slow item holds back at most `limit - 1`
 * finished results. `run` must not reject (report failures in its result).
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T, index: number) => Promise<R>,
  deliver: (result: R, index: number) => void,
): Promise<void> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
  const window: Promise<R>[] = [];
  let started = 0;
  for (let delivered = 0; delivered < items.length; delivered++) {
    while (started < items.length && started - delivered < limit) {
      window[started % limit] = run(items[started] as T, started);
      started++;
    }
    deliver(await (window[delivered % limit] as Promise<R>), delivered);
  }
}
