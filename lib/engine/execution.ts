import type { JsonataBindings, PathScope, PayloadTemplate } from '@/lib/asl';
import type { ExecutionStatus, StateMachineType } from '@/lib/model';
import type { CompiledMachine, CompiledState } from './compile-state-machine';
import { evalJsonataField, evalTemplate } from './data-flow';
import { ExecutionInterrupted, toStatesError } from './errors';
import type { ExecutionHost, ExecutionInit, Thread } from './execution-types';
import { emitCloseEvent, emitEvent, NOT_TRUNCATED } from './history-emission';
import type { StoredEvent } from './history';
import { MAX_HISTORY_EVENTS } from './limits';
import { Payload } from './payload';
import { hang, pause, replayNext, replayOf, threadNow } from './replay-of-record';
import type { ReplayPlan } from './replay-plan';
import { runStates } from './run-states';
import { jsonataBindings, pathScope } from './state-context';
import type { HistoryLog } from './storage';
import type { MaybePromise } from './types';

export { jsonText } from './json-text';
export { NOT_TRUNCATED } from './history-emission';
export type { DistributedMapRequest, ExecutionHost, ExecutionInit, MapConfig, StateResult, Thread } from './execution-types';

/**
 * One execution: its identity, its lifecycle (start, stop, time-out, close) and the state the
 * interpreter's modules share. The interpreter itself is run-states (the loop), states/ (one module
 * per state type), data-flow, retry-catch, history-emission and replay-of-record; the fields those
 * read are public but internal to lib/engine.
 */
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
  readonly plan: ReplayPlan | undefined;
  /** Id of the last event written or matched. */
  lastTouched = 0;
  status: ExecutionStatus = 'RUNNING';
  output: string | undefined;
  error: string | undefined;
  cause: string | undefined;
  stopDate: number | undefined;
  readonly done: Promise<void>;
  private resolveDone!: () => void;
  /** Id of the last event written. */
  lastId = 0;
  readonly log: HistoryLog;
  private readonly controller = new AbortController();
  /** The execution's own signal, and whether it was aborted: read before every state, cheaper than `signal.aborted`. */
  readonly topSignal = this.controller.signal;
  interrupted = false;
  private readonly onClose: ((e: Execution) => void) | undefined;
  /** `$$.Execution`, built once when first read (state-context). */
  executionContext: Record<string, unknown> | undefined;
  /** The JSONata functions bound to this engine's ids, built once when first needed (state-context). */
  jsonataFns: Record<string, unknown> | undefined;
  /** Count of task invocations per state name, for mock responses keyed by attempt. */
  readonly invocations = new Map<string, number>();
  private stopRequest: { error: string; cause: string } | undefined;

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

  // ---------------------------------------------------------------- for the task runner and distributed Map

  emit(thread: Thread, type: string, key: string | undefined, details: unknown, advance = true, scope?: string): number {
    return emitEvent(this, thread, type, key, details, advance, scope);
  }

  replayNext(thread: Thread): StoredEvent | 'live' | 'hang' {
    return replayNext(thread);
  }

  hang(thread: Thread): Promise<never> {
    return hang(thread);
  }

  now(thread: Thread): number {
    return threadNow(this, thread);
  }

  pause(thread: Thread, wakeAt: number): Promise<void> {
    return pause(this, thread, wakeAt);
  }

  scope(thread: Thread, input: unknown): PathScope {
    return pathScope(this, thread, input);
  }

  bindings(thread: Thread, states: Record<string, unknown>): JsonataBindings {
    return jsonataBindings(this, thread, states);
  }

  evalTemplate(thread: Thread, template: PayloadTemplate, input: unknown, describe?: unknown): unknown {
    return evalTemplate(this, thread, template, input, describe);
  }

  evalJsonataField(thread: Thread, state: CompiledState, field: string, input: unknown): Promise<unknown> {
    return evalJsonataField(this, thread, state, field, input);
  }

  runMachine(thread: Thread, machine: CompiledMachine, input: Payload): MaybePromise<Payload> {
    return runStates(this, thread, machine, machine.startAt, input);
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

  // ---------------------------------------------------------------- lifecycle

  /** Runs the execution to its end; the returned promise settles when it is closed. */
  start(): Promise<void> {
    const top = this.newThread(this.topSignal, 0, undefined, '');
    this.emit(top, 'ExecutionStarted', 'executionStartedEventDetails', { input: this.input.text, inputDetails: NOT_TRUNCATED, roleArn: this.roleArn }, false);
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

  /** The 25,000-event limit reached (history-emission): the execution fails and its states unwind. */
  failFromLimit(): void {
    if (this.status !== 'RUNNING') return;
    this.close('FAILED', {
      type: 'ExecutionFailed',
      error: 'States.Runtime',
      cause: `The execution reached the maximum number of history events (${MAX_HISTORY_EVENTS}).`,
    });
    this.interrupt(new ExecutionInterrupted('history-limit'));
  }

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

  private close(status: ExecutionStatus, end: { type: string; prev?: number; output?: string; error?: string; cause?: string }): void {
    this.status = status;
    this.stopDate = this.host.clock.now();
    // DescribeExecution of a timed-out execution carries no error (recorded).
    if (end.output === undefined && status !== 'TIMED_OUT') {
      this.error = end.error || undefined;
      this.cause = end.cause || undefined;
    }
    emitCloseEvent(this, end, this.stopDate);
    this.onClose?.(this);
    this.resolveDone();
  }
}
