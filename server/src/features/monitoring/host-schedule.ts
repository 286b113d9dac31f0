/**
 * Which parked task may start now, under per-host limits (at most `perHost` running on one host,
 * starts on one host `spacingMs` apart) and a global spacing between any two starts. Hosts that
 * could start are kept in arrival order (fair: a host with many tasks goes to the back after each
 * start); hosts waiting out their spacing sit in a heap by the time they may start; hosts at their
 * limit wait for a check to finish. Every operation is O(log hosts), so a look-ahead of thousands
 * of parked tasks costs nothing per start.
 */

type HostState<T> = { running: number; nextStartAt: number; queue: T[]; listed: boolean };

export type HostLimits = { perHost: number; spacingMs: number; globalSpacingMs: number };

export class HostSchedule<T> {
  /** Tasks parked, all hosts together. */
  waiting = 0;
  private readonly hosts = new Map<string, HostState<T>>();
  /** Hosts with a parked task that may start as soon as the global spacing allows. */
  private readonly runnable = new Set<string>();
  /** Hosts with a parked task waiting out their spacing, earliest first. */
  private readonly timed = new MinHeap<string>();
  private nextGlobalAt = 0;
  private sweepAbove = 1024;

  constructor(private readonly limits: HostLimits) {}

  park(host: string, task: T): void {
    const state = this.stateOf(host);
    state.queue.push(task);
    this.waiting += 1;
    this.list(host, state, -Infinity);
  }

  /** A parked task that may start at `now`, counted as started; undefined if none may. */
  takeReady(now: number): T | undefined {
    if (now < this.nextGlobalAt) return undefined;
    while (this.timed.size > 0 && this.timed.peekKey() <= now) this.runnable.add(this.timed.pop() as string);
    const host = this.runnable.values().next().value;
    if (host === undefined) return undefined;
    this.runnable.delete(host);
    const state = this.hosts.get(host) as HostState<T>;
    state.listed = false;
    const task = state.queue.shift() as T;
    this.waiting -= 1;
    state.running += 1;
    state.nextStartAt = now + this.limits.spacingMs;
    this.nextGlobalAt = now + this.limits.globalSpacingMs;
    this.list(host, state, now);
    return task;
  }

  finished(host: string, now: number): void {
    const state = this.hosts.get(host);
    if (!state) return;
    state.running -= 1;
    this.list(host, state, now);
    if (this.hosts.size > this.sweepAbove) this.sweep(now);
  }

  /** Milliseconds until a parked task may start (0: now), or null if none waits on time alone. */
  nextReadyIn(now: number): number | null {
    const hostAt = this.runnable.size > 0 ? now : this.timed.size > 0 ? this.timed.peekKey() : null;
    if (hostAt === null) return null;
    return Math.max(0, hostAt - now, this.nextGlobalAt - now);
  }

  /** Puts a host with parked tasks and room to run where takeReady will find it. */
  private list(host: string, state: HostState<T>, now: number): void {
    if (state.listed || state.queue.length === 0 || state.running >= this.limits.perHost) return;
    state.listed = true;
    if (state.nextStartAt <= now) this.runnable.add(host);
    else this.timed.push(state.nextStartAt, host);
  }

  private stateOf(host: string): HostState<T> {
    let state = this.hosts.get(host);
    if (!state) {
      state = { running: 0, nextStartAt: -Infinity, queue: [], listed: false };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Forgets idle hosts whose spacing is over, so a run over millions of hosts stays small. */
  private sweep(now: number): void {
    for (const [host, state] of this.hosts) {
      if (state.running === 0 && state.queue.length === 0 && state.nextStartAt <= now)
        this.hosts.delete(host);
    }
    this.sweepAbove = Math.max(1024, this.hosts.size * 2);
  }
}

/** A binary min-heap of values by numeric key. */
class MinHeap<V> {
  private keys: number[] = [];
  private values: V[] = [];

  get size(): number {
    return this.keys.length;
  }

  peekKey(): number {
    return this.keys[0] as number;
  }

  push(key: number, value: V): void {
    let i = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] as number) <= key) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): V | undefined {
    if (this.keys.length === 0) return undefined;
    const top = this.values[0];
    const lastKey = this.keys.pop() as number;
    const lastValue = this.values.pop() as V;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.values[0] = lastValue;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(i: number): void {
    const n = this.keys.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && (this.keys[left] as number) < (this.keys[smallest] as number)) smallest = left;
      if (right < n && (this.keys[right] as number) < (this.keys[smallest] as number)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b] as number, this.keys[a] as number];
    [this.values[a], this.values[b]] = [this.values[b] as V, this.values[a] as V];
  }
}
