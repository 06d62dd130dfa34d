/**
 * The replay model of one execution: every state visit, its attempts and nested lanes, derived from the
 * history alone (plus the definition when known). It holds no payloads, only event ids, so it stays small
 * enough to send to the browser for a 25,000-event history; payloads are read on demand.
 */

/** How a state visit (or a lane) ended, or that it has not yet. */
export type ReplayStatus = 'running' | 'succeeded' | 'failed' | 'caught' | 'aborted';

export type ReplayStateType = 'Task' | 'Pass' | 'Choice' | 'Wait' | 'Parallel' | 'Map' | 'Succeed' | 'Fail' | 'Unknown';

export type ReplayError = { error: string | null; cause: string | null; eventId: number };

/** One try of a Task (scheduled → started → finished) or one run of a Map/Parallel (after a Retry). */
export type ReplayAttempt = {
  /** 1 for the first try. */
  number: number;
  /** The event that began it: *Scheduled, MapStateStarted or ParallelStateStarted. */
  startEventId: number;
  startMs: number;
  /** Task phases: when a worker or service picked it up, when a callback/.sync task was submitted. */
  startedMs: number | null;
  submittedMs: number | null;
  endMs: number | null;
  /** The event that ended it (*Succeeded, *Failed, *TimedOut), null while running. */
  endEventId: number | null;
  status: 'running' | 'succeeded' | 'failed' | 'timed-out' | 'aborted';
  error: ReplayError | null;
  /** The Retry back-off before this attempt: the gap since the previous attempt ended. */
  backoffMs: number | null;
  /** `lambda:invoke`, a Lambda function or activity ARN… */
  resource: string | null;
};

export type ReplayMapRun = {
  mapRunArn: string | null;
  startEventId: number;
  startMs: number;
  endMs: number | null;
  status: ReplayStatus;
  error: ReplayError | null;
};

/** One time the execution entered a state. */
export type ReplayVisit = {
  index: number;
  name: string;
  type: ReplayStateType;
  /** The state's node in the definition graph (see getReplayDefinition). */
  nodeId: string;
  lane: number;
  enteredEventId: number;
  exitedEventId: number | null;
  /** Positions in `events` of the entering event and of the event that ended the visit. */
  startPos: number;
  endPos: number | null;
  startMs: number;
  endMs: number | null;
  status: ReplayStatus;
  /** Tasks, Maps and Parallels; empty for other states. */
  attempts: ReplayAttempt[];
  /** The error that ended the visit (failed) or that a Catch handled (caught). */
  error: ReplayError | null;
  /** Where a caught error went: the visit its Catch transitioned to. */
  catchNextVisit: number | null;
  /** The visit after this one in the same lane. */
  nextVisit: number | null;
  /** Branch and iteration lanes, over all attempts. */
  lanes: number[];
  mapRuns: ReplayMapRun[];
  /** Map: the items of the latest run (MapStateStarted `length`). */
  itemCount: number | null;
  /** Its exit assigned variables (Assign), so it matters for the variables in scope after it. */
  assigns: boolean;
};

/** A sequence of visits: the execution itself, one branch of a Parallel, or one iteration of a Map. */
export type ReplayLane = {
  index: number;
  kind: 'execution' | 'branch' | 'iteration';
  /** The Parallel/Map visit the lane runs in; null for the execution. */
  parentVisit: number | null;
  /** Branch number (from 0) or Map item index; null for the execution. */
  position: number | null;
  /** Which attempt of the parent visit it belongs to (from 1). */
  attempt: number;
  depth: number;
  /** Graph scope of its states: their node ids are `${scope}/${name}` (the bare name at the top). */
  scope: string;
  startPos: number;
  endPos: number | null;
  startMs: number;
  endMs: number | null;
  status: ReplayStatus;
  visits: number[];
};

/** Every event in id order, as parallel columns (a 25,000-event history as 4 number arrays). */
export type ReplayEvents = {
  /** Event type names; `typeCodes` index into it. */
  typeNames: string[];
  ids: number[];
  typeCodes: number[];
  timesMs: number[];
  /** The visit the event belongs to (a Map's iteration events: the Map's), -1 for execution-level or unplaced events. */
  visits: number[];
};

export type ReplayWarningCode =
  | 'unknown-event-type'
  | 'missing-timestamp'
  | 'missing-id'
  | 'unsorted'
  | 'unplaced-event'
  | 'unknown-state'
  | 'incomplete'
  | 'history-limit'
  | 'invalid-definition';

export type ReplayWarning = { code: ReplayWarningCode; message: string; eventId: number | null };

export type ExecutionReplay = {
  startMs: number;
  endMs: number;
  /** RUNNING until a terminal event; a redrive reopens it. */
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  error: ReplayError | null;
  /** The innermost visit whose failure ended the execution. */
  failedVisit: number | null;
  lanes: ReplayLane[];
  visits: ReplayVisit[];
  events: ReplayEvents;
  redrives: { eventId: number; ms: number; count: number }[];
  /** False when the history stops before the execution ended (running, cut or truncated). */
  complete: boolean;
};

export type ReplayAnalysis<T> = { value: T; warnings: ReplayWarning[] };
