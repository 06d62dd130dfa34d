import type { Clock } from './clock';

type Timer = { at: number; seq: number; resolve: () => void };

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
  let seq = 0;
  const timers: Timer[] = [];
  let scheduled = false;

  const fireNext = (): boolean => {
    if (timers.length === 0) return false;
    timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
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
          seq: seq++,
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
        timers.push(timer);
        schedule();
      });
    },
    async advance(ms) {
      const target = now + ms;
      // Let work already under way (promise chains) reach its next sleep before time moves.
      await new Promise<void>((r) => setImmediate(r));
      for (;;) {
        timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
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
