import type { Clock } from './clock';
import type { Execution } from './execution';
import type { Thread } from './execution-types';
import { PropagatedError } from './propagated-error';
import type { MaybePromise } from './types';

/**
 * Races a pending call against TimeoutSeconds / the execution's end. The timeout counts from the
 * thread's last event, so a task resumed after a restart keeps its original deadline.
 */
export function withTaskTimeout<T>(clock: Clock, exec: Execution, thread: Thread, call: MaybePromise<T>, timeoutSeconds: number | undefined): MaybePromise<T> {
  if (!(call instanceof Promise)) return call;
  const stop = new AbortController();
  const races: Promise<T>[] = [call];
  if (timeoutSeconds !== undefined) {
    const ms = Math.max(0, exec.now(thread) + timeoutSeconds * 1000 - clock.now());
    races.push(
      clock.sleep(ms, stop.signal).then(() => {
        throw new PropagatedError('States.Timeout', '', true);
      }),
    );
  }
  races.push(
    new Promise<T>((_, reject) => {
      if (thread.signal.aborted) reject(thread.signal.reason);
      thread.signal.addEventListener('abort', () => reject(thread.signal.reason), { once: true, signal: stop.signal });
    }),
  );
  return Promise.race(races).finally(() => stop.abort());
}
