// Summary of repeated benchmark runs: the median (what the benchmarks report) with the range
// beside it, so one run slowed by other work on a shared machine neither flatters nor sinks a figure.

export interface RunSummary {
  median: number;
  min: number;
  max: number;
}

export function summariseRuns(values: readonly number[]): RunSummary {
  if (values.length === 0) throw new RangeError('no runs to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const middle =
    sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median: middle, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}
