import type { ExecutionReplay } from './replay-types';

/** The last event position at or before `ms` (event times ascend with ids except for clock skew). */
export function getReplayPosition(replay: ExecutionReplay, ms: number): number {
  const times = replay.events.timesMs;
  let low = 0;
  let high = times.length - 1;
  if (high < 0 || ms < times[0]) return 0;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (times[mid] <= ms) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The position of event `eventId`, or null when the history has no such event. */
export function getReplayEventPosition(replay: ExecutionReplay, eventId: number): number | null {
  const ids = replay.events.ids;
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (ids[mid] === eventId) return mid;
    if (ids[mid] < eventId) low = mid + 1;
    else high = mid - 1;
  }
  const linear = ids.indexOf(eventId);
  return linear >= 0 ? linear : null;
}
