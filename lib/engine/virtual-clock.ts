import type { Clock } from './clock';

type Timer = { at: number; resolve: () => void };

export type VirtualClock = Clock & {
  /** Moves time forward by `ms`, firing due timers in order. */
  advance(ms: number): Promise<void>;
  /** Number of sleeps not yet due. */
  pending(): number;
};

/**
 * A clock whose time only moves when told, or (autoAdvance) as soon as the process has nothing else
 * to do: a sleeping execution then wakes at once, so Wait states and Retry back-off run instantly and
 * deterministically. Timers due at the same instant fire in the order they were set.
 */
export function createVirtualClock(options: { start?: number; autoAdvance?: boolean } = {}): VirtualClock {
  let now = options.start ?? Date.UTC(2024, 0, 1);
  /** Kept in due order (then in the order set): a thousand sleeping executions need no sort per wake-up. */
  const timers: Timer[] = [];
  let scheduled = false;

  const insert = (timer: Timer): void => {
    let lo = 0;
    let hi = timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timers[mid].at <= timer.at) lo = mid + 1;
      else hi = mid;
    }
    timers.splice(lo, 0, timer);
  };

  const fireNext = (): boolean => {
    const t = timers.shift();
    if (!t) return false;
    if (t.at > now) now = t.at;
    t.resolve();
    return true;
  };

  // One macrotask hop: every pending promise reaction has run by then, so time jumps only when
  // the executions are all waiting.
  const schedule = () => {
    if (!options.autoAdvance || scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (fireNext() && timers.length > 0) schedule();
    });
  };

  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer: Timer = {
          at: now + Math.max(0, ms),
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          const i = timers.indexOf(timer);
          if (i >= 0) timers.splice(i, 1);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        insert(timer);
        schedule();
      });
    },
    async advance(ms) {
      const target = now + ms;
      // Let work already under way (promise chains) reach its next sleep before time moves.
      await new Promise<void>((r) => setImmediate(r));
      for (;;) {
        const t = timers[0];
        if (!t || t.at > target) break;
        fireNext();
        await new Promise<void>((r) => setImmediate(r));
      }
      now = target;
    },
    pending: () => timers.length,
  };
}
