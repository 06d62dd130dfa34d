const HOUR_MS = 3_600_000;
/** Ranges up to this long are charted per hour; longer ones per day. */
export const HOURLY_TREND_MAX_MS = 3 * 24 * HOUR_MS;
/** At most this many points on a trend line: longer ranges are cut to their most recent part. */
const MAX_POINTS = 400;

export type TrendPoint = { at: Date; count: number };

/**
 * A continuous series of failure counts over [from, to), per hour or per day, with empty buckets as zero
 * so the chart shows quiet periods. `hourlyCounts` maps whole UTC hours since 1970 to counts.
 */
export function getFailureTrend(hourlyCounts: ReadonlyMap<number, number>, range: { from: Date; to: Date }): { bucketMs: number; points: TrendPoint[] } {
  const spanMs = Math.max(range.to.getTime() - range.from.getTime(), HOUR_MS);
  const bucketMs = spanMs <= HOURLY_TREND_MAX_MS ? HOUR_MS : 24 * HOUR_MS;
  const hoursPerBucket = bucketMs / HOUR_MS;
  const lastBucket = Math.floor((range.to.getTime() - 1) / bucketMs);
  const firstBucket = Math.max(Math.floor(range.from.getTime() / bucketMs), lastBucket - MAX_POINTS + 1);
  const counts = new Map<number, number>();
  for (const [hour, count] of hourlyCounts) {
    const bucket = Math.floor(hour / hoursPerBucket);
    counts.set(bucket, (counts.get(bucket) ?? 0) + count);
  }
  const points: TrendPoint[] = [];
  for (let bucket = firstBucket; bucket <= lastBucket; bucket++) points.push({ at: new Date(bucket * bucketMs), count: counts.get(bucket) ?? 0 });
  return { bucketMs, points };
}
