/** Attempts before a delivery is given up (about 8.5 hours of retries at these delays). */
export const MAX_ALERT_ATTEMPTS = 10;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 3_600_000;

/**
 * Exponential back-off with "equal jitter": half the doubled delay, plus a random part of the other half,
 * so many failed deliveries do not retry in step against a receiver that is coming back.
 * `random` is in [0, 1) (Math.random at the edge; fixed in tests).
 */
export function getRetryDelayMs(attempts: number, random: number): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
