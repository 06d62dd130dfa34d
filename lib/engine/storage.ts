import type { EngineActivityRow, EngineExecutionRow, EngineRevisionRow, EngineStateMachineRow } from '@/lib/model';
import type { StoredEvent } from './history';
import { Payload } from './payload';

// The engine's names for the rows lib/model shares with lib/db's Engine* tables.
export type StoredStateMachine = EngineStateMachineRow;
export type StoredExecution = EngineExecutionRow;
export type StoredRevision = EngineRevisionRow;
export type StoredActivity = EngineActivityRow;

/**
 * A task token handed out (`.waitForTaskToken`, activities), kept so a resumed execution waits on the
 * same token; `key` names the task attempt (`<state entered event id>:<retry>`). `outcome` is a
 * SendTaskSuccess/Failure the engine accepted before its events were written.
 */
export type StoredTaskToken = {
  taskToken: string;
  executionArn: string;
  key: string;
  outcome?: TaskTokenOutcome;
};

export type TaskTokenOutcome = { output: string } | { error: string; cause: string };

/** One execution's event log; the engine appends as it runs. */
export type HistoryLog = {
  append(event: StoredEvent): void;
  /** A `*StateEntered`/`*StateExited` event passed field by field: the hot path, with no event object to make. */
  appendState(id: number, previousEventId: number, kind: StateEventKind, timestamp: number, state: NumberedState, payload: Payload, details: unknown, thread: string): void;
  count(): number;
  events(): readonly StoredEvent[];
};

/**
 * Where the engine keeps state machines, executions and histories: in memory (tests, benchmarks)
 * or in a database (lib/db implements it). Reads the engine makes while running are synchronous;
 * writes may reach a database later (write-behind) as long as `flush` waits for them.
 */
export type EngineStorage = {
  putStateMachine(sm: StoredStateMachine): void;
  getStateMachine(arn: string): StoredStateMachine | undefined;
  listStateMachines(): StoredStateMachine[];
  deleteStateMachine(arn: string): void;
  putActivity(activity: StoredActivity): void;
  getActivity(arn: string): StoredActivity | undefined;
  listActivities(): StoredActivity[];
  deleteActivity(arn: string): void;
  putRevision(revision: StoredRevision): void;
  /** Revisions stay after their state machine is deleted: its executions still describe their definition. */
  getRevision(stateMachineArn: string, revisionId: string): StoredRevision | undefined;
  putExecution(execution: StoredExecution): void;
  getExecution(arn: string): StoredExecution | undefined;
  listExecutions(filter: { stateMachineArn?: string; mapRunArn?: string }): StoredExecution[];
  /** The log a running execution appends to (and, in memory, every history). */
  history(executionArn: string): HistoryLog;
  /** A whole history, wherever it is kept (a database loads closed ones on demand). */
  loadHistory(executionArn: string): Promise<readonly StoredEvent[]>;
  putTaskToken(token: StoredTaskToken): void;
  listTaskTokens(executionArn: string): StoredTaskToken[];
  /** Drops an execution's tokens (it closed: none of them can be answered any more). */
  deleteTaskTokens(executionArn: string): void;
  /** Tags of a state machine or activity (TagResource). */
  getTags(resourceArn: string): Record<string, string>;
  /** Replaces a resource's tags; an empty record removes them. */
  putTags(resourceArn: string, tags: Record<string, string>): void;
  /** Resolves once every change made so far is durable (immediately in memory). */
  flush(): Promise<void>;
};

export function createMemoryStorage(): EngineStorage {
  const machines = new Map<string, StoredStateMachine>();
  const activities = new Map<string, StoredActivity>();
  const executions = new Map<string, StoredExecution>();
  const histories = new Map<string, HistoryLog>();
  const revisions = new Map<string, StoredRevision>();
  const tokens = new Map<string, Map<string, StoredTaskToken>>();
  const tags = new Map<string, Record<string, string>>();
  const storage: EngineStorage = {
    putStateMachine: (sm) => void machines.set(sm.stateMachineArn, sm),
    getStateMachine: (arn) => machines.get(arn),
    listStateMachines: () => [...machines.values()],
    deleteStateMachine: (arn) => void machines.delete(arn),
    putActivity: (a) => void activities.set(a.activityArn, a),
    getActivity: (arn) => activities.get(arn),
    listActivities: () => [...activities.values()],
    deleteActivity: (arn) => void activities.delete(arn),
    putExecution: (e) => void executions.set(e.executionArn, e),
    getExecution: (arn) => executions.get(arn),
    listExecutions: (f) =>
      [...executions.values()]
        .filter((e) => (!f.stateMachineArn || e.stateMachineArn === f.stateMachineArn) && (!f.mapRunArn || e.mapRunArn === f.mapRunArn))
        .reverse(),
    putRevision: (r) => void revisions.set(`${r.stateMachineArn}@${r.revisionId}`, r),
    getRevision: (arn, revisionId) => revisions.get(`${arn}@${revisionId}`),
    history(arn) {
      let log = histories.get(arn);
      if (!log) {
        log = createColumnarHistoryLog();
        histories.set(arn, log);
      }
      return log;
    },
    loadHistory: (arn) => Promise.resolve(storage.history(arn).events()),
    putTaskToken(t) {
      let byToken = tokens.get(t.executionArn);
      if (!byToken) tokens.set(t.executionArn, (byToken = new Map()));
      byToken.set(t.taskToken, t);
    },
    listTaskTokens: (arn) => [...(tokens.get(arn)?.values() ?? [])],
    deleteTaskTokens: (arn) => void tokens.delete(arn),
    getTags: (arn) => tags.get(arn) ?? {},
    putTags: (arn, t) => void (Object.keys(t).length > 0 ? tags.set(arn, t) : tags.delete(arn)),
    flush: () => Promise.resolve(),
  };
  return storage;
}

/** A state entered/exited event type with its number in every log, worked out once. */
export type StateEventKind = { type: string; detailsKey: string; number: number };

/** A state's name with its number in every log (see `stateNameNumber`), set when the definition is compiled. */
export type NumberedState = { name: string; nameNumber: number };

export function stateEventKind(type: string, detailsKey: string): StateEventKind {
  return { type, detailsKey, number: lookUpKind(type, detailsKey) };
}

/** Event type and details member pairs, numbered once for every log (there are a few dozen). */
const kinds: { type: string; detailsKey: string | undefined }[] = [];
/** Type → its kind with the usual details member; other pairs are looked up by `type␀key`. */
const kindByType = new Map<string, number>();
const kindByPair = new Map<string, number>();

// The last two kinds written: a state's entered and exited events alternate (same string objects).
let recentType0 = '';
let recentKey0: string | undefined = undefined;
let recentKind0 = 0;
let recentType1 = '';
let recentKey1: string | undefined = undefined;
let recentKind1 = 0;

function kindOf(type: string, detailsKey: string | undefined): number {
  if (type === recentType0 && detailsKey === recentKey0) return recentKind0;
  if (type === recentType1 && detailsKey === recentKey1) return recentKind1;
  const kind = lookUpKind(type, detailsKey);
  recentType1 = recentType0;
  recentKey1 = recentKey0;
  recentKind1 = recentKind0;
  recentType0 = type;
  recentKey0 = detailsKey;
  recentKind0 = kind;
  return kind;
}

function lookUpKind(type: string, detailsKey: string | undefined): number {
  const kind = kindByType.get(type);
  if (kind !== undefined && kinds[kind].detailsKey === detailsKey) return kind;
  const pair = `${type}\u0000${detailsKey ?? ''}`;
  let other = kindByPair.get(pair);
  if (other === undefined) {
    other = kinds.length;
    kinds.push({ type, detailsKey });
    kindByPair.set(pair, other);
    if (kind === undefined) kindByType.set(type, other);
  }
  return other;
}

/** State names, numbered once for every log: they come from definitions, so the list stays small. */
const names: string[] = [''];
const nameIndex = new Map<string, number>();

/** A state name's number in every log: definitions are numbered when compiled, so the hot path looks up nothing. */
export function stateNameNumber(name: string): number {
  let n = nameIndex.get(name);
  if (n === undefined) {
    n = names.length;
    names.push(name);
    nameIndex.set(name, n);
  }
  return n;
}

/** Numbers kept per event, in one Float64Array: previous event id, kind, state name, timestamp. */
const STRIDE = 4;

/** A payload and the extra details of a state exit that carries both (assigned variables). */
type PayloadWithDetails = { payload: StoredEvent['payload']; details: unknown };

/**
 * An in-memory history for the engine's hot path, which appends millions of events. One retained
 * object (or a row of columns of pointers) per event made garbage collection most of the run time,
 * so the numbers live in a typed array outside the collected heap, strings are numbered, threads are
 * kept as runs (consecutive events mostly share one), and one pointer column holds the payload or the
 * details. Readers get event objects rebuilt (and cached) on demand.
 */
export function createColumnarHistoryLog(): HistoryLog {
  return new ColumnarHistoryLog();
}

// A class, not a closure per log: every log then shares one `append`, which keeps the engine's call sites monomorphic.
class ColumnarHistoryLog implements HistoryLog {
  private numbers = new Float64Array(64 * STRIDE);
  private readonly data: unknown[] = [];
  // Thread runs: events from threadStarts[i] on (until the next run) were written by threadPaths[i].
  private readonly threadStarts: number[] = [];
  private readonly threadPaths: string[] = [];
  private lastThread: string | undefined = undefined;
  private scopes: Map<number, string> | undefined = undefined;
  private length = 0;
  private readonly built: StoredEvent[] = [];

  append(event: StoredEvent): void {
    const name = event.stateName === undefined ? 0 : stateNameNumber(event.stateName);
    this.add(event.previousEventId, kindOf(event.type, event.detailsKey), event.timestamp, name, event.payload, event.details, event.thread);
    if (event.scope !== undefined) (this.scopes ??= new Map()).set(this.length - 1, event.scope);
  }

  appendState(_id: number, previousEventId: number, kind: StateEventKind, timestamp: number, state: NumberedState, payload: Payload, details: unknown, thread: string): void {
    this.add(previousEventId, kind.number, timestamp, state.nameNumber, payload, details, thread);
  }

  /** `name` 0 is an event with no state name (its data column holds the details). */
  private add(previousEventId: number, kind: number, timestamp: number, name: number, payload: Payload | undefined, details: unknown, thread: string): void {
    const length = this.length;
    let numbers = this.numbers;
    if ((length + 1) * STRIDE > numbers.length) {
      const grown = new Float64Array(numbers.length * 2);
      grown.set(numbers);
      this.numbers = numbers = grown;
    }
    const at = length * STRIDE;
    numbers[at] = previousEventId;
    numbers[at + 1] = kind;
    numbers[at + 2] = name;
    numbers[at + 3] = timestamp;
    if (name === 0) this.data.push(details);
    else if (details === undefined) this.data.push(payload);
    else this.data.push({ payload, details } satisfies PayloadWithDetails);
    if (thread !== this.lastThread) {
      this.threadStarts.push(length);
      this.threadPaths.push(thread);
      this.lastThread = thread;
    }
    this.length = length + 1;
  }

  count(): number {
    return this.length;
  }

  events(): readonly StoredEvent[] {
    const { numbers, data, built } = this;
    for (let i = built.length; i < this.length; i++) {
      const at = i * STRIDE;
      const kind = kinds[numbers[at + 1]];
      const name = numbers[at + 2];
      const stateName = name === 0 ? undefined : names[name];
      const d = data[i];
      let payload: StoredEvent['payload'];
      let details: unknown;
      if (stateName === undefined) details = d;
      else if (d instanceof Payload || d === undefined) payload = d;
      else ({ payload, details } = d as PayloadWithDetails);
      built.push({
        id: i + 1,
        previousEventId: numbers[at],
        type: kind.type,
        timestamp: numbers[at + 3],
        detailsKey: kind.detailsKey,
        details,
        stateName,
        payload,
        thread: this.threadAt(i),
        scope: this.scopes?.get(i),
      });
    }
    return built;
  }

  private threadAt(index: number): string {
    const starts = this.threadStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.threadPaths[lo];
  }
}
