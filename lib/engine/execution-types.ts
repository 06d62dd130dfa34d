import type { StateMachineType } from '@/lib/model';
import type { Clock } from './clock';
import type { CompiledMachine, CompiledState } from './compile-state-machine';
import type { Execution } from './execution';
import type { HistoryLog } from './storage';
import type { IdGenerator } from './id-generator';
import type { Payload } from './payload';
import type { RedriveMarker, ReplayEntry, ReplayPlan } from './replay-plan';
import type { MaybePromise } from './types';

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

export type ThreadReplay = { list: ReplayEntry[]; pos: number };

/** What a state body produced, before the exit event. */
export type StateResult = {
  output: unknown;
  assigned?: Record<string, unknown>;
  next?: string;
  /** Upper bound of the output's JSON length when the data flow makes it cheap to know. */
  bound?: number;
  /** The output as a payload not built yet (`output` is then unused): see data-flow's `deferredOutput`. */
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

export type MapConfig = { maxConcurrency: number; toleratedFailureCount: number | undefined; toleratedFailurePercentage: number | undefined };

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
