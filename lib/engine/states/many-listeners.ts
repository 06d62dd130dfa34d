import { setMaxListeners } from 'node:events';

/** Every task, wait and iteration in flight listens on its line's signal: 40 Map iterations are normal, not a leak. */
export function manyListeners(signal: AbortSignal): AbortSignal {
  setMaxListeners(0, signal);
  return signal;
}
