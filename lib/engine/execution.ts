import {
  compilePayloadTemplate as compilePayload,
  createJsonataFunctions,
  createPathResolver,
  isRecord,
  parseReferencePath,
  resolvePath,
  setAtPath,
  setAtSegments,
  StatesError,
  type JsonataBindings,
  type JsonataTemplate,
  type PathScope,
  type PayloadTemplate,
} from '@/lib/asl';
import { setMaxListeners } from 'node:events';
import type { ExecutionStatus, StateMachineType } from '@/lib/model';
import type { Clock } from './clock';
import { jsonataField, type CompiledCatcher, type CompiledMachine, type CompiledRetrier, type CompiledState } from './compile-state-machine';
import { ExecutionInterrupted, toStatesError } from './errors';
import type { StoredEvent } from './history';
import type { IdGenerator } from './id-generator';
import { INLINE_MAP_MAX_CONCURRENCY, MAX_HISTORY_EVENTS as HISTORY_LIMIT, MAX_PAYLOAD_BYTES as PAYLOAD_LIMIT } from './limits';
import { PropagatedError } from './propagated-error';
import { stateEventKind, type HistoryLog, type StateEventKind } from './storage';
import { approxJsonLength, jsonText } from './json-text';
import { Payload } from './payload';
import { isMarker, type RedriveMarker, type ReplayEntry, type ReplayPlan } from './replay-plan';
import type { MaybePromise } from './types';

/** JSON text of Parallel results, built from the branches' output texts as AWS does (a symbol: JSON ignores it). */
const COMPOSED_TEXT = Symbol('composedText');

export const NOT_TRUNCATED = Object.freeze({ truncated: false });

/** One line of execution: the top level, a Parallel branch or a Map iteration. */
export type Thread = {
  /** Id of the last event on this line; the next event's previousEventId. */
  cursor: number;
  vars: Record<string, unknown>;
  signal: AbortSignal;
  mapItem: { Index: number; Value: unknown } | undefined;
  stateName: string;
  enteredTime: number;
  enteredEventId: number;
  enteredPrev: number;
  retryCount: number;
  taskToken: string | undefined;
  /** The raw input of the current state (JSONata `$states.input` for late fields like HeartbeatSeconds). */
  stateInput: Payload | undefined;
  stateType: string;
  /** `$$` for this thread, created once (the hot path allocates no closure per state). */
  context: (() => unknown) | undefined;
  /** '' at the top level, `<scope>.<branch>` in a Parallel branch, `<scope>:<index>` in a Map iteration. */
  path: string;
  parent: Thread | undefined;
  /** While re-running recorded history: the events this thread meets again. */
  replay: ThreadReplay | undefined;
  /** Timestamp of the last recorded event matched on this thread (replay's "now"). */
  replayTime: number | undefined;
  /** Set on entering a state visit a redrive restarts: what its Map/Parallel keeps of the failed run. */
  rerun: RedriveMarker | undefined;
  /** Where the state that just ended goes (undefined: the line ends); a field, so no object per step. */
  next: string | undefined;
};

type ThreadReplay = { list: ReplayEntry[]; pos: number };

/** What a state body produced, before the exit event. */
export type StateResult = {
  output: unknown;
  assigned?: Record<string, unknown>;
  next?: string;
  /** Upper bound of the output's JSON length when the data flow makes it cheap to know. */
  bound?: number;
  /** The output as a payload not built yet (`output` is then unused): see `deferredOutput`. */
  payload?: Payload;
};


/** Services the interpreter needs from the engine for Task and distributed Map states. */
export type ExecutionHost = {
  clock: Clock;
  ids: IdGenerator;
  region: string;
  account: string;
  runTask(execution: Execution, thread: Thread, state: CompiledState, input: unknown): MaybePromise<unknown>;
  runDistributedMap(execution: Execution, thread: Thread, state: CompiledState, items: DistributedMapRequest): Promise<unknown>;
  /** Told when a re-run meets an event its record does not have (the definition or a handler changed). */
  onReplayDivergence?: (execution: Execution, message: string) => void;
  /** A task token was handed out for the task attempt `key` (kept so a resumed run reuses it). */
  onTaskToken?: (execution: Execution, taskToken: string, key: string) => void;
};

export type DistributedMapRequest = {
  items: unknown[] | undefined;
  effectiveInput: unknown;
  /** Read after MapStateStarted, as AWS validates these there. */
  config: () => MapConfig;
};

export type ExecutionInit = {
  executionArn: string;
  stateMachineArn: string;
  stateMachineName: string;
  name: string;
  roleArn: string;
  type: StateMachineType;
  machine: CompiledMachine;
  input: string;
  /** The input already parsed, when the caller had to parse it anyway. */
  inputValue?: unknown;
  log: HistoryLog;
  host: ExecutionHost;
  startTime: number;
  redriveCount?: number;
  /** When the last redrive started: the execution's TimeoutSeconds counts from here. */
  redriveDate?: number;
  /** Re-run the recorded history instead of starting afresh (resume after a restart, redrive). */
  replay?: ReplayPlan;
  /** The state machine revision it runs. */
  revisionId?: string;
  /** Task tokens handed out before (resume): task attempt key → token. */
  taskTokens?: ReadonlyMap<string, string>;
  /** For a Map Run child: its item's index. */
  mapItemIndex?: number;
  mockTestCase?: string;
  mapRunArn?: string;
  /** Extra context object members (distributed Map children get `$$.Map.Item`-free contexts). */
  onClose?: (execution: Execution) => void;
};

// Local copies: module bindings are getters once transpiled, and these are read on every event.
const MAX_HISTORY_EVENTS = HISTORY_LIMIT;
const MAX_PAYLOAD_BYTES = PAYLOAD_LIMIT;
/** Text length below which a payload cannot exceed the byte limit (≤ 3 UTF-8 bytes per UTF-16 unit). */
const SIZE_BUDGET = Math.floor(PAYLOAD_LIMIT / 3);

const ENTERED: Record<string, StateEventKind> = {};
const EXITED: Record<string, StateEventKind> = {};
const ABORTED: Record<string, string> = {};
for (const t of ['Pass', 'Task', 'Choice', 'Wait', 'Parallel', 'Map', 'Succeed', 'Fail']) {
  ENTERED[t] = stateEventKind(`${t}StateEntered`, 'stateEnteredEventDetails');
  EXITED[t] = stateEventKind(`${t}StateExited`, 'stateExitedEventDetails');
  ABORTED[t] = `${t}StateAborted`;
}

function isIso(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s);
}

export { jsonText };

/** Jayway's wording of a path: `$['a']['b'][0]`. */
function normalisedPath(path: string): string {
  const segs = parseReferencePath(path);
  if (!segs) return path;
  return '$' + segs.map((s) => (typeof s === 'number' ? `[${s}]` : `['${s}']`)).join('');
}

/** The interpreter for one execution. Synchronous stretches run synchronously; only waits go async. */
export class Execution {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  readonly name: string;
  readonly roleArn: string;
  readonly type: StateMachineType;
  readonly machine: CompiledMachine;
  readonly input: Payload;
  readonly startTime: number;
  readonly host: ExecutionHost;
  readonly mockTestCase: string | undefined;
  readonly mapRunArn: string | undefined;
  redriveCount: number;
  readonly redriveDate: number | undefined;
  readonly revisionId: string | undefined;
  readonly mapItemIndex: number | undefined;
  private readonly taskTokens: ReadonlyMap<string, string> | undefined;
  /** The recorded event the replay matched last. */
  lastMatched: StoredEvent | undefined;
  /** Whether this run re-runs a recorded history (resume, redrive). */
  readonly replaying: boolean;
  private readonly plan: ReplayPlan | undefined;
  /** Id of the last event written or matched. */
  private lastTouched = 0;
  status: ExecutionStatus = 'RUNNING';
  output: string | undefined;
  error: string | undefined;
  cause: string | undefined;
  stopDate: number | undefined;
  readonly done: Promise<void>;
  private resolveDone!: () => void;
  private lastId = 0;
  private readonly log: HistoryLog;
  private readonly controller = new AbortController();
  /** The execution's own signal, and whether it was aborted: read before every state, cheaper than `signal.aborted`. */
  private readonly topSignal = this.controller.signal;
  private interrupted = false;
  private readonly onClose: ((e: Execution) => void) | undefined;
  private executionContext: Record<string, unknown> | undefined;
  private jsonataFns: Record<string, unknown> | undefined;
  /** Count of task invocations per state name, for mock responses keyed by attempt. */
  readonly invocations = new Map<string, number>();

  constructor(init: ExecutionInit) {
    this.executionArn = init.executionArn;
    this.stateMachineArn = init.stateMachineArn;
    this.stateMachineName = init.stateMachineName;
    this.name = init.name;
    this.roleArn = init.roleArn;
    this.type = init.type;
    this.machine = init.machine;
    this.input = new Payload(init.inputValue !== undefined ? init.inputValue : (JSON.parse(init.input) as unknown), init.input);
    this.log = init.log;
    this.host = init.host;
    this.startTime = init.startTime;
    this.redriveCount = init.redriveCount ?? 0;
    this.redriveDate = init.redriveDate;
    this.revisionId = init.revisionId;
    this.mapItemIndex = init.mapItemIndex;
    this.taskTokens = init.taskTokens;
    this.plan = init.replay;
    this.replaying = init.replay !== undefined;
    this.lastId = init.replay?.lastEventId ?? 0;
    this.mockTestCase = init.mockTestCase;
    this.mapRunArn = init.mapRunArn;
    this.onClose = init.onClose;
    this.done = new Promise((r) => (this.resolveDone = r));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  eventCount(): number {
    return this.lastId;
  }

  // ---------------------------------------------------------------- history

  emit(thread: Thread, type: string, key: string | undefined, details: unknown, advance = true, scope?: string): number {
    if (thread.replay !== undefined) {
      const recorded = this.match(thread, type, undefined);
      if (recorded !== undefined) {
        if (advance) thread.cursor = recorded.id;
        return recorded.id;
      }
    }
    // The 25,000-event limit applies to Standard executions; Express keeps no API history (quotas.md §1).
    if (this.lastId >= MAX_HISTORY_EVENTS - 1 && this.type === 'STANDARD' && !type.startsWith('Execution')) {
      this.failFromLimit();
      throw new ExecutionInterrupted('history-limit');
    }
    const id = ++this.lastId;
    this.lastTouched = id;
    const event: StoredEvent = {
      id,
      previousEventId: thread.cursor,
      type,
      timestamp: this.host.clock.now(),
      detailsKey: key,
      details,
      stateName: undefined,
      payload: undefined,
      thread: thread.path,
      scope,
    };
    this.log.append(event);
    if (advance) thread.cursor = id;
    return id;
  }

  /**
   * Replay: the thread's next recorded event when it is the one the interpreter is about to write
   * (it is kept, not written again); otherwise the thread runs live from here on.
   */
  private match(thread: Thread, type: string, name: string | undefined): StoredEvent | undefined {
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
      this.lastTouched = e.id;
      this.lastMatched = e;
      return e;
    }
    if (e !== undefined) {
      this.host.onReplayDivergence?.(this, `thread '${thread.path}' wrote ${type}${name ? ` (${name})` : ''} where the history has event ${e.id} ${e.type}${e.stateName ? ` (${e.stateName})` : ''}`);
    }
    thread.replay = undefined;
    thread.replayTime = undefined;
    return undefined;
  }

  /**
   * During a replay, what the thread meets next: its next recorded event, 'live' when its record
   * ends here, or 'hang' when it must not go further (the record shows the enclosing Map/Parallel
   * finished without it, so an abort is coming).
   */
  replayNext(thread: Thread): StoredEvent | 'live' | 'hang' {
    const r = thread.replay;
    if (r !== undefined) {
      for (let i = r.pos; i < r.list.length; i++) {
        const e = r.list[i];
        if (!isMarker(e)) return e;
      }
    }
    return this.frozenUnder(thread.parent) ? 'hang' : 'live';
  }

  /** Whether a thread under `parent` may not run live: some enclosing thread still has recorded events ahead. */
  private frozenUnder(parent: Thread | undefined): boolean {
    for (let p = parent; p !== undefined; p = p.parent) {
      if (p.replay !== undefined && p.replay.pos < p.replay.list.length) return true;
    }
    return false;
  }

  /** A wait that ends only with the thread's abort (a replayed branch the record shows aborted). */
  hang(thread: Thread): Promise<never> {
    return new Promise<never>((_, reject) => {
      const signal = thread.signal;
      if (signal.aborted) return reject(interruption(signal));
      signal.addEventListener('abort', () => reject(interruption(signal)), { once: true });
    });
  }

  /**
   * The token of the thread's current task attempt (`.waitForTaskToken`, activity): the one handed
   * out before when a resumed run meets the attempt again, a new one otherwise.
   */
  taskTokenFor(thread: Thread): string {
    const key = `${thread.enteredEventId}:${thread.retryCount}`;
    const known = this.taskTokens?.get(key);
    if (known !== undefined) return known;
    const token = this.host.ids.uuid();
    this.host.onTaskToken?.(this, token, key);
    return token;
  }

  /** The time as the thread sees it: its last recorded event's while it replays, the clock's after. */
  now(thread: Thread): number {
    return thread.replay !== undefined && thread.replayTime !== undefined ? thread.replayTime : this.host.clock.now();
  }

  /** Sleeps until `wakeAt` (Wait, Retry back-off); a replayed thread whose record goes on does not sleep. */
  pause(thread: Thread, wakeAt: number): Promise<void> {
    if (this.replaying) {
      const next = this.replayNext(thread);
      if (next === 'hang') return this.hang(thread);
      if (next !== 'live') return isAbortEvent(next.type) ? this.hang(thread) : Promise.resolve();
    }
    return this.host.clock.sleep(Math.max(0, wakeAt - this.host.clock.now()), thread.signal).catch(() => {
      throw interruption(thread.signal);
    });
  }

  /**
   * `*StateEntered` / `*StateExited`: name and payload stored flat, details built on read (one object
   * per event). Returns the recorded event when a replay matched it.
   */
  private emitState(thread: Thread, kind: StateEventKind, state: CompiledState, payload: Payload, extra: Record<string, unknown> | undefined): StoredEvent | undefined {
    if (thread.replay !== undefined) {
      const recorded = this.match(thread, kind.type, state.name);
      if (recorded !== undefined) {
        thread.cursor = recorded.id;
        return recorded;
      }
    }
    if (this.lastId >= MAX_HISTORY_EVENTS - 1 && this.type === 'STANDARD') {
      this.failFromLimit();
      throw new ExecutionInterrupted('history-limit');
    }
    const id = ++this.lastId;
    this.lastTouched = id;
    this.log.appendState(id, thread.cursor, kind, this.host.clock.now(), state, payload, extra, thread.path);
    thread.cursor = id;
    return undefined;
  }

  private failFromLimit(): void {
    if (this.status !== 'RUNNING') return;
    this.close('FAILED', {
      type: 'ExecutionFailed',
      error: 'States.Runtime',
      cause: `The execution reached the maximum number of history events (${MAX_HISTORY_EVENTS}).`,
    });
    this.interrupt(new ExecutionInterrupted('history-limit'));
  }

  // ---------------------------------------------------------------- lifecycle

  /** Runs the execution to its end; the returned promise settles when it is closed. */
  start(): Promise<void> {
    const top = this.newThread(this.topSignal, 0, undefined, '');
    this.emit(
      top,
      'ExecutionStarted',
      'executionStartedEventDetails',
      { input: this.input.text, inputDetails: NOT_TRUNCATED, roleArn: this.roleArn },
      false,
    );
    let result: MaybePromise<Payload>;
    try {
      result = this.runMachine(top, this.machine, this.input);
    } catch (err) {
      this.finishFailed(top, err);
      return this.done;
    }
    if (result instanceof Promise) {
      const timeout = this.machine.timeoutSeconds;
      let timer: AbortController | undefined;
      if (timeout !== undefined) {
        timer = new AbortController();
        // A redrive resets the execution's timeout (history-events.md §6); a resumed run keeps its deadline.
        const deadline = (this.redriveDate ?? this.startTime) + timeout * 1000;
        this.host.clock.sleep(Math.max(0, deadline - this.host.clock.now()), timer.signal).then(
          () => this.timeOut(top),
          () => undefined,
        );
      }
      result.then(
        (out) => {
          timer?.abort();
          this.finishSucceeded(top, out);
        },
        (err: unknown) => {
          timer?.abort();
          this.finishFailed(top, err);
        },
      );
    } else {
      this.finishSucceeded(top, result);
    }
    return this.done;
  }

  private finishSucceeded(top: Thread, out: Payload): void {
    if (this.status !== 'RUNNING') return;
    this.output = out.text;
    this.close('SUCCEEDED', { type: 'ExecutionSucceeded', prev: top.cursor, output: out.text });
  }

  private finishFailed(top: Thread, err: unknown): void {
    if (this.status !== 'RUNNING') return;
    if (err instanceof ExecutionInterrupted) {
      if (this.stopRequest) this.closeAborted();
      return;
    }
    const e = toStatesError(err);
    this.close('FAILED', { type: 'ExecutionFailed', prev: top.cursor, error: e.error, cause: e.cause });
  }

  private timeOut(top: Thread): void {
    if (this.status !== 'RUNNING') return;
    this.close('TIMED_OUT', { type: 'ExecutionTimedOut', prev: top.cursor, error: 'States.Timeout', cause: '' });
    this.interrupt(new ExecutionInterrupted('timed-out'));
  }

  private stopRequest: { error: string; cause: string } | undefined;

  /**
   * StopExecution: running states unwind first (writing their *StateAborted events), then
   * ExecutionAborted closes the history.
   */
  stop(error: string | undefined, cause: string | undefined): void {
    if (this.status !== 'RUNNING' || this.stopRequest) return;
    this.stopRequest = { error: error ?? '', cause: cause ?? '' };
    this.interrupt(new ExecutionInterrupted('aborted'));
    // Whatever does not unwind by the next macrotask (a handler ignoring its signal) is cut off.
    setImmediate(() => this.closeAborted());
  }

  private interrupt(reason: ExecutionInterrupted): void {
    this.interrupted = true;
    this.controller.abort(reason);
  }

  private closeAborted(): void {
    if (this.status !== 'RUNNING' || !this.stopRequest) return;
    this.close('ABORTED', { type: 'ExecutionAborted', prev: 0, ...this.stopRequest });
  }

  private close(
    status: ExecutionStatus,
    end: { type: string; prev?: number; output?: string; error?: string; cause?: string },
  ): void {
    this.status = status;
    this.stopDate = this.host.clock.now();
    const key = end.type.charAt(0).toLowerCase() + end.type.slice(1) + 'EventDetails';
    let details: Record<string, unknown>;
    if (end.output !== undefined) details = { output: end.output, outputDetails: NOT_TRUNCATED };
    else {
      details = {};
      if (end.error) details.error = end.error;
      if (end.cause) details.cause = end.cause;
      // DescribeExecution of a timed-out execution carries no error (recorded).
      if (status !== 'TIMED_OUT') {
        this.error = end.error || undefined;
        this.cause = end.cause || undefined;
      }
    }
    const id = ++this.lastId;
    this.lastTouched = id;
    const event: StoredEvent = {
      id,
      previousEventId: end.prev ?? 0,
      type: end.type,
      timestamp: this.stopDate,
      detailsKey: key,
      details,
      stateName: undefined,
      payload: undefined,
      thread: '',
      scope: undefined,
    };
    this.log.append(event);
    this.onClose?.(this);
    this.resolveDone();
  }

  newThread(signal: AbortSignal, cursor: number, parent: Thread | undefined, path: string): Thread {
    return {
      cursor,
      vars: parent ? parent.vars : {},
      signal,
      mapItem: undefined,
      stateName: '',
      enteredTime: 0,
      enteredEventId: 0,
      enteredPrev: 0,
      retryCount: 0,
      taskToken: undefined,
      stateInput: undefined,
      stateType: '',
      context: undefined,
      path,
      parent,
      replay: this.plan !== undefined ? replayOf(this.plan, path) : undefined,
      replayTime: undefined,
      rerun: undefined,
      next: undefined,
    };
  }

  // ---------------------------------------------------------------- context, scopes

  private execContext(): Record<string, unknown> {
    if (!this.executionContext) {
      this.executionContext = {
        Id: this.executionArn,
        Input: this.input.value,
        StartTime: new Date(this.startTime).toISOString(),
        Name: this.name,
        RoleArn: this.roleArn,
        RedriveCount: this.redriveCount,
      };
      if (this.redriveDate !== undefined) this.executionContext.RedriveTime = new Date(this.redriveDate).toISOString();
    }
    return this.executionContext;
  }

  contextObject(thread: Thread): Record<string, unknown> {
    const ctx: Record<string, unknown> = {
      Execution: this.execContext(),
      StateMachine: { Id: this.stateMachineArn, Name: this.stateMachineName },
      State:
        thread.stateType === 'Task' || thread.stateType === 'Map' || thread.stateType === 'Parallel'
          ? { Name: thread.stateName, EnteredTime: new Date(thread.enteredTime).toISOString(), RetryCount: thread.retryCount }
          : { Name: thread.stateName, EnteredTime: new Date(thread.enteredTime).toISOString() },
    };
    if (thread.taskToken !== undefined) ctx.Task = { Token: thread.taskToken };
    if (thread.mapItem) ctx.Map = { Item: thread.mapItem };
    return ctx;
  }

  scope(thread: Thread, input: unknown): PathScope {
    let context = thread.context;
    if (!context) context = thread.context = () => this.contextObject(thread);
    return { input, context, variables: thread.vars, runtime: this.host.ids };
  }

  bindings(thread: Thread, states: Record<string, unknown>): JsonataBindings {
    if (!this.jsonataFns) this.jsonataFns = createJsonataFunctions(this.host.ids);
    const b: JsonataBindings = { ...this.jsonataFns, ...thread.vars };
    b.states = { ...states, context: this.contextObject(thread) };
    return b;
  }

  // ---------------------------------------------------------------- state machine loop

  runMachine(thread: Thread, machine: CompiledMachine, input: Payload): MaybePromise<Payload> {
    return this.runFrom(thread, machine, machine.startAt, input);
  }

  private runFrom(thread: Thread, machine: CompiledMachine, name: string, input: Payload): MaybePromise<Payload> {
    let current = name;
    // The state `current` names when the previous state's Next resolved it (no lookup by name).
    let known: CompiledState | undefined = undefined;
    let payload = input;
    for (;;) {
      const signal = thread.signal;
      if (signal === this.topSignal ? this.interrupted : signal.aborted) throw interruption(signal);
      if (this.replaying) {
        const route = this.replayRoute(thread, current);
        if (route === undefined) return this.hang(thread);
        current = route;
      }
      const state: CompiledState | undefined = known !== undefined && known.name === current ? known : machine.states.get(current);
      if (!state) throw new PropagatedError('States.Runtime', `State '${current}' does not exist`);
      const out = this.runState(thread, state, payload);
      if (out instanceof Promise) {
        return out.then((o) => (thread.next === undefined ? o : this.runFrom(thread, machine, thread.next, o)));
      }
      if (thread.next === undefined) return out;
      current = thread.next;
      known = state.nextState;
      payload = out;
    }
  }

  /**
   * Replay: the state the record says comes next (a Choice that would now choose otherwise, the state
   * a redrive restarts), or undefined when the thread must wait for its abort.
   */
  private replayRoute(thread: Thread, current: string): string | undefined {
    const r = thread.replay;
    if (r === undefined) return this.frozenUnder(thread.parent) ? undefined : current;
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
    return this.frozenUnder(thread.parent) ? undefined : current;
  }

  /** Runs one state visit; its output is returned and where it goes is left in `thread.next`. */
  private runState(thread: Thread, state: CompiledState, input: Payload): MaybePromise<Payload> {
    thread.stateName = state.name;
    thread.retryCount = 0;
    thread.taskToken = undefined;
    thread.enteredPrev = thread.cursor;
    thread.stateType = state.type;
    thread.rerun = undefined;
    const recorded = this.emitState(thread, ENTERED[state.type], state, input, undefined);
    if (recorded !== undefined) {
      input = replayedPayload(recorded.payload, input);
      thread.enteredTime = recorded.timestamp;
    } else thread.enteredTime = this.host.clock.now();
    thread.stateInput = input;
    thread.enteredEventId = thread.cursor;
    let r: MaybePromise<StateResult>;
    try {
      r = this.attempt(thread, state, input, undefined);
    } catch (err) {
      return this.onStateError(thread, state, input, err);
    }
    if (r instanceof Promise) {
      return r.then(
        (res) => this.exit(thread, state, res, input),
        (err: unknown) => this.onStateError(thread, state, input, err),
      );
    }
    return this.exit(thread, state, r, input);
  }

  private exit(thread: Thread, state: CompiledState, res: StateResult, input: Payload | undefined): Payload {
    let out: Payload;
    if (res.payload !== undefined) out = res.payload;
    else {
      const value = res.output === undefined ? null : res.output;
      // An unchanged value keeps its payload and text (AWS passes the JSON text through).
      if (input && value === input.value) out = input;
      else {
        const composed = Array.isArray(value) ? composedTextOf(value) : undefined;
        out = composed ? new Payload(value, undefined, composed) : new Payload(value);
        out.bound = res.bound ?? approxJsonLength(value, SIZE_BUDGET);
      }
    }
    if (out !== input && (out.bound ?? 0) > SIZE_BUDGET) {
      // Bounds add up along a chain (a key rewritten in a loop counts each time): measure before the exact check.
      out.bound = approxJsonLength(out.value, SIZE_BUDGET);
      if (out.bound > SIZE_BUDGET && Buffer.byteLength(out.text) > MAX_PAYLOAD_BYTES) {
        throw new PropagatedError(
          'States.DataLimitExceeded',
          `The state/task '${state.name}' returned a result with a size exceeding the maximum number of bytes service limit.`,
        );
      }
    }
    let extra: Record<string, unknown> | undefined;
    const varsBefore = thread.vars;
    if (res.assigned && Object.keys(res.assigned).length > 0) {
      const assigned: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.assigned)) assigned[k] = jsonText(v);
      extra = { assignedVariables: assigned, assignedVariablesDetails: NOT_TRUNCATED };
      thread.vars = { ...thread.vars, ...res.assigned };
    }
    const recorded = this.emitState(thread, EXITED[state.type], state, out, extra);
    if (recorded !== undefined) {
      // The record is the truth: the output and variables the state produced then (UUIDs, handler results).
      out = replayedPayload(recorded.payload, out);
      const assigned = (recorded.details as { assignedVariables?: Record<string, string> } | undefined)?.assignedVariables;
      if (assigned) {
        const vars = { ...varsBefore };
        for (const [k, v] of Object.entries(assigned)) vars[k] = JSON.parse(v) as unknown;
        thread.vars = vars;
      }
    }
    thread.next = res.next ?? (state.end || state.type === 'Succeed' ? undefined : state.next);
    return out;
  }

  // ---------------------------------------------------------------- retry and catch

  private attempt(thread: Thread, state: CompiledState, input: Payload, counts: number[] | undefined): MaybePromise<StateResult> {
    let r: MaybePromise<StateResult>;
    try {
      r = this.body(thread, state, input);
    } catch (err) {
      return this.retry(thread, state, input, counts, err);
    }
    if (r instanceof Promise && state.retriers.length > 0) {
      return r.catch((err: unknown) => this.retry(thread, state, input, counts, err));
    }
    return r;
  }

  private retry(thread: Thread, state: CompiledState, input: Payload, counts: number[] | undefined, err: unknown): Promise<StateResult> {
    if (err instanceof ExecutionInterrupted || state.retriers.length === 0) throw err;
    const e = this.decorate(thread, state, toStatesError(err));
    const idx = state.retriers.findIndex((r) => matchesError(r.errorEquals, e, true));
    if (idx < 0) throw e;
    const c = counts ?? new Array<number>(state.retriers.length).fill(0);
    const retrier: CompiledRetrier = state.retriers[idx];
    if (c[idx] >= retrier.maxAttempts) throw e;
    let delay = retrier.intervalSeconds * Math.pow(retrier.backoffRate, c[idx]);
    if (retrier.maxDelaySeconds !== undefined) delay = Math.min(delay, retrier.maxDelaySeconds);
    if (retrier.jitter) delay = delay * this.host.ids.random();
    c[idx]++;
    thread.retryCount++;
    return this.pause(thread, this.now(thread) + delay * 1000).then(() => this.attempt(thread, state, input, c));
  }

  /** Adds AWS's "An error occurred while executing the state…" prefix to the engine's own errors. */
  decorate(thread: Thread, state: CompiledState, e: StatesError): StatesError {
    if (e instanceof PropagatedError) return e;
    if (!e.error.startsWith('States.') || e.error === 'States.DataLimitExceeded' || e.error === 'States.Timeout') {
      return new PropagatedError(e.error, e.cause);
    }
    if (e.cause.startsWith('An error occurred while executing the state')) return new PropagatedError(e.error, e.cause);
    const decorated = new PropagatedError(
      e.error,
      `An error occurred while executing the state '${state.name}' (entered at the event id #${thread.enteredEventId}). ${e.cause}`,
    );
    if (e.error === 'States.QueryEvaluationError' && state.jsonata) {
      const m = /specified for the field '([^']*)'/.exec(e.cause) ?? /^The (\w+) field cannot be parsed/.exec(e.cause);
      const details: Record<string, unknown> = { error: e.error, cause: decorated.cause, state: state.name };
      if (m) details.location = m[1];
      thread.cursor = state.type === 'Wait' ? thread.enteredEventId : thread.enteredPrev;
      this.emit(thread, 'EvaluationFailed', 'evaluationFailedEventDetails', details);
    }
    return decorated;
  }

  private onStateError(thread: Thread, state: CompiledState, input: Payload, err: unknown): MaybePromise<Payload> {
    if (err instanceof ExecutionInterrupted) {
      const reason = err.reason;
      if ((reason === 'aborted' || reason === 'sibling-failed') && state.type !== 'Pass' && state.type !== 'Choice' && this.status === 'RUNNING') {
        this.emit(thread, ABORTED[state.type], undefined, undefined);
      }
      throw err;
    }
    const e = this.decorate(thread, state, toStatesError(err));
    if ((state.type === 'Map' || state.type === 'Parallel') && e.error !== 'States.Runtime') {
      this.emit(thread, `${state.type}StateFailed`, undefined, undefined);
    }
    const catcher = state.catchers.find((c) => matchesError(c.errorEquals, e, false));
    if (!catcher) throw e;
    const errorOutput: Record<string, unknown> = { Error: e.error };
    if (e.cause !== '') errorOutput.Cause = e.cause;
    else errorOutput.Cause = '';
    if (state.jsonata) return this.catchJsonata(thread, state, input, catcher, errorOutput);
    let output: unknown;
    if (catcher.resultPath === null) output = input.value;
    else output = setAtPath(input.value, catcher.resultPath, errorOutput);
    const assigned = catcher.assignPath
      ? (catcher.assignPath(this.scope(thread, errorOutput)) as Record<string, unknown>)
      : undefined;
    return this.exit(thread, state, { output, assigned, next: catcher.next }, undefined);
  }

  private async catchJsonata(
    thread: Thread,
    state: CompiledState,
    input: Payload,
    catcher: CompiledCatcher,
    errorOutput: Record<string, unknown>,
  ): Promise<Payload> {
    const b = this.bindings(thread, { input: input.value, errorOutput });
    try {
      const output = catcher.output ? await catcher.output.evaluate(b) : errorOutput;
      const assigned = catcher.assignJsonata ? ((await catcher.assignJsonata.evaluate(b)) as Record<string, unknown>) : undefined;
      return this.exit(thread, state, { output, assigned, next: catcher.next }, undefined);
    } catch (err) {
      throw this.decorate(thread, state, toStatesError(err));
    }
  }

  // ---------------------------------------------------------------- JSONPath helpers

  applyInputPath(thread: Thread, state: CompiledState, input: Payload): unknown {
    const p = state.inputPath;
    if (p === undefined || p === '$') return input.value;
    if (p === null) return {};
    const v = resolvePath(this.scope(thread, input.value), p);
    if (v === undefined) throw new StatesError('States.Runtime', `Invalid path '${p}' : No results for path: ${normalisedPath(p)}`);
    return v;
  }

  /**
   * The output as a payload without building it, when the ResultPath allows: null keeps the input's
   * payload; `$.<key>` on an object input becomes "input plus key", copied only when read.
   */
  private deferredOutput(state: CompiledState, raw: Payload, result: unknown): Payload | undefined {
    if (state.resultPath === null) return state.outputWhole ? raw : undefined;
    const key = state.deferredResultKey;
    if (key === undefined || !raw.isObject) return undefined;
    return Payload.withKey(raw, key, result, this.boundOf(state, raw, result));
  }

  applyResultPath(state: CompiledState, raw: unknown, result: unknown): unknown {
    const p = state.resultPath;
    if (p === undefined || p === '$') return result;
    if (p === null) return raw;
    return state.resultPathSegments ? setAtSegments(raw, state.resultPathSegments, result, p) : setAtPath(raw, p, result);
  }

  applyOutputPath(thread: Thread, state: CompiledState, value: unknown): unknown {
    const p = state.outputPath;
    if (p === undefined || p === '$') return value;
    if (p === null) return {};
    const v = resolvePath(this.scope(thread, value), p);
    if (v === undefined) throw new StatesError('States.Runtime', `Invalid path '${p}' : No results for path: ${normalisedPath(p)}`);
    return v;
  }

  evalTemplate(thread: Thread, template: PayloadTemplate, input: unknown, describe?: unknown): unknown {
    return template(this.scope(thread, input), describe);
  }

  /** The JSONPath tail shared by Task, Parallel and Map: ResultSelector, ResultPath, Assign, OutputPath. */
  finishJsonPath(thread: Thread, state: CompiledState, raw: Payload, result: unknown): StateResult {
    const selected = state.resultSelector ? this.evalTemplate(thread, state.resultSelector, result) : result;
    const assigned = state.assignPath ? (this.evalTemplate(thread, state.assignPath, selected) as Record<string, unknown>) : undefined;
    const payload = this.deferredOutput(state, raw, selected);
    if (payload !== undefined) return { output: undefined, assigned, payload };
    const combined = this.applyResultPath(state, raw.value, selected);
    return { output: this.applyOutputPath(thread, state, combined), assigned, bound: this.boundOf(state, raw, selected) };
  }

  /** The JSONata tail: Output (default: the result) and Assign, both seeing the variables before assignment. */
  async finishJsonata(thread: Thread, state: CompiledState, input: unknown, result: unknown, next?: string): Promise<StateResult> {
    if (!state.output && !state.assignJsonata) return { output: result, next };
    const b = this.bindings(thread, { input, result });
    const output = state.output ? await state.output.evaluate(b) : result;
    const assigned = state.assignJsonata ? ((await state.assignJsonata.evaluate(b)) as Record<string, unknown>) : undefined;
    return { output, assigned, next };
  }

  async evalJsonataField(thread: Thread, state: CompiledState, field: string, input: unknown): Promise<unknown> {
    const t: JsonataTemplate = jsonataField(state, field);
    if (t.constant) return t.value;
    return t.evaluate(this.bindings(thread, { input }));
  }

  // ---------------------------------------------------------------- state bodies

  private body(thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult> {
    switch (state.type) {
      case 'Pass':
        return this.pass(thread, state, input);
      case 'Task':
        return this.task(thread, state, input);
      case 'Choice':
        return this.choice(thread, state, input);
      case 'Wait':
        return this.wait(thread, state, input);
      case 'Succeed':
        if (state.jsonata) return this.finishJsonata(thread, state, input.value, input.value);
        return { output: this.applyOutputPath(thread, state, this.applyInputPath(thread, state, input)) };
      case 'Fail':
        return this.fail(thread, state, input);
      case 'Parallel':
        return this.parallel(thread, state, input);
      case 'Map':
        return this.map(thread, state, input);
    }
  }

  private pass(thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult> {
    if (state.jsonata) return this.finishJsonata(thread, state, input.value, input.value);
    // A Result ignores the input: unless an InputPath must still be checked, the input is not built.
    const readsInput = state.parameters !== undefined || !state.hasResult || (state.inputPath !== undefined && state.inputPath !== '$');
    const effective = readsInput ? this.applyInputPath(thread, state, input) : undefined;
    let result: unknown;
    if (state.parameters) result = this.evalTemplate(thread, state.parameters, effective, input.value);
    else if (state.hasResult) result = state.def.Result;
    else result = effective;
    const assigned = state.assignPath ? (this.evalTemplate(thread, state.assignPath, result) as Record<string, unknown>) : undefined;
    const payload = this.deferredOutput(state, input, result);
    if (payload !== undefined) return { output: undefined, assigned, payload };
    const combined = this.applyResultPath(state, input.value, result);
    return { output: this.applyOutputPath(thread, state, combined), assigned, bound: this.boundOf(state, input, result) };
  }

  /** Output size bound from the data flow: input bound + result size (ResultPath merges one into the other). */
  private boundOf(state: CompiledState, input: Payload, result: unknown): number {
    const rp = state.resultPath;
    if (rp === null) return boundOfPayload(input);
    const resultLength = approxJsonLength(result, SIZE_BUDGET);
    if (rp === undefined || rp === '$') return resultLength;
    return boundOfPayload(input) + resultLength + rp.length + 8;
  }

  private task(thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult> {
    if (typeof state.def.Resource === 'string' && state.def.Resource.endsWith('.waitForTaskToken')) {
      thread.taskToken = this.taskTokenFor(thread);
    }
    if (state.jsonata) return this.taskJsonata(thread, state, input);
    const effective = this.applyInputPath(thread, state, input);
    const params = state.parameters ? this.evalTemplate(thread, state.parameters, effective, input.value) : effective;
    const result = this.host.runTask(this, thread, state, params);
    if (result instanceof Promise) return result.then((r) => this.finishJsonPath(thread, state, input, r));
    return this.finishJsonPath(thread, state, input, result);
  }

  private async taskJsonata(thread: Thread, state: CompiledState, input: Payload): Promise<StateResult> {
    const args = state.arguments
      ? state.arguments.constant
        ? state.arguments.value
        : await state.arguments.evaluate(this.bindings(thread, { input: input.value }))
      : input.value;
    const result = await this.host.runTask(this, thread, state, args);
    return this.finishJsonata(thread, state, input.value, result);
  }

  private choice(thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult> {
    if (state.jsonata) return this.choiceJsonata(thread, state, input);
    const effective = this.applyInputPath(thread, state, input);
    const resolve = createPathResolver(this.scope(thread, effective));
    for (const choice of state.choices) {
      if (choice.rule?.(resolve)) {
        const assigned = choice.assignPath ? (this.evalTemplate(thread, choice.assignPath, effective) as Record<string, unknown>) : undefined;
        return { output: this.applyOutputPath(thread, state, effective), assigned, next: choice.next };
      }
    }
    const def = state.def.Default;
    if (typeof def === 'string') {
      const assigned = state.assignPath ? (this.evalTemplate(thread, state.assignPath, effective) as Record<string, unknown>) : undefined;
      return { output: this.applyOutputPath(thread, state, effective), assigned, next: def };
    }
    throw new PropagatedError('States.NoChoiceMatched', `No Matches!`);
  }

  private async choiceJsonata(thread: Thread, state: CompiledState, input: Payload): Promise<StateResult> {
    const b = this.bindings(thread, { input: input.value });
    for (const choice of state.choices) {
      const cond = choice.condition ? await choice.condition.evaluate(b) : false;
      if (typeof cond !== 'boolean') {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The JSONata expression '${String(choice.condition?.value)}' specified for the field 'Condition' returned an unexpected result type. Expected 'boolean', but was '${typeName(cond)}' for value: ${jsonText(cond)}`,
        );
      }
      if (cond) {
        const output = choice.output ? await choice.output.evaluate(b) : state.output ? await state.output.evaluate(b) : input.value;
        const assigned = choice.assignJsonata ? ((await choice.assignJsonata.evaluate(b)) as Record<string, unknown>) : undefined;
        return { output, assigned, next: choice.next };
      }
    }
    const def = state.def.Default;
    if (typeof def === 'string') {
      const output = state.output ? await state.output.evaluate(b) : input.value;
      const assigned = state.assignJsonata ? ((await state.assignJsonata.evaluate(b)) as Record<string, unknown>) : undefined;
      return { output, assigned, next: def };
    }
    throw new PropagatedError('States.NoChoiceMatched', 'No Matches!');
  }

  private wait(thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult> {
    if (state.jsonata) return this.waitJsonata(thread, state, input);
    const effective = this.applyInputPath(thread, state, input);
    const def = state.def;
    let until: number;
    if (typeof def.Seconds === 'number') until = this.now(thread) + def.Seconds * 1000;
    else if (typeof def.Timestamp === 'string') until = parseTimestamp(def.Timestamp, 'Timestamp');
    else if (typeof def.SecondsPath === 'string') {
      const v = resolvePath(this.scope(thread, effective), def.SecondsPath);
      if (v === undefined) throw new StatesError('States.Runtime', `The SecondsPath parameter does not reference an input value: ${def.SecondsPath}`);
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        throw new StatesError('States.Runtime', `The SecondsPath parameter cannot be parsed as a long value: ${def.SecondsPath} == ${jsonText(v)}`);
      }
      if (v < 0) throw new StatesError('States.Runtime', `The SecondsPath parameter references a negative value: ${def.SecondsPath} == ${v}`);
      until = this.now(thread) + v * 1000;
    } else if (typeof def.TimestampPath === 'string') {
      const v = resolvePath(this.scope(thread, effective), def.TimestampPath);
      const t = typeof v === 'string' ? parseIso(v) : undefined;
      if (t === undefined) {
        throw new StatesError(
          'States.Runtime',
          `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${def.TimestampPath} == ${typeof v === 'string' ? v : jsonText(v)}`,
        );
      }
      until = t;
    } else until = this.now(thread);
    const output = this.applyOutputPath(thread, state, effective);
    const assigned = state.assignPath ? (this.evalTemplate(thread, state.assignPath, effective) as Record<string, unknown>) : undefined;
    return this.sleepUntil(thread, until).then(() => ({ output, assigned }));
  }

  private async waitJsonata(thread: Thread, state: CompiledState, input: Payload): Promise<StateResult> {
    const def = state.def;
    let until = this.now(thread);
    if ('Seconds' in def) {
      const v = await this.evalJsonataField(thread, state, 'Seconds', input.value);
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The JSONata expression '${jsonataText(def.Seconds)}' specified for the field 'Seconds' returned an unexpected result type. Expected 'integer', but was '${typeName(v)}' for value: ${jsonText(v)}`,
        );
      }
      until += v * 1000;
    } else if ('Timestamp' in def) {
      const v = await this.evalJsonataField(thread, state, 'Timestamp', input.value);
      const t = typeof v === 'string' ? parseIso(v) : undefined;
      if (t === undefined) {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${typeof v === 'string' ? v : jsonText(v)}`,
        );
      }
      until = t;
    }
    const res = await this.finishJsonata(thread, state, input.value, input.value);
    await this.sleepUntil(thread, until);
    return res;
  }

  private sleepUntil(thread: Thread, until: number): Promise<void> {
    const ms = until - this.now(thread);
    // AWS keeps the delay in a signed 32-bit count of seconds (observed: 24,856 days fails).
    if (ms / 1000 > 2_147_483_647) {
      return Promise.reject(new StatesError('States.Runtime', 'Wait state delay is too long.'));
    }
    return this.pause(thread, until);
  }

  private fail(thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult> {
    const def = state.def;
    if (state.jsonata) {
      return (async () => {
        const error = 'Error' in def ? await this.evalJsonataField(thread, state, 'Error', input.value) : undefined;
        const cause = 'Cause' in def ? await this.evalJsonataField(thread, state, 'Cause', input.value) : undefined;
        throw new PropagatedError(stringOr(error), stringOr(cause));
      })();
    }
    const read = (field: string, pathField: string): string => {
      if (typeof def[field] === 'string') return def[field];
      const expr = def[pathField];
      if (typeof expr !== 'string') return '';
      if (expr.startsWith('States.')) {
        const tpl = this.fieldTemplate(state, pathField, expr);
        const v = this.evalTemplate(thread, tpl, input.value) as Record<string, unknown>;
        return stringOr(v.v);
      }
      const v = resolvePath(this.scope(thread, input.value), expr);
      if (v === undefined) {
        throw new StatesError('States.Runtime', `Invalid path '${expr}' : No results for path: ${normalisedPath(expr)}`);
      }
      return typeof v === 'string' ? v : jsonText(v);
    };
    throw new PropagatedError(read('Error', 'ErrorPath'), read('Cause', 'CausePath'));
  }

  fieldTemplate(state: CompiledState, field: string, expr: string): PayloadTemplate {
    let t = state.fieldTemplates.get(field);
    if (!t) {
      t = compileFieldTemplate(expr);
      state.fieldTemplates.set(field, t);
    }
    return t;
  }

  // ---------------------------------------------------------------- Parallel

  private parallel(thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult> {
    if (state.jsonata) {
      return (async () => {
        const args = state.arguments ? await state.arguments.evaluate(this.bindings(thread, { input: input.value })) : input.value;
        const outs = await this.runBranches(thread, state, args);
        return this.finishJsonata(thread, state, input.value, branchResults(outs));
      })();
    }
    const effective = this.applyInputPath(thread, state, input);
    const branchInput = state.parameters ? this.evalTemplate(thread, state.parameters, effective, input.value) : effective;
    const outs = this.runBranches(thread, state, branchInput);
    // Results nobody reads (ResultPath null, nothing selected or assigned) are not built.
    const finish = (o: Payload[]): StateResult =>
      state.discardsResult ? { output: undefined, payload: input } : this.finishJsonPath(thread, state, input, branchResults(o));
    if (outs instanceof Promise) return outs.then(finish);
    return finish(outs);
  }

  private runBranches(thread: Thread, state: CompiledState, branchInput: unknown): MaybePromise<Payload[]> {
    // A redriven visit keeps the branches that succeeded and re-runs the others under their scope.
    const rerun = thread.rerun;
    thread.rerun = undefined;
    const startedId = this.emit(thread, 'ParallelStateStarted', undefined, undefined, true, rerun?.scope);
    const scope = rerun?.scope ?? `${thread.path}/${startedId}`;
    const payload = new Payload(branchInput);
    const branches = state.branches;
    // Branches that cannot wait run one after the other to their end: when one fails, none is in
    // flight, so they need no abort signal of their own (AbortSignal.any is costly).
    const group = state.branchesSync && !this.replaying ? undefined : new AbortController();
    const signal = group ? manyListeners(AbortSignal.any([thread.signal, group.signal])) : thread.signal;
    const outs: Payload[] = new Array(branches.length);
    let lastCursor = startedId;
    let failure: { error: unknown; cursor: number } | undefined;
    let pending: Promise<void>[] | undefined;
    const fail = (t: Thread, err: unknown): void => {
      if (err instanceof ExecutionInterrupted && group?.signal.aborted && !thread.signal.aborted) return;
      // A Task whose failure ends its branch is recorded as aborted (observed).
      if (!(err instanceof ExecutionInterrupted) && t.stateType === 'Task') this.emit(t, 'TaskStateAborted', undefined, undefined, false);
      if (!failure) {
        failure = { error: err, cursor: t.cursor };
        group?.abort(new ExecutionInterrupted('sibling-failed'));
      }
    };
    for (let i = 0; i < branches.length && failure === undefined; i++) {
      const path = `${scope}.${i}`;
      const done = rerun?.done.get(path);
      if (done !== undefined) {
        outs[i] = replayedPayload(done, undefined);
        continue;
      }
      if (this.replaying && this.plan?.threads.get(path) === undefined && this.frozenUnder(thread)) continue;
      const t = this.newThread(signal, startedId, thread, path);
      let r: MaybePromise<Payload>;
      try {
        r = this.runMachine(t, branches[i], payload);
      } catch (err) {
        fail(t, err);
        continue;
      }
      if (r instanceof Promise) {
        (pending ??= []).push(
          r.then(
            (out) => {
              outs[i] = out;
              lastCursor = t.cursor;
            },
            (err: unknown) => fail(t, err),
          ),
        );
      } else {
        outs[i] = r;
        lastCursor = t.cursor;
      }
    }
    const finish = (): Payload[] => {
      if (failure) {
        if (failure.error instanceof ExecutionInterrupted) throw failure.error;
        thread.cursor = failure.cursor;
        throw failure.error;
      }
      thread.cursor = lastCursor;
      this.emit(thread, 'ParallelStateSucceeded', undefined, undefined, false);
      return outs;
    };
    if (pending === undefined) return finish();
    return Promise.all(pending).then(finish);
  }

  // ---------------------------------------------------------------- Map

  private map(thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult> {
    if (state.jsonata) return this.mapJsonata(thread, state, input);
    const effective = this.applyInputPath(thread, state, input);
    const def = state.def;
    let items: unknown;
    const reader = def.ItemReader;
    if (isRecord(reader)) items = undefined;
    else if (typeof def.ItemsPath === 'string') {
      items = resolvePath(this.scope(thread, effective), def.ItemsPath);
      if (items === undefined) {
        throw new StatesError('States.Runtime', `Invalid path '${def.ItemsPath}' : No results for path: ${normalisedPath(def.ItemsPath)}`);
      }
    } else items = effective;
    if (items !== undefined && !Array.isArray(items)) {
      throw new StatesError('States.QueryEvaluationError', `Map state input must be an array but was: ${jsonText(items)}`);
    }
    const config = () => this.mapConfig(thread, state, effective);
    const selector = state.itemSelector;
    const itemInput = (t: Thread, value: unknown): MaybePromise<unknown> =>
      selector ? this.evalTemplate(t, selector, effective) : value;
    const results = this.runMap(thread, state, items, effective, config, itemInput);
    if (results instanceof Promise) return results.then((r) => this.finishJsonPath(thread, state, input, r));
    return this.finishJsonPath(thread, state, input, results);
  }

  private async mapJsonata(thread: Thread, state: CompiledState, input: Payload): Promise<StateResult> {
    const def = state.def;
    let items: unknown = input.value;
    if ('Items' in def) {
      items = await this.evalJsonataField(thread, state, 'Items', input.value);
      if (!Array.isArray(items)) {
        const expr = jsonataText(def.Items);
        if (typeof items === 'function' || (items !== null && typeof items === 'object' && !isRecord(items))) {
          throw new StatesError('States.QueryEvaluationError', `The JSONata expression '${expr}' specified for the field 'Items' returned an unsupported result type.`);
        }
        throw new StatesError(
          'States.QueryEvaluationError',
          `The JSONata expression '${expr}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${typeName(items)}' for value: ${jsonText(items)}`,
        );
      }
    } else if (isRecord(def.ItemReader)) items = undefined;
    else if (!Array.isArray(items)) {
      throw new StatesError('States.QueryEvaluationError', `Map state input must be an array but was: ${jsonText(items)}`);
    }
    const computed = await this.mapConfigJsonata(thread, state, input.value);
    const config = () => computed;
    const selector = state.itemSelectorJsonata;
    const itemInput = (t: Thread, value: unknown): MaybePromise<unknown> =>
      selector ? selector.evaluate(this.bindings(t, { input: input.value })) : value;
    const results = await this.runMap(thread, state, items as unknown[] | undefined, input.value, config, itemInput);
    return this.finishJsonata(thread, state, input.value, results);
  }

  private mapConfig(thread: Thread, state: CompiledState, effective: unknown): MapConfig {
    const def = state.def;
    const scope = this.scope(thread, effective);
    let maxConcurrency = typeof def.MaxConcurrency === 'number' ? def.MaxConcurrency : 0;
    if (typeof def.MaxConcurrencyPath === 'string') {
      const raw = resolvePath(scope, def.MaxConcurrencyPath);
      const v = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
        throw new StatesError(
          'States.Runtime',
          `The MaxConcurrencyPath field refers to value "${typeof v === 'string' ? v : jsonText(v)}" which is not a valid integer: ${def.MaxConcurrencyPath}`,
        );
      }
      maxConcurrency = v;
    }
    let count: number | undefined = typeof def.ToleratedFailureCount === 'number' ? def.ToleratedFailureCount : undefined;
    if (typeof def.ToleratedFailureCountPath === 'string') {
      const v = resolvePath(scope, def.ToleratedFailureCountPath);
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        throw new StatesError(
          'States.Runtime',
          `The ToleratedFailureCountPath field refers to value "${typeof v === 'string' ? v : jsonText(v)}" which is not a valid integer: ${def.ToleratedFailureCountPath}`,
        );
      }
      count = v;
    }
    if (count !== undefined && count < 0) throw new StatesError('States.Runtime', 'ToleratedFailureCount cannot be negative.');
    let percentage: number | undefined = typeof def.ToleratedFailurePercentage === 'number' ? def.ToleratedFailurePercentage : undefined;
    if (typeof def.ToleratedFailurePercentagePath === 'string') {
      const v = resolvePath(scope, def.ToleratedFailurePercentagePath);
      if (typeof v !== 'number') {
        throw new StatesError(
          'States.Runtime',
          `The ToleratedFailurePercentagePath field refers to value "${typeof v === 'string' ? v : jsonText(v)}" which is not a valid float: ${def.ToleratedFailurePercentagePath}`,
        );
      }
      percentage = v;
    }
    if (percentage !== undefined && (percentage < 0 || percentage > 100)) {
      throw new StatesError('States.Runtime', 'ToleratedFailurePercentage must be between 0 and 100.');
    }
    return { maxConcurrency, toleratedFailureCount: count, toleratedFailurePercentage: percentage };
  }

  private async mapConfigJsonata(thread: Thread, state: CompiledState, input: unknown): Promise<MapConfig> {
    const def = state.def;
    const num = async (field: string): Promise<number | undefined> => {
      if (!(field in def)) return undefined;
      const v = await this.evalJsonataField(thread, state, field, input);
      if (typeof v !== 'number') {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The JSONata expression '${jsonataText(def[field])}' specified for the field '${field}' returned an unexpected result type. Expected 'number', but was '${typeName(v)}' for value: ${jsonText(v)}`,
        );
      }
      return v;
    };
    const count = await num('ToleratedFailureCount');
    if (count !== undefined && count < 0) throw new StatesError('States.Runtime', 'ToleratedFailureCount cannot be negative.');
    const percentage = await num('ToleratedFailurePercentage');
    if (percentage !== undefined && (percentage < 0 || percentage > 100)) {
      throw new StatesError('States.Runtime', 'ToleratedFailurePercentage must be between 0 and 100.');
    }
    return { maxConcurrency: (await num('MaxConcurrency')) ?? 0, toleratedFailureCount: count, toleratedFailurePercentage: percentage };
  }

  private runMap(
    thread: Thread,
    state: CompiledState,
    items: unknown[] | undefined,
    effective: unknown,
    configOf: () => MapConfig,
    itemInput: (t: Thread, value: unknown) => MaybePromise<unknown>,
  ): MaybePromise<unknown> {
    const processor = state.processor;
    if (!processor) throw new StatesError('States.Runtime', 'Map state has no ItemProcessor');
    const processorDef = state.def.ItemProcessor ?? state.def.Iterator;
    const mode = isRecord(processorDef) && isRecord(processorDef.ProcessorConfig) ? processorDef.ProcessorConfig.Mode : undefined;
    if (mode === 'DISTRIBUTED') {
      return this.host.runDistributedMap(this, thread, state, {
        items,
        effectiveInput: effective,
        config: configOf,
      });
    }
    const list = items ?? [];
    const rerun = thread.rerun;
    thread.rerun = undefined;
    const startedId = this.emit(thread, 'MapStateStarted', 'mapStateStartedEventDetails', { length: list.length }, true, rerun?.scope);
    const scope = rerun?.scope ?? `${thread.path}/${startedId}`;
    const config = configOf();
    if (list.length === 0) {
      this.emit(thread, 'MapStateSucceeded', undefined, undefined, false);
      return [];
    }
    const concurrency = Math.min(config.maxConcurrency === 0 ? INLINE_MAP_MAX_CONCURRENCY : config.maxConcurrency, INLINE_MAP_MAX_CONCURRENCY, list.length);
    const group = new AbortController();
    const signal = manyListeners(AbortSignal.any([thread.signal, group.signal]));
    const results: unknown[] = new Array(list.length);
    const mapName = state.name;
    let nextIndex = 0;
    let mapCursor = startedId;
    let failed = 0;
    let failure: { error: unknown; cursor: number } | undefined;
    const tolerated = (): boolean => {
      const { toleratedFailureCount: c, toleratedFailurePercentage: p } = config;
      if (c === undefined && p === undefined) return false;
      if (c !== undefined && failed <= c) return true;
      if (p !== undefined && (failed / list.length) * 100 <= p) return true;
      return false;
    };
    const startIteration = (index: number, cursor: number): Thread => {
      const t = this.newThread(signal, cursor, thread, `${scope}:${index}`);
      t.mapItem = { Index: index, Value: list[index] };
      this.emit(t, 'MapIterationStarted', 'mapIterationStartedEventDetails', { index, name: mapName });
      return t;
    };
    // A worker runs one iteration after another, synchronously while it can.
    const worker = (t: Thread, index: number): MaybePromise<void> => {
      let cur = t;
      let idx = index;
      for (;;) {
        if (failure) return;
        let r: MaybePromise<Payload>;
        try {
          const inValue = itemInput(cur, list[idx]);
          if (inValue instanceof Promise) {
            const it = cur;
            const i = idx;
            return inValue
              .then((v) => this.runMachine(it, processor, new Payload(v)))
              .then(
                (out) => this.iterationDone(it, i, out, results, mapName),
                (err: unknown) => onFail(it, i, err),
              )
              .then((cursor) => continueWith(cursor));
          }
          r = this.runMachine(cur, processor, new Payload(inValue));
        } catch (err) {
          const c = onFail(cur, idx, err);
          if (c === undefined) return;
          const nt = nextThread(c);
          if (!nt) return;
          cur = nt.t;
          idx = nt.i;
          continue;
        }
        if (r instanceof Promise) {
          const it = cur;
          const i = idx;
          return r
            .then(
              (out) => this.iterationDone(it, i, out, results, mapName),
              (err: unknown) => onFail(it, i, err),
            )
            .then((cursor) => continueWith(cursor));
        }
        const c = this.iterationDone(cur, idx, r, results, mapName);
        mapCursor = this.lastTouched;
        const nt = nextThread(c);
        if (!nt) return;
        cur = nt.t;
        idx = nt.i;
      }
    };
    const continueWith = (cursor: number | undefined): MaybePromise<void> => {
      if (cursor === undefined) return;
      mapCursor = this.lastTouched;
      const nt = nextThread(cursor);
      if (!nt) return;
      return worker(nt.t, nt.i);
    };
    const nextThread = (cursor: number): { t: Thread; i: number } | undefined => {
      while (!failure && nextIndex < list.length) {
        const i = nextIndex++;
        if (rerun !== undefined || this.replaying) {
          const path = `${scope}:${i}`;
          // A redrive keeps the iterations that succeeded.
          const done = rerun?.done.get(path);
          if (done !== undefined) {
            results[i] = replayedPayload(done, undefined).value;
            continue;
          }
          // A replayed Map that finished does not start iterations its record does not have.
          if (this.replaying && this.plan?.threads.get(path) === undefined && this.frozenUnder(thread)) return undefined;
        }
        return { t: startIteration(i, cursor), i };
      }
      return undefined;
    };
    const onFail = (t: Thread, index: number, err: unknown): number | undefined => {
      if (err instanceof ExecutionInterrupted) {
        if (group.signal.aborted && !thread.signal.aborted) {
          this.emit(t, 'MapIterationAborted', 'mapIterationAbortedEventDetails', { index, name: mapName }, false);
          return undefined;
        }
        if (!failure) failure = { error: err, cursor: t.cursor };
        return undefined;
      }
      failed++;
      this.emit(t, 'MapIterationFailed', 'mapIterationFailedEventDetails', { index, name: mapName }, false);
      if (tolerated()) return t.cursor;
      if (!failure) {
        failure = { error: err, cursor: t.cursor };
        group.abort(new ExecutionInterrupted('sibling-failed'));
      }
      return undefined;
    };
    const first: { t: Thread; i: number }[] = [];
    for (let k = 0; k < concurrency; k++) {
      const nt = nextThread(startedId);
      if (nt) first.push(nt);
    }
    const pending: Promise<void>[] = [];
    for (const f of first) {
      const r = worker(f.t, f.i);
      if (r instanceof Promise) pending.push(r);
    }
    const finish = (): unknown[] => {
      if (failure) {
        if (failure.error instanceof ExecutionInterrupted) throw failure.error;
        thread.cursor = failure.cursor;
        throw failure.error;
      }
      if (failed > 0 && !tolerated()) {
        throw new PropagatedError('States.ExceedToleratedFailureThreshold', 'The specified tolerated failure threshold was exceeded');
      }
      thread.cursor = mapCursor;
      this.emit(thread, 'MapStateSucceeded', undefined, undefined, false);
      return results;
    };
    if (pending.length === 0) return finish();
    return Promise.all(pending).then(finish);
  }

  private iterationDone(t: Thread, index: number, out: Payload, results: unknown[], mapName: string): number {
    results[index] = out.value;
    const cursor = t.cursor;
    this.emit(t, 'MapIterationSucceeded', 'mapIterationSucceededEventDetails', { index, name: mapName }, false);
    return cursor;
  }
}

/** A thread's recorded events, when the replay has any for it. */
function replayOf(plan: ReplayPlan, path: string): ThreadReplay | undefined {
  const list = plan.threads.get(path);
  return list !== undefined && list.length > 0 ? { list, pos: 0 } : undefined;
}

/** A recorded payload as the interpreter uses it (loaded histories keep only the text). */
function replayedPayload(recorded: Payload | undefined, fallback: Payload): Payload;
function replayedPayload(recorded: Payload, fallback: undefined): Payload;
function replayedPayload(recorded: Payload | undefined, fallback: Payload | undefined): Payload {
  if (recorded === undefined) return fallback as Payload;
  if (recorded.value !== undefined) return recorded;
  const text = recorded.text;
  return new Payload(JSON.parse(text) as unknown, text);
}

function isAbortEvent(type: string): boolean {
  return type.endsWith('StateAborted') || type === 'MapIterationAborted';
}

export type MapConfig = { maxConcurrency: number; toleratedFailureCount: number | undefined; toleratedFailurePercentage: number | undefined };

/** A payload's length bound, measured once when the data flow did not give one. */
function boundOfPayload(payload: Payload): number {
  return (payload.bound ??= approxJsonLength(payload.value, SIZE_BUDGET));
}

/** The Parallel result array, with its JSON text composed from the branches' output texts. */
function branchResults(outs: Payload[]): unknown[] {
  const results = outs.map((o) => o.value);
  Object.defineProperty(results, COMPOSED_TEXT, { value: () => '[' + outs.map((o) => o.text).join(',') + ']' });
  return results;
}

function composedTextOf(value: unknown[]): (() => string) | undefined {
  return (value as unknown as Record<symbol, (() => string) | undefined>)[COMPOSED_TEXT];
}

function interruption(signal: AbortSignal): ExecutionInterrupted {
  const reason: unknown = signal.reason;
  return reason instanceof ExecutionInterrupted ? reason : new ExecutionInterrupted('aborted');
}

/** `ErrorEquals` matching: exact names, `States.ALL`, and `States.TaskFailed` for any task failure. */
export function matchesError(errorEquals: string[], e: StatesError, retrying: boolean): boolean {
  for (const name of errorEquals) {
    if (name === e.error) return true;
    if (name === 'States.ALL') {
      if (e.error === 'States.Runtime') return false;
      if (retrying && e.error === 'States.DataLimitExceeded') return false;
      return true;
    }
    if (name === 'States.Timeout' && e.error === 'States.HeartbeatTimeout') return true;
    if (name === 'States.TaskFailed' && e instanceof PropagatedError && e.fromTask && e.error !== 'States.Timeout') return true;
  }
  return false;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  return typeof v === 'object' ? 'object' : typeof v;
}

function jsonataText(v: unknown): string {
  if (typeof v !== 'string') return jsonText(v);
  const m = /^\{%([\s\S]*)%\}$/.exec(v);
  return m ? m[1].trim() : v;
}

function stringOr(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : jsonText(v);
}

/** Strict ISO-8601 with offset, as AWS (java.time OffsetDateTime) accepts it. */
export function parseIso(s: string): number | undefined {
  if (!isIso(s)) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(s);
  if (!m) return undefined;
  const [mo, d, h, mi, se] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
}

function parseTimestamp(s: string, field: string): number {
  const t = parseIso(s);
  if (t === undefined) {
    throw new StatesError('States.Runtime', `The ${field} field cannot be parsed as an ISO-8601 extended offset date-time format string: ${s}`);
  }
  return t;
}

function compileFieldTemplate(expr: string): PayloadTemplate {
  // Reuses the payload template compiler: `{"v.$": "States.Format(...)"}`.
  return compilePayload({ 'v.$': expr });
}

/** Every task, wait and iteration in flight listens on its line's signal: 40 Map iterations are normal, not a leak. */
function manyListeners(signal: AbortSignal): AbortSignal {
  setMaxListeners(0, signal);
  return signal;
}
