import type { StoredEvent } from './history';
import type { Payload } from './payload';

/**
 * Where a redriven thread picks up again: the state visit that did not finish is entered anew, and
 * when it is a Map or Parallel, its iterations or branches that succeeded keep their results while
 * the others continue under the same scope (history-events.md §6).
 */
export type RedriveMarker = {
  kind: 'marker';
  /** The state the unfinished visit was in. */
  stateName: string | undefined;
  /** Thread-path scope of the visit's iterations or branches, reused by the re-run. */
  scope: string | undefined;
  container: 'Map' | 'Parallel' | undefined;
  /** Child thread path → output, for iterations and branches that succeeded (not re-run). */
  done: Map<string, Payload>;
  /** The ExecutionRedriven event id: where the top-level thread continues from. */
  cursor: number | undefined;
  /** A distributed Map's Map Run, redriven by the re-run (MapRunRedriven) instead of a new one. */
  mapRunArn: string | undefined;
  /** The Map Run's redrive count once redriven again. */
  mapRunRedriveCount: number;
};

export type ReplayEntry = StoredEvent | RedriveMarker;

/**
 * An execution's history turned into what the interpreter meets again when it re-runs from the
 * original input: per thread, the events it wrote (matched instead of written anew) with markers
 * where a redrive restarted it.
 */
export type ReplayPlan = {
  threads: Map<string, ReplayEntry[]>;
  lastEventId: number;
};

export function isMarker(entry: ReplayEntry): entry is RedriveMarker {
  return (entry as RedriveMarker).kind === 'marker';
}

const CLOSING = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionTimedOut', 'ExecutionAborted']);
const CHILD = /^(.*)([:.])(\d+)$/;

/**
 * Builds the replay of an execution's history. `isBranchEnd(name)` says whether a state ends its
 * branch (End or Succeed), to tell a finished Parallel branch from one stopped between states.
 */
export function toReplayPlan(events: readonly StoredEvent[], isBranchEnd: (stateName: string) => boolean): ReplayPlan {
  const sorted = [...events].sort((a, b) => a.id - b.id);
  // Eras: the original run, then one per ExecutionRedriven.
  const eras: Map<string, StoredEvent[]>[] = [new Map()];
  const redrivenIds: number[] = [];
  const eraErrors: (string | undefined)[] = [];
  let lastError: string | undefined;
  for (const e of sorted) {
    if (e.type === 'ExecutionRedriven') {
      eraErrors.push(lastError);
      redrivenIds.push(e.id);
      eras.push(new Map());
      continue;
    }
    if (CLOSING.has(e.type)) {
      const d = e.details as { error?: unknown } | undefined;
      lastError = typeof d?.error === 'string' ? d.error : undefined;
      continue;
    }
    const era = eras[eras.length - 1];
    const list = era.get(e.thread);
    if (list) list.push(e);
    else era.set(e.thread, [e]);
  }

  const threads = new Map<string, ReplayEntry[]>(eras[0]);
  const children = new Map<string, string[]>();
  const addChild = (path: string) => {
    const m = CHILD.exec(path);
    if (!m) return;
    const list = children.get(m[1]);
    if (list) {
      if (!list.includes(path)) list.push(path);
    } else children.set(m[1], [path]);
  };
  for (const era of eras) for (const path of era.keys()) addChild(path);

  for (let k = 1; k < eras.length; k++) {
    const era = eras[k];
    const handled = new Set<string>();
    const wholeAgain = eraErrors[k - 1] === 'States.DataLimitExceeded';
    const rerun = (path: string, cursor: number | undefined) => {
      handled.add(path);
      const { prefix, visit } = cut(threads.get(path) ?? []);
      const marker = toMarker(visit, path, cursor, wholeAgain);
      threads.set(path, [...prefix, marker, ...(era.get(path) ?? [])]);
    };
    const toMarker = (visit: ReplayEntry[], path: string, cursor: number | undefined, fresh: boolean): RedriveMarker => {
      const marker: RedriveMarker = { kind: 'marker', stateName: undefined, scope: undefined, container: undefined, done: new Map(), cursor, mapRunArn: undefined, mapRunRedriveCount: 1 };
      const enteredAt = visit.findIndex((e) => !isMarker(e) && e.type.endsWith('StateEntered'));
      const carried = findLast(visit, isMarker);
      let started: StoredEvent | undefined;
      for (const e of visit) if (!isMarker(e) && (e.type === 'MapStateStarted' || e.type === 'ParallelStateStarted')) started = e;
      if (enteredAt >= 0) marker.stateName = (visit[enteredAt] as StoredEvent).stateName;
      else marker.stateName = carried?.stateName;
      if (fresh) return marker;
      // A distributed Map's children are executions of their own: the re-run redrives its Map Run.
      const run = findLast(visit, (e) => !isMarker(e) && (e.type === 'MapRunStarted' || e.type === 'MapRunRedriven')) as StoredEvent | undefined;
      if (run) {
        const d = (run.details ?? {}) as { mapRunArn?: unknown; redriveCount?: unknown };
        marker.mapRunArn = typeof d.mapRunArn === 'string' ? d.mapRunArn : undefined;
        marker.mapRunRedriveCount = (typeof d.redriveCount === 'number' ? d.redriveCount : 0) + 1;
      } else if (carried?.mapRunArn !== undefined && enteredAt < 0) {
        marker.mapRunArn = carried.mapRunArn;
        marker.mapRunRedriveCount = carried.mapRunRedriveCount;
      }
      if (marker.mapRunArn !== undefined) return marker;
      if (started) {
        marker.scope = started.scope ?? `${path}/${started.id}`;
        marker.container = started.type === 'MapStateStarted' ? 'Map' : 'Parallel';
      } else if (carried) {
        marker.scope = carried.scope;
        marker.container = carried.container;
      }
      if (marker.scope === undefined || marker.container === undefined) return marker;
      for (const child of children.get(marker.scope) ?? []) {
        const list = threads.get(child) ?? [];
        const output = succeededOutput(list, marker.container, isBranchEnd);
        if (output) marker.done.set(child, output);
        else if (list.length > 0) rerun(child, undefined);
      }
      return marker;
    };
    rerun('', redrivenIds[k - 1]);
    for (const [path, list] of era) {
      if (handled.has(path)) continue;
      threads.set(path, [...(threads.get(path) ?? []), ...list]);
    }
  }
  return { threads, lastEventId: sorted.length > 0 ? sorted[sorted.length - 1].id : 0 };
}

/** Splits a thread's events into the state visits that finished and the one that did not. */
function cut(list: ReplayEntry[]): { prefix: ReplayEntry[]; visit: ReplayEntry[] } {
  let end = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    const e = list[i];
    if (!isMarker(e) && e.type.endsWith('StateExited')) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    // Nothing finished: keep the thread's opening event (ExecutionStarted, MapIterationStarted).
    while (end + 1 < list.length) {
      const e = list[end + 1];
      if (isMarker(e) || (e.type !== 'ExecutionStarted' && e.type !== 'MapIterationStarted')) break;
      end++;
    }
  }
  return { prefix: list.slice(0, end + 1), visit: list.slice(end + 1) };
}

function succeededOutput(list: ReplayEntry[], kind: 'Map' | 'Parallel', isBranchEnd: (name: string) => boolean): Payload | undefined {
  const events = list.filter((e): e is StoredEvent => !isMarker(e));
  const last = events[events.length - 1];
  if (!last) return undefined;
  const exited = findLast(events, (e) => e.type.endsWith('StateExited'));
  if (kind === 'Map') return last.type === 'MapIterationSucceeded' ? exited?.payload : undefined;
  return last === exited && exited.stateName !== undefined && isBranchEnd(exited.stateName) ? exited.payload : undefined;
}

function findLast<T, S extends T>(list: readonly T[], test: (item: T) => item is S): S | undefined;
function findLast<T>(list: readonly T[], test: (item: T) => boolean): T | undefined;
function findLast<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return list[i];
  return undefined;
}
