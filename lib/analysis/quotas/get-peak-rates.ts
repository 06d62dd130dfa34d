/** Peak rates of a series of instants: the busiest second (a burst, against a bucket) and the busiest minute (sustained, against a refill rate). */
export type PeakRates = { burstPerSecond: number; sustainedPerSecond: number; count: number };

export function getPeakRates(instants: readonly Date[]): PeakRates {
  const perSecond = new Map<number, number>();
  const perMinute = new Map<number, number>();
  for (const instant of instants) {
    const ms = instant.getTime();
    if (!Number.isFinite(ms)) continue;
    const second = Math.floor(ms / 1000);
    const minute = Math.floor(ms / 60_000);
    perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
    perMinute.set(minute, (perMinute.get(minute) ?? 0) + 1);
  }
  let burst = 0;
  for (const value of perSecond.values()) burst = Math.max(burst, value);
  let minute = 0;
  for (const value of perMinute.values()) minute = Math.max(minute, value);
  return { burstPerSecond: burst, sustainedPerSecond: minute / 60, count: instants.length };
}
