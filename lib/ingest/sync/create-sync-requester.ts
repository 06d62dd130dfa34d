import { getBackoffDelayMs } from './get-backoff-delay';
import { isRetryableError, isThrottlingError } from './aws-error';
import { createRateLimiter, type RateLimiter, type SyncClock } from './create-rate-limiter';
import type { RateLimits } from './api-rate-limits';

/** Attempts per request before its error is reported (throttling included). */
export const MAX_ATTEMPTS = 8;

export type RequestCounts = { requests: number; throttled: number; retries: number };

export type SyncRequester = {
  /** Runs one API call within the source's request budget, retrying throttled and transient failures. */
  send<T>(operation: string, call: (abortSignal?: AbortSignal) => Promise<T>): Promise<T>;
  readonly counts: RequestCounts;
};

export type SyncRequesterOptions = {
  limits: RateLimits;
  clock: SyncClock;
  /** [0, 1); jitter for back-off. */
  random: () => number;
  signal?: AbortSignal;
  maxAttempts?: number;
  /** Called after every request (for progress counters). */
  onRequest?: (counts: RequestCounts) => void;
};

export function createSyncRequester(options: SyncRequesterOptions): SyncRequester {
  const { limits, clock, random, signal } = options;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const overall = limits.overallPerSec ? createRateLimiter(limits.overallPerSec, clock) : null;
  const perOperation = new Map<string, RateLimiter>();
  const counts: RequestCounts = { requests: 0, throttled: 0, retries: 0 };

  const limiterFor = (operation: string) => {
    const rate = limits.perOperation[operation];
    if (!rate) return null;
    let limiter = perOperation.get(operation);
    if (!limiter) perOperation.set(operation, (limiter = createRateLimiter(rate, clock)));
    return limiter;
  };

  return {
    counts,
    async send(operation, call) {
      for (let attempt = 0; ; attempt++) {
        signal?.throwIfAborted();
        await limiterFor(operation)?.acquire(signal);
        await overall?.acquire(signal);
        counts.requests++;
        try {
          const result = await call(signal);
          options.onRequest?.(counts);
          return result;
        } catch (error) {
          if (isThrottlingError(error)) counts.throttled++;
          options.onRequest?.(counts);
          if (signal?.aborted || attempt + 1 >= maxAttempts || !isRetryableError(error)) throw error;
          counts.retries++;
          await clock.sleep(getBackoffDelayMs(attempt, random()), signal);
        }
      }
    },
  };
}
