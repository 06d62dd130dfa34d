import type { ExecutionReplay, ReplayAttempt, ReplayError, ReplayLane, ReplayMapRun, ReplayStateType, ReplayStatus, ReplayVisit } from './replay-types';

/**
 * The replay model as compact JSON text for the browser: columns of numbers instead of objects,
 * repeated strings once, times as deltas. A 25,000-event model shrinks about fourfold, and the page
 * hands React one string instead of tens of thousands of objects to serialise.
 */
export function toReplayText(replay: ExecutionReplay): string {
  const strings = new Table<string>();
  const errors = new Table<string>();
  const errorList: (ReplayError | null)[] = [null];
  const errorIndex = (error: ReplayError | null): number => {
    if (!error) return 0;
    // JSON keeps the fields apart whatever they hold (an error name may contain a newline).
    const key = JSON.stringify([error.eventId, error.error, error.cause]);
    const before = errors.size;
    const index = errors.index(key) + 1;
    if (errors.size > before) errorList.push(error);
    return index;
  };

  const visits = replay.visits;
  const attempts: (number | null)[] = [];
  const mapRuns: unknown[] = [];
  for (const visit of visits) {
    for (const attempt of visit.attempts) {
      attempts.push(
        visit.index,
        attempt.startEventId - visit.enteredEventId,
        attempt.startMs - replay.startMs,
        orNull(attempt.startedMs, attempt.startMs),
        orNull(attempt.submittedMs, attempt.startMs),
        orNull(attempt.endMs, attempt.startMs),
        attempt.endEventId === null ? null : attempt.endEventId - attempt.startEventId,
        ATTEMPT_STATUSES.indexOf(attempt.status),
        errorIndex(attempt.error),
        attempt.backoffMs,
        attempt.resource === null ? -1 : strings.index(attempt.resource),
      );
    }
    for (const run of visit.mapRuns) mapRuns.push([visit.index, run.mapRunArn, run.startEventId, run.startMs - replay.startMs, orNull(run.endMs, replay.startMs), STATUSES.indexOf(run.status), errorIndex(run.error)]);
  }

  const events = replay.events;
  const compact = {
    version: 1,
    startMs: replay.startMs,
    endMs: replay.endMs,
    status: replay.status,
    error: replay.error,
    failedVisit: replay.failedVisit,
    complete: replay.complete,
    redrives: replay.redrives,
    events: {
      typeNames: events.typeNames,
      ids: deltas(events.ids, 0),
      typeCodes: events.typeCodes,
      timesMs: deltas(events.timesMs, replay.startMs),
      visits: deltas(events.visits, -1),
    },
    visits: {
      name: visits.map((visit) => strings.index(visit.name)),
      type: visits.map((visit) => STATE_TYPES.indexOf(visit.type)),
      nodeId: visits.map((visit) => strings.index(visit.nodeId)),
      lane: visits.map((visit) => visit.lane),
      // Relative to a neighbouring field: small numbers (ids are usually position + 1).
      enteredEventId: visits.map((visit) => visit.enteredEventId - visit.startPos),
      exitedEventId: visits.map((visit) => (visit.exitedEventId === null ? null : visit.exitedEventId - (visit.endPos ?? 0))),
      startPos: deltas(visits.map((visit) => visit.startPos), 0),
      endPos: visits.map((visit) => (visit.endPos === null ? null : visit.endPos - visit.startPos)),
      startMs: visits.map((visit) => visit.startMs - replay.startMs),
      endMs: visits.map((visit) => orNull(visit.endMs, visit.startMs)),
      status: visits.map((visit) => STATUSES.indexOf(visit.status)),
      error: visits.map((visit) => errorIndex(visit.error)),
      catchNextVisit: visits.map((visit) => (visit.catchNextVisit === null ? null : visit.catchNextVisit - visit.index)),
      nextVisit: visits.map((visit) => (visit.nextVisit === null ? null : visit.nextVisit - visit.index)),
      itemCount: visits.map((visit) => visit.itemCount ?? -1),
      assigns: visits.map((visit) => (visit.assigns ? 1 : 0)),
    },
    attempts,
    mapRuns,
    lanes: replay.lanes.map((lane) => [
      LANE_KINDS.indexOf(lane.kind),
      lane.parentVisit ?? -1,
      lane.position ?? -1,
      lane.attempt,
      lane.depth,
      strings.index(lane.scope),
      lane.startPos,
      lane.endPos === null ? null : lane.endPos - lane.startPos,
      lane.startMs - replay.startMs,
      orNull(lane.endMs, lane.startMs),
      STATUSES.indexOf(lane.status),
    ]),
    strings: strings.values,
    errors: errorList.slice(1),
  };
  return JSON.stringify(compact);
}

/** Rebuilds the replay model from toReplayText's output. */
export function toReplayFromText(text: string): ExecutionReplay {
  const c = JSON.parse(text) as CompactReplay;
  const s = c.strings;
  const error = (index: number): ReplayError | null => (index > 0 ? c.errors[index - 1] : null);
  const time = (delta: number | null): number | null => (delta === null ? null : c.startMs + delta);
  const v = c.visits;
  const startPositions = sums(v.startPos, 0);
  const visits: ReplayVisit[] = v.name.map((name, index) => {
    const startPos = startPositions[index];
    const startMs = c.startMs + v.startMs[index];
    const endDelta = v.endPos[index];
    const endPos = endDelta === null ? null : startPos + endDelta;
    const exited = v.exitedEventId[index];
    const endMs = v.endMs[index];
    const catchNext = v.catchNextVisit[index];
    const next = v.nextVisit[index];
    return {
    index,
    name: s[name],
    type: STATE_TYPES[v.type[index]] ?? 'Unknown',
    nodeId: s[v.nodeId[index]],
    lane: v.lane[index],
    enteredEventId: startPos + v.enteredEventId[index],
    exitedEventId: exited === null ? null : exited + (endPos ?? 0),
    startPos,
    endPos,
    startMs,
    endMs: endMs === null ? null : startMs + endMs,
    status: STATUSES[v.status[index]],
    attempts: [],
    error: error(v.error[index]),
    catchNextVisit: catchNext === null ? null : index + catchNext,
    nextVisit: next === null ? null : index + next,
    lanes: [],
    mapRuns: [],
    itemCount: v.itemCount[index] < 0 ? null : v.itemCount[index],
    assigns: v.assigns[index] === 1,
    };
  });
  for (let i = 0; i < c.attempts.length; i += ATTEMPT_WIDTH) {
    const a = c.attempts;
    const at = (offset: number): number => a[i + offset] ?? -1;
    const visit = visits[at(0)];
    const startEventId = visit.enteredEventId + at(1);
    const startMs = c.startMs + at(2);
    const after = (offset: number): number | null => (a[i + offset] === null ? null : startMs + at(offset));
    const attempt: ReplayAttempt = {
      number: visit.attempts.length + 1,
      startEventId,
      startMs,
      startedMs: after(3),
      submittedMs: after(4),
      endMs: after(5),
      endEventId: a[i + 6] === null ? null : startEventId + at(6),
      status: ATTEMPT_STATUSES[at(7)],
      error: error(at(8)),
      backoffMs: a[i + 9] ?? null,
      resource: at(10) < 0 ? null : s[at(10)],
    };
    visits[at(0)].attempts.push(attempt);
  }
  for (const [visit, mapRunArn, startEventId, startMs, endMs, status, runError] of c.mapRuns) {
    const run: ReplayMapRun = { mapRunArn, startEventId, startMs: c.startMs + startMs, endMs: time(endMs), status: STATUSES[status], error: error(runError) };
    visits[visit].mapRuns.push(run);
  }
  const lanes: ReplayLane[] = c.lanes.map(([kind, parentVisit, position, attempt, depth, scope, startPos, endPos, startMs, endMs, status], index) => ({
    index,
    kind: LANE_KINDS[kind],
    parentVisit: parentVisit < 0 ? null : parentVisit,
    position: position < 0 ? null : position,
    attempt,
    depth,
    scope: s[scope],
    startPos,
    endPos: endPos === null ? null : startPos + endPos,
    startMs: c.startMs + startMs,
    endMs: endMs === null ? null : c.startMs + startMs + endMs,
    status: STATUSES[status],
    visits: [],
  }));
  for (const visit of visits) lanes[visit.lane]?.visits.push(visit.index);
  for (const lane of lanes) if (lane.parentVisit !== null) visits[lane.parentVisit]?.lanes.push(lane.index);
  return {
    startMs: c.startMs,
    endMs: c.endMs,
    status: c.status,
    error: c.error,
    failedVisit: c.failedVisit,
    lanes,
    visits,
    events: {
      typeNames: c.events.typeNames,
      ids: sums(c.events.ids, 0),
      typeCodes: c.events.typeCodes,
      timesMs: sums(c.events.timesMs, c.startMs),
      visits: sums(c.events.visits, -1),
    },
    redrives: c.redrives,
    complete: c.complete,
  };
}

type CompactReplay = {
  version: 1;
  startMs: number;
  endMs: number;
  status: ExecutionReplay['status'];
  error: ReplayError | null;
  failedVisit: number | null;
  complete: boolean;
  redrives: ExecutionReplay['redrives'];
  events: { typeNames: string[]; ids: number[]; typeCodes: number[]; timesMs: number[]; visits: number[] };
  visits: Record<'name' | 'type' | 'nodeId' | 'lane' | 'enteredEventId' | 'startPos' | 'startMs' | 'status' | 'error' | 'itemCount' | 'assigns', number[]> &
    Record<'exitedEventId' | 'endPos' | 'endMs' | 'catchNextVisit' | 'nextVisit', (number | null)[]>;
  /** ATTEMPT_WIDTH values per attempt; times may be null. */
  attempts: (number | null)[];
  mapRuns: [number, string | null, number, number, number | null, number, number][];
  lanes: [number, number, number, number, number, number, number, number | null, number, number | null, number][];
  strings: string[];
  errors: ReplayError[];
};

const ATTEMPT_WIDTH = 11;
const STATUSES: ReplayStatus[] = ['running', 'succeeded', 'failed', 'caught', 'aborted'];
const ATTEMPT_STATUSES: ReplayAttempt['status'][] = ['running', 'succeeded', 'failed', 'timed-out', 'aborted'];
const STATE_TYPES: ReplayStateType[] = ['Task', 'Pass', 'Choice', 'Wait', 'Parallel', 'Map', 'Succeed', 'Fail', 'Unknown'];
const LANE_KINDS: ReplayLane['kind'][] = ['execution', 'branch', 'iteration'];

class Table<T> {
  readonly values: T[] = [];
  private readonly positions = new Map<T, number>();
  get size(): number {
    return this.values.length;
  }
  index(value: T): number {
    let position = this.positions.get(value);
    if (position === undefined) {
      position = this.values.length;
      this.values.push(value);
      this.positions.set(value, position);
    }
    return position;
  }
}

/** Milliseconds after `origin` (negative under clock skew), or null. */
function orNull(value: number | null, origin: number): number | null {
  return value === null ? null : value - origin;
}

function deltas(values: readonly number[], origin: number): number[] {
  const out = new Array<number>(values.length);
  let previous = origin;
  for (let i = 0; i < values.length; i++) {
    out[i] = values[i] - previous;
    previous = values[i];
  }
  return out;
}

function sums(values: readonly number[], origin: number): number[] {
  const out = new Array<number>(values.length);
  let total = origin;
  for (let i = 0; i < values.length; i++) {
    total += values[i];
    out[i] = total;
  }
  return out;
}
