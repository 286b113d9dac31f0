// What bench:monitoring checks: task n's kind, path and host, and what a check of that kind must
// find. Shared by the bench and its servers' child process so both agree without talking.

/** Kinds of answer, with their share of 100 tasks. */
export const MIX = [
  { kind: 'online_page', share: 35, expect: 'online same_bytes' },
  { kind: 'online_image', share: 10, expect: 'online same_bytes' },
  { kind: 'not_found', share: 15, expect: 'removed not_found' },
  { kind: 'slow', share: 10, expect: 'online same_bytes' },
  { kind: 'soft_404', share: 10, expect: 'removed content_gone' },
  { kind: 'redirect', share: 10, expect: 'removed not_found' },
  { kind: 'huge_declared', share: 7, expect: 'inconclusive too_large' },
  { kind: 'huge_streamed', share: 3, expect: 'inconclusive too_large' },
] as const;
export type TaskKind = (typeof MIX)[number]['kind'];

const BY_SLOT: TaskKind[] = MIX.flatMap((m) => Array<TaskKind>(m.share).fill(m.kind));
/** Slots spread so neighbouring tasks differ (37 is prime to 100). */
export const kindOf = (n: number): TaskKind => BY_SLOT[(n * 37) % 100] as TaskKind;
export const expectedOf = (kind: TaskKind): string => MIX.find((m) => m.kind === kind)?.expect as string;
export const pathOf = (n: number): string => `/${kindOf(n)}/${n}`;

export const BENCH_DOMAIN = 'bench.test';
/** Hosts visited in a scattered order, as due checks come out of a database. */
export const hostOf = (n: number, hosts: number): string => `h${(n * 7919) % hosts}.${BENCH_DOMAIN}`;

/** How long a slow answer waits, and the size limit the bench's fetcher reads up to. */
export const SLOW_MS = 200;
export const MAX_BYTES = 2 * 1024 * 1024;
