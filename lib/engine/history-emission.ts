import type { CompiledState } from './compile-state-machine';
import { ExecutionInterrupted } from './errors';
import type { Execution } from './execution';
import type { Thread } from './execution-types';
import type { StoredEvent } from './history';
import { MAX_HISTORY_EVENTS as HISTORY_LIMIT } from './limits';
import type { Payload } from './payload';
import { matchRecorded } from './replay-of-record';
import { stateEventKind, type StateEventKind } from './storage';

// History emission: every event an execution writes goes through here, so the 25,000-event limit and
// the replay's "already recorded" check are in one place.

/** A local copy: module bindings are getters once transpiled, and this is read on every event. */
const MAX_HISTORY_EVENTS = HISTORY_LIMIT;

export const NOT_TRUNCATED = Object.freeze({ truncated: false });

export const ENTERED: Record<string, StateEventKind> = {};
export const EXITED: Record<string, StateEventKind> = {};
export const ABORTED: Record<string, string> = {};
for (const t of ['Pass', 'Task', 'Choice', 'Wait', 'Parallel', 'Map', 'Succeed', 'Fail']) {
  ENTERED[t] = stateEventKind(`${t}StateEntered`, 'stateEnteredEventDetails');
  EXITED[t] = stateEventKind(`${t}StateExited`, 'stateExitedEventDetails');
  ABORTED[t] = `${t}StateAborted`;
}

/** Writes an event on the thread's line (or, replaying, finds it recorded); returns its id. */
export function emitEvent(ex: Execution, thread: Thread, type: string, key: string | undefined, details: unknown, advance = true, scope?: string): number {
  if (thread.replay !== undefined) {
    const recorded = matchRecorded(ex, thread, type, undefined);
    if (recorded !== undefined) {
      if (advance) thread.cursor = recorded.id;
      return recorded.id;
    }
  }
  // The 25,000-event limit applies to Standard executions; Express keeps no API history (quotas.md §1).
  if (ex.lastId >= MAX_HISTORY_EVENTS - 1 && ex.type === 'STANDARD' && !type.startsWith('Execution')) {
    ex.failFromLimit();
    throw new ExecutionInterrupted('history-limit');
  }
  const id = ++ex.lastId;
  ex.lastTouched = id;
  const event: StoredEvent = {
    id,
    previousEventId: thread.cursor,
    type,
    timestamp: ex.host.clock.now(),
    detailsKey: key,
    details,
    stateName: undefined,
    payload: undefined,
    thread: thread.path,
    scope,
  };
  ex.log.append(event);
  if (advance) thread.cursor = id;
  return id;
}

/**
 * `*StateEntered` / `*StateExited`: name and payload stored flat, details built on read (one object
 * per event). Returns the recorded event when a replay matched it.
 */
export function emitStateEvent(
  ex: Execution,
  thread: Thread,
  kind: StateEventKind,
  state: CompiledState,
  payload: Payload,
  extra: Record<string, unknown> | undefined,
): StoredEvent | undefined {
  if (thread.replay !== undefined) {
    const recorded = matchRecorded(ex, thread, kind.type, state.name);
    if (recorded !== undefined) {
      thread.cursor = recorded.id;
      return recorded;
    }
  }
  if (ex.lastId >= MAX_HISTORY_EVENTS - 1 && ex.type === 'STANDARD') {
    ex.failFromLimit();
    throw new ExecutionInterrupted('history-limit');
  }
  const id = ++ex.lastId;
  ex.lastTouched = id;
  ex.log.appendState(id, thread.cursor, kind, ex.host.clock.now(), state, payload, extra, thread.path);
  thread.cursor = id;
  return undefined;
}

/** The closing event (ExecutionSucceeded, …Failed, …TimedOut, …Aborted) with its details member. */
export function emitCloseEvent(
  ex: Execution,
  end: { type: string; prev?: number; output?: string; error?: string; cause?: string },
  timestamp: number,
): void {
  const key = end.type.charAt(0).toLowerCase() + end.type.slice(1) + 'EventDetails';
  let details: Record<string, unknown>;
  if (end.output !== undefined) details = { output: end.output, outputDetails: NOT_TRUNCATED };
  else {
    details = {};
    if (end.error) details.error = end.error;
    if (end.cause) details.cause = end.cause;
  }
  const id = ++ex.lastId;
  ex.lastTouched = id;
  const event: StoredEvent = {
    id,
    previousEventId: end.prev ?? 0,
    type: end.type,
    timestamp,
    detailsKey: key,
    details,
    stateName: undefined,
    payload: undefined,
    thread: '',
    scope: undefined,
  };
  ex.log.append(event);
}
