/** Small statistics for benchmark samples: the machine is noisy, so medians, not means. */

export function percentile(samples: readonly number[], p: number): number {
  // A measure a run could not take (no paint entry, say) is left out, not counted as zero.
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  // Nearest rank: the smallest sample with at least p% of the samples at or below it.
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Runs `measure` `times` times, one after another, and keeps every result. */
export async function repeat<T>(
  times: number,
  measure: (round: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  for (let round = 0; round < times; round++) results.push(await measure(round));
  return results;
}

/** The median of each numeric field over several runs of the same measurement. */
export function medianOf<T extends Record<keyof T, number>>(runs: readonly T[]): T {
  const first = runs[0];
  if (!first) throw new Error('medianOf needs at least one run.');
  return Object.fromEntries(
    (Object.keys(first) as (keyof T)[]).map((key) => [key, median(runs.map((run) => run[key]))]),
  ) as T;
}
