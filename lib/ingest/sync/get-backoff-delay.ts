/** First retry waits up to this long; each later one up to twice as long as the one before. */
export const BACKOFF_BASE_MS = 250;
/** No single pause is longer than this. */
export const BACKOFF_CAP_MS = 20_000;

/**
 * "Full jitter" exponential back-off: a random pause in [0, min(cap, base × 2^attempt)), so many callers
 * throttled together do not retry together. `random` is in [0, 1).
 */
export function getBackoffDelayMs(attempt: number, random: number, baseMs = BACKOFF_BASE_MS, capMs = BACKOFF_CAP_MS): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random * ceiling);
}
