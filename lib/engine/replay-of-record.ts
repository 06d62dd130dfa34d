import { ExecutionInterrupted } from './errors';
import type { Execution } from './execution';
import type { Thread, ThreadReplay } from './execution-types';
import type { StoredEvent } from './history';
import { Payload } from './payload';
import { isMarker, type ReplayPlan } from './replay-plan';

// Replay of record: a resumed or redriven execution runs its definition again over the recorded
// history, keeping each event it meets again instead of writing it, until a thread's record ends.

/** A thread's recorded events, when the replay has any for it. */
export function replayOf(plan: ReplayPlan, path: string): ThreadReplay | undefined {
  const list = plan.threads.get(path);
  return list !== undefined && list.length > 0 ? { list, pos: 0 } : undefined;
}

/**
 * The thread's next recorded event when it is the one the interpreter is about to write (it is kept,
 * not written again); otherwise the thread runs live from here on.
 */
export function matchRecorded(ex: Execution, thread: Thread, type: string, name: string | undefined): StoredEvent | undefined {
  const r = thread.replay as ThreadReplay;
  let entry = r.list[r.pos];
  while (entry !== undefined && isMarker(entry)) {
    thread.rerun = entry;
    if (entry.cursor !== undefined) thread.cursor = entry.cursor;
    entry = r.list[++r.pos];
  }
  const e = entry as StoredEvent | undefined;
  if (e !== undefined && e.type === type && (name === undefined || e.stateName === name)) {
    r.pos++;
    thread.replayTime = e.timestamp;
    ex.lastTouched = e.id;
    ex.lastMatched = e;
    return e;
  }
  if (e !== undefined) {
    ex.host.onReplayDivergence?.(ex, `thread '${thread.path}' wrote ${type}${name ? ` (${name})` : ''} where the history has event ${e.id} ${e.type}${e.stateName ? ` (${e.stateName})` : ''}`);
  }
  thread.replay = undefined;
  thread.replayTime = undefined;
  return undefined;
}

/**
 * What the thread meets next: its next recorded event, 'live' when its record ends here, or 'hang'
 * when it must not go further (the record shows the enclosing Map/Parallel finished without it, so
 * an abort is coming).
 */
export function replayNext(thread: Thread): StoredEvent | 'live' | 'hang' {
  const r = thread.replay;
  if (r !== undefined) {
    for (let i = r.pos; i < r.list.length; i++) {
      const e = r.list[i];
      if (!isMarker(e)) return e;
    }
  }
  return frozenUnder(thread.parent) ? 'hang' : 'live';
}

/** Whether a thread under `parent` may not run live: some enclosing thread still has recorded events ahead. */
export function frozenUnder(parent: Thread | undefined): boolean {
  for (let p = parent; p !== undefined; p = p.parent) {
    if (p.replay !== undefined && p.replay.pos < p.replay.list.length) return true;
  }
  return false;
}

/**
 * The state the record says comes next (a Choice that would now choose otherwise, the state a redrive
 * restarts), or undefined when the thread must wait for its abort.
 */
export function replayRoute(thread: Thread, current: string): string | undefined {
  const r = thread.replay;
  if (r === undefined) return frozenUnder(thread.parent) ? undefined : current;
  let restart: string | undefined;
  for (let i = r.pos; i < r.list.length; i++) {
    const e = r.list[i];
    if (isMarker(e)) {
      restart ??= e.stateName;
      continue;
    }
    if (e.type.endsWith('StateEntered') && e.stateName !== undefined) return e.stateName;
    return undefined;
  }
  if (restart !== undefined) return restart;
  return frozenUnder(thread.parent) ? undefined : current;
}

/** A wait that ends only with the thread's abort (a replayed branch the record shows aborted). */
export function hang(thread: Thread): Promise<never> {
  return new Promise<never>((_, reject) => {
    const signal = thread.signal;
    if (signal.aborted) return reject(interruption(signal));
    signal.addEventListener('abort', () => reject(interruption(signal)), { once: true });
  });
}

/** The time as the thread sees it: its last recorded event's while it replays, the clock's after. */
export function threadNow(ex: Execution, thread: Thread): number {
  return thread.replay !== undefined && thread.replayTime !== undefined ? thread.replayTime : ex.host.clock.now();
}

/** Sleeps until `wakeAt` (Wait, Retry back-off); a replayed thread whose record goes on does not sleep. */
export function pause(ex: Execution, thread: Thread, wakeAt: number): Promise<void> {
  if (ex.replaying) {
    const next = replayNext(thread);
    if (next === 'hang') return hang(thread);
    if (next !== 'live') return isAbortEvent(next.type) ? hang(thread) : Promise.resolve();
  }
  const clock = ex.host.clock;
  return clock.sleep(Math.max(0, wakeAt - clock.now()), thread.signal).catch(() => {
    throw interruption(thread.signal);
  });
}

/** The variables a recorded exit event assigned, on top of those before the state (the record is the truth). */
export function replayedVariables(recorded: StoredEvent, before: Record<string, unknown>): Record<string, unknown> | undefined {
  const assigned = (recorded.details as { assignedVariables?: Record<string, string> } | undefined)?.assignedVariables;
  if (!assigned) return undefined;
  const vars = { ...before };
  for (const [k, v] of Object.entries(assigned)) vars[k] = JSON.parse(v) as unknown;
  return vars;
}

/** A recorded payload as the interpreter uses it (loaded histories keep only the text). */
export function replayedPayload(recorded: Payload | undefined, fallback: Payload): Payload;
export function replayedPayload(recorded: Payload, fallback: undefined): Payload;
export function replayedPayload(recorded: Payload | undefined, fallback: Payload | undefined): Payload {
  if (recorded === undefined) return fallback as Payload;
  if (recorded.value !== undefined) return recorded;
  const text = recorded.text;
  return new Payload(JSON.parse(text) as unknown, text);
}

function isAbortEvent(type: string): boolean {
  return type.endsWith('StateAborted') || type === 'MapIterationAborted';
}

/** The error a thread unwinds with when its signal fires. */
export function interruption(signal: AbortSignal): ExecutionInterrupted {
  const reason: unknown = signal.reason;
  return reason instanceof ExecutionInterrupted ? reason : new ExecutionInterrupted('aborted');
}
