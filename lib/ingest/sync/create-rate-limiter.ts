export type SyncClock = {
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
};

export type RateLimiter = { acquire(signal?: AbortSignal): Promise<void> };

/**
 * A token bucket holding up to one second of requests (at least one), refilled at `perSec`. Callers wait in
 * arrival order, so a burst of parallel fetches is spread evenly instead of all hitting AWS at once.
 */
export function createRateLimiter(perSec: number, clock: SyncClock): RateLimiter {
  const capacity = Math.max(1, perSec);
  let tokens = capacity;
  let updatedAt = clock.now();
  let queue: Promise<void> = Promise.resolve();

  const take = async (signal?: AbortSignal) => {
    for (;;) {
      signal?.throwIfAborted();
      const now = clock.now();
      tokens = Math.min(capacity, tokens + ((now - updatedAt) / 1000) * perSec);
      updatedAt = now;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await clock.sleep(Math.ceil(((1 - tokens) / perSec) * 1000), signal);
    }
  };

  return {
    acquire(signal) {
      const turn = queue.then(() => take(signal));
      // One caller's abort must not stall those behind it.
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
