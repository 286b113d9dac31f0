/**
 * Runs many removal checks politely: at most `concurrency` at once, at most `perHost` at once on
 * one host, starts on one host at least `hostSpacingMs` apart, and, if asked, at most
 * `ratePerSecond` starts overall. Tasks are pulled from their source only as the pool can hold
 * them (a bounded look-ahead parks tasks whose host must wait), and each result goes to `onResult`
 * as it comes, so memory stays flat whatever the number of tasks. A check that throws is recorded
 * as inconclusive (reason 'error'): one bad item never stops a run. What the results mean for the
 * items is the monitoring job's.
 */
import { performance } from 'node:perf_hooks';
import type { CheckItem, CheckRecord, Fingerprints } from './check.types.ts';
import { HostSchedule } from './host-schedule.ts';

export type CheckTask = { id: string; url: string; host: string; fingerprints: Fingerprints };

export type CheckPoolOptions = {
  check: CheckItem;
  /** Checks running at once, all hosts together. */
  concurrency: number;
  /** Checks running at once on one host (default 2). */
  perHost?: number;
  /** Least time between two starts on one host (default 1,000 ms). */
  hostSpacingMs?: number;
  /** Most starts per second overall (default: no limit besides concurrency). */
  ratePerSecond?: number;
  /** Tasks pulled ahead while their host must wait (default 8 × concurrency). */
  lookahead?: number;
  /** Awaited before the pool's slot is freed, so a slow writer slows the pool instead of piling up. */
  onResult: (id: string, record: CheckRecord) => void | Promise<void>;
  /** Stops starting checks; those running finish and are reported. */
  signal?: AbortSignal;
};

export const DEFAULT_PER_HOST = 2;
export const DEFAULT_HOST_SPACING_MS = 1_000;

/** Resolves with the number of checks reported once every task is checked (or the run stopped). */
export async function runCheckPool(
  tasks: Iterable<CheckTask> | AsyncIterable<CheckTask>,
  options: CheckPoolOptions,
): Promise<{ checked: number }> {
  const concurrency = Math.max(1, options.concurrency);
  const lookahead = options.lookahead ?? concurrency * 8;
  const schedule = new HostSchedule<CheckTask>({
    perHost: options.perHost ?? DEFAULT_PER_HOST,
    spacingMs: options.hostSpacingMs ?? DEFAULT_HOST_SPACING_MS,
    globalSpacingMs: options.ratePerSecond ? 1000 / options.ratePerSecond : 0,
  });
  const source = iterate(tasks);
  let exhausted = false;
  let running = 0;
  let checked = 0;
  let failure = null as { error: unknown } | null;
  let wake: (() => void) | null = null;

  const run = async (task: CheckTask) => {
    try {
      await options.onResult(task.id, await checkSafely(options.check, task));
      checked += 1;
    } catch (error) {
      failure ??= { error };
    } finally {
      running -= 1;
      schedule.finished(task.host, performance.now());
      wake?.();
    }
  };

  for (;;) {
    const stopping = failure !== null || options.signal?.aborted === true;
    while (!stopping && running < concurrency) {
      const task = schedule.takeReady(performance.now());
      if (task) {
        running += 1;
        void run(task);
        continue;
      }
      if (exhausted || schedule.waiting >= lookahead) break;
      const next = await source.next();
      if (next.done) exhausted = true;
      else schedule.park(next.value.host, next.value);
    }
    if (running === 0 && (stopping || (exhausted && schedule.waiting === 0))) break;
    const delay = running < concurrency && !stopping ? schedule.nextReadyIn(performance.now()) : null;
    await new Promise<void>((resolve) => {
      const timer = delay === null ? null : setTimeout(resolve, Math.max(1, delay));
      wake = () => {
        if (timer) clearTimeout(timer);
        resolve();
      };
    });
    wake = null;
  }
  await source.return?.();
  if (failure) throw failure.error;
  return { checked };
}

async function checkSafely(check: CheckItem, task: CheckTask): Promise<CheckRecord> {
  const startedAt = new Date();
  const started = performance.now();
  try {
    return await check(task.url, task.fingerprints);
  } catch {
    const durationMs = Math.round(performance.now() - started);
    const nothing = { status: null, finalUrl: null, bodySha256: null, pdq: null };
    return { outcome: 'inconclusive', reason: 'error', ...nothing, startedAt, durationMs };
  }
}

function iterate<T>(tasks: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : tasks[Symbol.iterator]();
}
