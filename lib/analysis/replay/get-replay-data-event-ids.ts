import type { ExecutionReplay } from './replay-types';

/**
 * The events whose payloads show visit `visitIndex` as it was at position `pos`: its own entry, exit,
 * attempts and error, and the exits that assigned the variables in its scope (its lane before it, then
 * each enclosing lane before the Parallel/Map it runs in). Cheap, so a page can tell whether the data
 * changed while scrubbing before asking the server for payloads.
 */
export function getReplayDataEventIds(replay: ExecutionReplay, visitIndex: number, pos: number): number[] {
  const visit = replay.visits[visitIndex];
  if (!visit || visit.startPos > pos) return [];
  const ids = replay.events.ids;
  const atId = ids[Math.min(pos, ids.length - 1)];
  const wanted = new Set<number>([visit.enteredEventId]);
  if (visit.exitedEventId !== null && visit.exitedEventId <= atId) wanted.add(visit.exitedEventId);
  for (const attempt of visit.attempts) {
    if (attempt.startEventId <= atId) wanted.add(attempt.startEventId);
    if (attempt.endEventId !== null && attempt.endEventId <= atId) wanted.add(attempt.endEventId);
  }
  if (visit.error && visit.error.eventId <= atId) wanted.add(visit.error.eventId);

  // Variables as the state saw them: no later than its own end.
  let limit = visit.endPos !== null && visit.endPos < pos ? visit.endPos : pos;
  for (let lane = visit.lane; lane >= 0; ) {
    for (const other of replay.lanes[lane].visits) {
      const info = replay.visits[other];
      if (info.startPos > limit) break;
      if (info.assigns && info.exitedEventId !== null && info.endPos !== null && info.endPos <= limit) wanted.add(info.exitedEventId);
    }
    const parent = replay.lanes[lane].parentVisit;
    if (parent === null) break;
    limit = replay.visits[parent].startPos;
    lane = replay.visits[parent].lane;
  }
  return [...wanted].sort((a, b) => a - b);
}
