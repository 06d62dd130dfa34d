import type { KnownHistoryEventType } from '@/lib/model';
import type { DemoEventDetails, DemoHistoryEvent } from './demo-bundle-record';
import type { Prng } from './create-prng';
import { DEMO_REGION } from './workflows';

/** An event before ids are known; `t` is ms after the execution start. */
export type Draft = {
  type: KnownHistoryEventType;
  member?: string;
  details?: DemoEventDetails;
  t: number;
  prev: Draft | null;
  seq: number;
  dropped: boolean;
  id: number;
  /** For *StateEntered/*StateExited: the state type prefix (Task, Wait, …), to abort what is open. */
  stateType?: string;
  entered?: boolean;
};

/** One chain of events (the execution, a Map iteration or a Parallel branch). */
export type Thread = { t: number; last: Draft | null; drafts: Draft[] };

export type Attempt =
  | { ok: true; result: unknown; ms: number }
  | { ok: false; timedOut?: boolean; error: string; cause?: string; ms: number };

export type TaskKind =
  | { kind: 'invoke'; functionArn: string; parameters?: unknown }
  | { kind: 'lambda'; functionArn: string }
  | { kind: 'service'; resourceType: string; resource: string; parameters: unknown; result: unknown }
  | { kind: 'callback'; parameters: unknown; submitted: unknown }
  | { kind: 'activity'; activityArn: string; workerName: string };

export type TaskOptions = {
  name: string;
  input: unknown;
  task: TaskKind;
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
  attempts: Attempt[];
  /** Back-off before retry n (ms), as Retry's IntervalSeconds × BackoffRate^n gives. */
  retryDelaysMs?: number[];
  output?: (result: unknown) => unknown;
  /** Set when a Catch matches the final error: the state output (ResultPath applied). */
  catchOutput?: (error: string, cause: string | undefined) => unknown;
  /** Stop here, still running: 'scheduled' (no worker/start) or 'submitted' (waiting for a token). */
  pendingAt?: 'scheduled' | 'submitted';
  /** A ResultSelector/ResultPath error after success (States.Runtime): gets the raw task result. */
  resultFailure?: (result: unknown) => { error: string; cause: string };
  /** ms between the submit and the callback answer. */
  callbackMs?: number;
};

export type StepResult =
  | { status: 'ok'; output: unknown }
  | { status: 'caught'; output: unknown; error: string; cause?: string }
  | { status: 'failed'; error: string; cause?: string; failEvent: Draft }
  | { status: 'pending' };

const data = { truncated: false };
export const json = (value: unknown) => JSON.stringify(value);

/** Builds one history the way Step Functions records it (history-events.md §2, §5). */
export class HistoryBuilder {
  readonly all: Draft[] = [];
  private seq = 0;

  constructor(readonly prng: Prng) {}

  thread(t = 0, last: Draft | null = null): Thread {
    return { t, last, drafts: [] };
  }

  /** ms the service takes between two events of one chain. */
  gap(min = 8, max = 60): number {
    return this.prng.int(min, max);
  }

  emit(thread: Thread, type: KnownHistoryEventType, member?: string, details?: DemoEventDetails, dt = this.gap(), prev: Draft | null = thread.last): Draft {
    const draft: Draft = { type, member, details, t: thread.t + Math.max(1, dt), prev, seq: this.seq++, dropped: false, id: 0 };
    thread.t = draft.t;
    thread.last = draft;
    thread.drafts.push(draft);
    this.all.push(draft);
    return draft;
  }

  /** An event that does not move the chain on (abort/summary events pointing at a given event). */
  side(thread: Thread, type: KnownHistoryEventType, prev: Draft | null, member?: string, details?: DemoEventDetails): Draft {
    const last = thread.last;
    const draft = this.emit(thread, type, member, details, this.gap(1, 5), prev);
    thread.last = last;
    return draft;
  }

  entered(thread: Thread, stateType: string, name: string, input: unknown, dt?: number): Draft {
    const draft = this.emit(thread, `${stateType}StateEntered` as KnownHistoryEventType, 'stateEnteredEventDetails', { name, input: json(input), inputDetails: data }, dt);
    draft.stateType = stateType;
    draft.entered = true;
    return draft;
  }

  exited(thread: Thread, stateType: string, name: string, output: unknown, dt?: number): Draft {
    const draft = this.emit(thread, `${stateType}StateExited` as KnownHistoryEventType, 'stateExitedEventDetails', { name, output: json(output), outputDetails: data }, dt);
    draft.stateType = stateType;
    draft.entered = false;
    return draft;
  }

  pass(thread: Thread, name: string, input: unknown, output: unknown): unknown {
    this.entered(thread, 'Pass', name, input);
    this.exited(thread, 'Pass', name, output, this.gap(2, 15));
    return output;
  }

  choice(thread: Thread, name: string, input: unknown): unknown {
    this.entered(thread, 'Choice', name, input);
    this.exited(thread, 'Choice', name, input, this.gap(2, 15));
    return input;
  }

  wait(thread: Thread, name: string, input: unknown, seconds: number): unknown {
    this.entered(thread, 'Wait', name, input);
    this.exited(thread, 'Wait', name, input, seconds * 1000 + this.gap(5, 200));
    return input;
  }

  succeedState(thread: Thread, name: string, input: unknown): unknown {
    this.entered(thread, 'Succeed', name, input);
    this.exited(thread, 'Succeed', name, input, this.gap(2, 10));
    return input;
  }

  failState(thread: Thread, name: string, input: unknown): Draft {
    return this.entered(thread, 'Fail', name, input);
  }

  /** A Task state: entered, one scheduling per attempt (retries add no new Entered), then exited unless it fails. */
  task(thread: Thread, options: TaskOptions): StepResult {
    const { name, input, task } = options;
    this.entered(thread, 'Task', name, input);
    const timeouts = {
      ...(options.timeoutSeconds !== undefined ? { timeoutInSeconds: options.timeoutSeconds } : {}),
      ...(options.heartbeatSeconds !== undefined ? { heartbeatInSeconds: options.heartbeatSeconds } : {}),
    };
    let lastFailure: Draft | null = null;
    for (let n = 0; n < options.attempts.length; n++) {
      const attempt = options.attempts[n];
      const delay = n === 0 ? this.gap(10, 40) : (options.retryDelaysMs?.[n - 1] ?? 1000) + this.gap(5, 80);
      if (task.kind === 'lambda') {
        this.emit(thread, 'LambdaFunctionScheduled', 'lambdaFunctionScheduledEventDetails', { resource: task.functionArn, input: json(input), inputDetails: data, ...timeouts }, delay);
        this.emit(thread, 'LambdaFunctionStarted', undefined, undefined, this.gap(15, 90));
        if (attempt.ok) {
          this.emit(thread, 'LambdaFunctionSucceeded', 'lambdaFunctionSucceededEventDetails', { output: json(attempt.result), outputDetails: data }, attempt.ms);
        } else if (attempt.timedOut) {
          lastFailure = this.emit(thread, 'LambdaFunctionTimedOut', 'lambdaFunctionTimedOutEventDetails', { error: 'States.Timeout', ...(attempt.cause ? { cause: attempt.cause } : {}) }, attempt.ms);
        } else {
          lastFailure = this.emit(thread, 'LambdaFunctionFailed', 'lambdaFunctionFailedEventDetails', { error: attempt.error, ...(attempt.cause !== undefined ? { cause: attempt.cause } : {}) }, attempt.ms);
        }
      } else if (task.kind === 'activity') {
        this.emit(thread, 'ActivityScheduled', 'activityScheduledEventDetails', { resource: task.activityArn, input: json(input), inputDetails: data, ...timeouts }, delay);
        if (options.pendingAt === 'scheduled') return { status: 'pending' };
        this.emit(thread, 'ActivityStarted', 'activityStartedEventDetails', { workerName: task.workerName }, this.gap(200, 20_000));
        if (attempt.ok) {
          this.emit(thread, 'ActivitySucceeded', 'activitySucceededEventDetails', { output: json(attempt.result), outputDetails: data }, attempt.ms);
        } else if (attempt.timedOut) {
          lastFailure = this.emit(thread, 'ActivityTimedOut', 'activityTimedOutEventDetails', { error: 'States.Timeout', ...(attempt.cause ? { cause: attempt.cause } : {}) }, attempt.ms);
        } else {
          lastFailure = this.emit(thread, 'ActivityFailed', 'activityFailedEventDetails', { error: attempt.error, ...(attempt.cause !== undefined ? { cause: attempt.cause } : {}) }, attempt.ms);
        }
      } else {
        const ref =
          task.kind === 'invoke'
            ? { resourceType: 'lambda', resource: 'invoke' }
            : task.kind === 'callback'
              ? { resourceType: 'sqs', resource: 'sendMessage.waitForTaskToken' }
              : { resourceType: task.resourceType, resource: task.resource };
        const parameters =
          task.kind === 'invoke' ? (task.parameters ?? { FunctionName: task.functionArn, Payload: input }) : task.parameters;
        this.emit(thread, 'TaskScheduled', 'taskScheduledEventDetails', { ...ref, region: DEMO_REGION, parameters: json(parameters), ...timeouts }, delay);
        if (options.pendingAt === 'scheduled') return { status: 'pending' };
        this.emit(thread, 'TaskStarted', 'taskStartedEventDetails', { ...ref }, this.gap(10, 60));
        if (task.kind === 'callback') {
          this.emit(thread, 'TaskSubmitted', 'taskSubmittedEventDetails', { ...ref, output: json(task.submitted), outputDetails: data }, this.gap(30, 120));
          if (options.pendingAt === 'submitted') return { status: 'pending' };
        }
        const ms = task.kind === 'callback' ? (options.callbackMs ?? attempt.ms) : attempt.ms;
        if (attempt.ok) {
          const result = task.kind === 'invoke' ? this.invokeResult(attempt.result) : task.kind === 'service' ? task.result : attempt.result;
          const succeeded = this.emit(thread, 'TaskSucceeded', 'taskSucceededEventDetails', { ...ref, output: json(result), outputDetails: data }, ms);
          if (options.resultFailure) return { status: 'failed', ...options.resultFailure(result), failEvent: succeeded };
        } else if (attempt.timedOut) {
          lastFailure = this.emit(thread, 'TaskTimedOut', 'taskTimedOutEventDetails', { ...ref, error: 'States.Timeout', ...(attempt.cause ? { cause: attempt.cause } : {}) }, ms);
        } else {
          lastFailure = this.emit(thread, 'TaskFailed', 'taskFailedEventDetails', { ...ref, error: attempt.error, ...(attempt.cause !== undefined ? { cause: attempt.cause } : {}) }, ms);
        }
      }
      if (attempt.ok) {
        const output = options.output ? options.output(attempt.result) : attempt.result;
        this.exited(thread, 'Task', name, output);
        return { status: 'ok', output };
      }
    }
    const final = options.attempts[options.attempts.length - 1];
    if (final.ok || !lastFailure) throw new Error(`task ${name}: no failing attempt`);
    const error = final.timedOut ? 'States.Timeout' : final.error;
    if (options.catchOutput) {
      const output = options.catchOutput(error, final.cause);
      this.exited(thread, 'Task', name, output);
      return { status: 'caught', output, error, cause: final.cause };
    }
    return { status: 'failed', error, cause: final.cause, failEvent: lastFailure };
  }

  /** What `arn:aws:states:::lambda:invoke` returns around the function's payload. */
  invokeResult(payload: unknown): unknown {
    const requestId = this.prng.uuid();
    const length = String(json(payload).length);
    const trace = `root=1-${this.prng.hex(8)}-${this.prng.hex(24)};parent=${this.prng.hex(16)};sampled=0;lineage=1:${this.prng.hex(8)}:0`;
    const date = 'Thu, 01 Jan 2026 00:00:00 GMT';
    return {
      ExecutedVersion: '$LATEST',
      Payload: payload,
      SdkHttpMetadata: {
        AllHttpHeaders: {
          'X-Amz-Executed-Version': ['$LATEST'],
          'x-amzn-Remapped-Content-Length': ['0'],
          Connection: ['keep-alive'],
          'x-amzn-RequestId': [requestId],
          'Content-Length': [length],
          Date: [date],
          'X-Amzn-Trace-Id': [trace],
          'Content-Type': ['application/json'],
        },
        HttpHeaders: {
          Connection: 'keep-alive',
          'Content-Length': length,
          'Content-Type': 'application/json',
          Date: date,
          'X-Amz-Executed-Version': '$LATEST',
          'x-amzn-Remapped-Content-Length': '0',
          'x-amzn-RequestId': requestId,
          'X-Amzn-Trace-Id': trace,
        },
        HttpStatusCode: 200,
      },
      SdkResponseMetadata: { RequestId: requestId },
      StatusCode: 200,
    };
  }

  /**
   * Inline Map or Parallel: runs the lanes concurrently (at most `concurrency` at once), then
   * closes the state. Lanes are iterations (with MapIteration* events) or branches.
   */
  fanOut(
    thread: Thread,
    options: {
      kind: 'Map' | 'Parallel';
      name: string;
      input: unknown;
      lanes: number;
      concurrency: number;
      run: (lane: Thread, index: number) => StepResult;
      output: (results: unknown[]) => unknown;
      catchOutput?: (error: string, cause: string | undefined) => unknown;
    },
  ): StepResult {
    const { kind, name } = options;
    this.entered(thread, kind, name, options.input);
    const started =
      kind === 'Map'
        ? this.emit(thread, 'MapStateStarted', 'mapStateStartedEventDetails', { length: options.lanes }, this.gap(5, 20))
        : this.emit(thread, 'ParallelStateStarted', undefined, undefined, this.gap(5, 20));
    const slots: { t: number; last: Draft }[] = Array.from({ length: Math.min(options.concurrency, Math.max(options.lanes, 1)) }, () => ({ t: started.t, last: started }));
    const lanes: { thread: Thread; result: StepResult; index: number; startedAt: number; endedAt: number; closeEvent?: Draft }[] = [];
    for (let index = 0; index < options.lanes; index++) {
      slots.sort((a, b) => a.t - b.t);
      const slot = slots[0];
      const lane = this.thread(slot.t, slot.last);
      // Iterations start in index order: the first batch a millisecond apart.
      const dt = index < slots.length ? index + 1 : this.gap(2, 15);
      if (kind === 'Map') this.emit(lane, 'MapIterationStarted', 'mapIterationStartedEventDetails', { index, name }, dt);
      const startedAt = lane.t;
      const result = options.run(lane, index);
      const endedAt = lane.t;
      lanes.push({ thread: lane, result, index, startedAt, endedAt });
      slot.t = lane.t;
      slot.last = lane.last ?? started;
    }
    const failed = lanes.filter((lane) => lane.result.status === 'failed').sort((a, b) => a.endedAt - b.endedAt)[0];
    if (!failed) {
      let lastInner: Draft = started;
      for (const lane of lanes) {
        const laneLast = lane.thread.last ?? started;
        if (kind === 'Map') this.emit(lane.thread, 'MapIterationSucceeded', 'mapIterationSucceededEventDetails', { index: lane.index, name }, this.gap(2, 10), laneLast);
        if (laneLast.t >= lastInner.t) lastInner = laneLast;
      }
      thread.t = Math.max(thread.t, ...lanes.map((lane) => lane.thread.t));
      thread.last = lastInner;
      this.side(thread, kind === 'Map' ? 'MapStateSucceeded' : 'ParallelStateSucceeded', lastInner);
      const output = options.output(lanes.map((lane) => (lane.result.status === 'ok' || lane.result.status === 'caught' ? lane.result.output : null)));
      const exited = this.emit(thread, kind === 'Map' ? 'MapStateExited' : 'ParallelStateExited', 'stateExitedEventDetails', { name, output: json(output), outputDetails: data }, this.gap(2, 10), lastInner);
      exited.stateType = kind;
      exited.entered = false;
      return { status: 'ok', output };
    }
    if (failed.result.status !== 'failed') throw new Error('unreachable');
    const failEvent = failed.result.failEvent;
    const cutoff = failEvent.t;
    const closing = this.thread(cutoff, failEvent);
    if (kind === 'Map') this.side(closing, 'MapIterationFailed', failEvent, 'mapIterationFailedEventDetails', { index: failed.index, name });
    for (const lane of lanes) {
      if (lane === failed) continue;
      if (lane.startedAt > cutoff) {
        for (const draft of lane.thread.drafts) draft.dropped = true;
        continue;
      }
      if (lane.endedAt <= cutoff) {
        if (kind === 'Map') this.emit(lane.thread, 'MapIterationSucceeded', 'mapIterationSucceededEventDetails', { index: lane.index, name }, this.gap(2, 10));
        continue;
      }
      const kept = lane.thread.drafts.filter((draft) => draft.t <= cutoff);
      for (const draft of lane.thread.drafts) if (draft.t > cutoff) draft.dropped = true;
      const open = [...kept].reverse().find((draft) => draft.stateType !== undefined);
      if (open?.entered) this.side(closing, `${open.stateType}StateAborted` as KnownHistoryEventType, failEvent);
      if (kind === 'Map') this.side(closing, 'MapIterationAborted', failEvent, 'mapIterationAbortedEventDetails', { index: lane.index, name });
    }
    thread.t = closing.t;
    thread.last = failEvent;
    const stateFailed = this.side(thread, kind === 'Map' ? 'MapStateFailed' : 'ParallelStateFailed', failEvent);
    thread.last = stateFailed;
    const { error, cause } = failed.result;
    if (options.catchOutput) {
      const output = options.catchOutput(error, cause);
      this.exited(thread, kind, name, output);
      return { status: 'caught', output, error, cause };
    }
    return { status: 'failed', error, cause, failEvent: stateFailed };
  }

  /** Ids in history order (by time, then creation), previousEventId from the chains. */
  finish(startMs: number, toIso: (ms: number) => string): DemoHistoryEvent[] {
    const kept = this.all.filter((draft) => !draft.dropped).sort((a, b) => a.t - b.t || a.seq - b.seq);
    kept.forEach((draft, i) => (draft.id = i + 1));
    return kept.map((draft) => {
      const event = {
        timestamp: toIso(startMs + draft.t),
        type: draft.type,
        id: draft.id,
        previousEventId: draft.prev && !draft.prev.dropped ? draft.prev.id : 0,
      } as DemoHistoryEvent;
      if (draft.member && draft.details) event[draft.member as `${string}EventDetails`] = draft.details;
      return event;
    });
  }

  get durationMs(): number {
    return this.all.reduce((max, draft) => (draft.dropped ? max : Math.max(max, draft.t)), 0);
  }
}
