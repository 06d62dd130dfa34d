/** A state machine's usual duration: the p99 of its successful runs, once there are enough of them. */
export type DurationBaseline = { p99Ms: number; medianMs: number; sampleSize: number };

/** Nearest-rank percentile of sorted values (p in 0..100). */
export function getPercentile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedValues.length));
  return sortedValues[Math.min(rank, sortedValues.length) - 1];
}

/** null below `minSamples` usable durations: a p99 of a handful of runs says nothing. */
export function getDurationBaseline(durationsMs: readonly number[], minSamples: number): DurationBaseline | null {
  const usable = durationsMs.filter((value) => Number.isFinite(value) && value >= 0).sort((a, b) => a - b);
  if (usable.length < minSamples || usable.length === 0) return null;
  return { p99Ms: getPercentile(usable, 99), medianMs: getPercentile(usable, 50), sampleSize: usable.length };
}
