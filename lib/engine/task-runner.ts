import { resolvePath, StatesError } from '@/lib/asl';
import type { Clock } from './clock';
import type { CompiledState } from './compile-state-machine';
import { ExecutionInterrupted, LambdaFunctionError } from './errors';
import { jsonText, NOT_TRUNCATED, type Execution, type Thread } from './execution';
import { detailText, type StoredEvent } from './history';
import type { TaskTokenOutcome } from './storage';
import type { IdGenerator } from './id-generator';
import { MAX_PAYLOAD_BYTES } from './limits';
import { DeferredCauseError, PropagatedError } from './propagated-error';
import { Payload } from './payload';
import { toPythonJson } from './to-python-json';
import type { MaybePromise, MockConfig, MockedResponse, TaskHandler } from './types';

export type TokenWaiter = {
  resolve: (output: unknown) => void;
  reject: (error: StatesError) => void;
  heartbeat: () => void;
  activityArn?: string;
};

export type ActivityTask = { taskToken: string; input: string; onStarted: (workerName: string | undefined) => void };

/** Shared by the engine and its executions: handlers, mocks, open task tokens and activity queues. */
export type TaskRegistry = {
  clock: Clock;
  ids: IdGenerator;
  region: string;
  account: string;
  handlers: Map<string, TaskHandler>;
  mockConfig: MockConfig | undefined;
  tokens: Map<string, TokenWaiter>;
  /** SendTaskSuccess/Failure accepted before a restart whose task had not recorded it yet. */
  acceptedOutcomes: Map<string, TaskTokenOutcome>;
  activityQueues: Map<string, ActivityTask[]>;
  activityPollers: Map<string, ((task: ActivityTask) => void)[]>;
};

type ResourceKind =
  | { kind: 'lambda-arn'; functionName: string; arn: string }
  | { kind: 'service'; resourceType: string; resource: string; pattern: 'request' | 'sync' | 'callback' }
  | { kind: 'activity'; arn: string };

const LAMBDA_ARN = /^arn:[^:]+:lambda:([^:]*):([^:]*):function:([^:]+)(?::([^:]+))?$/;
const SERVICE_ARN = /^arn:[^:]+:states:[^:]*:[^:]*:([^:]+):(.+)$/;
const ACTIVITY_ARN = /^arn:[^:]+:states:[^:]*:[^:]*:activity:.+$/;

export function parseResource(resource: string): ResourceKind {
  const lambda = LAMBDA_ARN.exec(resource);
  if (lambda) return { kind: 'lambda-arn', functionName: lambda[3], arn: resource };
  if (ACTIVITY_ARN.test(resource)) return { kind: 'activity', arn: resource };
  const service = SERVICE_ARN.exec(resource);
  if (service) {
    const action = service[2];
    const pattern = action.endsWith('.waitForTaskToken') ? 'callback' : /\.sync(:\d+)?$/.test(action) ? 'sync' : 'request';
    return { kind: 'service', resourceType: service[1], resource: action, pattern };
  }
  return { kind: 'service', resourceType: 'unknown', resource, pattern: 'request' };
}

/** Runs Task states locally: registered handlers, mocked responses, callbacks and activities. */
export class TaskRunner {
  constructor(private readonly registry: TaskRegistry) {}

  run(exec: Execution, thread: Thread, state: CompiledState, input: unknown): MaybePromise<unknown> {
    const resource = typeof state.def.Resource === 'string' ? state.def.Resource : '';
    const timeouts = this.timeouts(exec, thread, state, input);
    const kind = parseResource(resource);
    const attempt = exec.invocations.get(state.name) ?? 0;
    exec.invocations.set(state.name, attempt + 1);
    if (timeouts instanceof Promise) return timeouts.then((t) => this.dispatch(exec, thread, state, input, kind, resource, attempt, t));
    return this.dispatch(exec, thread, state, input, kind, resource, attempt, timeouts);
  }

  private dispatch(
    exec: Execution,
    thread: Thread,
    state: CompiledState,
    input: unknown,
    kind: ResourceKind,
    resource: string,
    attempt: number,
    t: { timeout?: number; heartbeat?: number },
  ): MaybePromise<unknown> {
    if (kind.kind === 'lambda-arn') return this.lambdaArn(exec, thread, state, input, kind, attempt, t);
    if (kind.kind === 'activity') return this.activity(exec, thread, state, input, kind.arn, t);
    return this.service(exec, thread, state, input, kind, resource, attempt, t);
  }

  private timeouts(
    exec: Execution,
    thread: Thread,
    state: CompiledState,
    input: unknown,
  ): MaybePromise<{ timeout?: number; heartbeat?: number }> {
    const def = state.def;
    if (state.jsonata && (typeof def.TimeoutSeconds === 'string' || typeof def.HeartbeatSeconds === 'string')) {
      return (async () => ({
        timeout: 'TimeoutSeconds' in def ? Number(await exec.evalJsonataField(thread, state, 'TimeoutSeconds', thread.stateInput?.value)) : undefined,
        heartbeat: 'HeartbeatSeconds' in def ? Number(await exec.evalJsonataField(thread, state, 'HeartbeatSeconds', thread.stateInput?.value)) : undefined,
      }))();
    }
    const out: { timeout?: number; heartbeat?: number } = {};
    if (typeof def.TimeoutSeconds === 'number') out.timeout = def.TimeoutSeconds;
    if (typeof def.HeartbeatSeconds === 'number') out.heartbeat = def.HeartbeatSeconds;
    const scope = exec.scope(thread, input);
    if (typeof def.TimeoutSecondsPath === 'string') {
      const v = resolvePath(scope, def.TimeoutSecondsPath);
      if (typeof v !== 'number') throw new StatesError('States.Runtime', `The TimeoutSecondsPath field refers to value ${jsonText(v)} which is not a valid integer: ${def.TimeoutSecondsPath}`);
      out.timeout = v;
    }
    if (typeof def.HeartbeatSecondsPath === 'string') {
      const v = resolvePath(scope, def.HeartbeatSecondsPath);
      if (typeof v !== 'number') throw new StatesError('States.Runtime', `The HeartbeatSecondsPath field refers to value ${jsonText(v)} which is not a valid integer: ${def.HeartbeatSecondsPath}`);
      out.heartbeat = v;
    }
    return out;
  }

  private mocked(exec: Execution, state: CompiledState, attempt: number): MockedResponse | undefined {
    const cfg = this.registry.mockConfig;
    if (!cfg || !exec.mockTestCase) return undefined;
    const testCase = cfg.StateMachines?.[exec.stateMachineName]?.TestCases?.[exec.mockTestCase];
    const responseName = testCase?.[state.name];
    if (!responseName) return undefined;
    const responses = cfg.MockedResponses?.[responseName];
    if (!responses) return undefined;
    for (const [key, value] of Object.entries(responses)) {
      const [from, to] = key.split('-').map(Number);
      if (attempt === from || (to !== undefined && attempt >= from && attempt <= to)) return value;
    }
    return undefined;
  }

  private lambdaHandler(nameOrArn: string): { handler: TaskHandler | undefined; name: string } {
    const m = LAMBDA_ARN.exec(nameOrArn);
    const name = m ? m[3] : nameOrArn.split(':')[0];
    const handlers = this.registry.handlers;
    const arnNoQualifier = m ? nameOrArn.replace(/:[^:]+$/, (q) => (m[4] ? '' : q)) : undefined;
    const handler = handlers.get(nameOrArn) ?? (arnNoQualifier ? handlers.get(arnNoQualifier) : undefined) ?? handlers.get(name);
    return { handler, name };
  }

  private notFound(name: string): PropagatedError {
    const { region, account } = this.registry;
    return new PropagatedError(
      'Lambda.ResourceNotFoundException',
      `Function not found: arn:aws:lambda:${region}:${account}:function:${name}:$LATEST (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: ${this.registry.ids.uuid()}; Proxy: null)`,
      true,
    );
  }

  /** A Lambda failure as Step Functions reports it: bare-ARN tasks keep Python's spacing, `lambda:invoke` compacts it. */
  private lambdaError(err: unknown, spaced: boolean): PropagatedError {
    if (err instanceof PropagatedError) return err;
    if (err instanceof StatesError) return new PropagatedError(err.error, err.cause, true);
    if (err instanceof LambdaFunctionError) {
      const body = { errorMessage: err.errorMessage, errorType: err.errorType, requestId: this.registry.ids.uuid(), stackTrace: err.stackTrace };
      const cause = spaced ? toPythonJson(body) : JSON.stringify(body);
      return new PropagatedError(err.errorType, cause, true);
    }
    const e = err instanceof Error ? err : new Error(String(err));
    const { message, name } = e;
    const requestId = this.registry.ids.uuid();
    return new DeferredCauseError(name, () =>
      JSON.stringify({ errorMessage: message, errorType: name, requestId, stackTrace: (e.stack ?? '').split('\n').slice(1).map((l) => l.trim()) }),
    );
  }

  private callHandler(handler: TaskHandler, input: unknown, exec: Execution, thread: Thread, state: CompiledState, resource: string, attempt: number): MaybePromise<unknown> {
    return handler(input, {
      resource,
      stateName: state.name,
      executionArn: exec.executionArn,
      taskToken: thread.taskToken,
      attempt,
      signal: thread.signal,
      clock: this.registry.clock,
    });
  }

  /**
   * Races a pending call against TimeoutSeconds / the execution's end. The timeout counts from the
   * thread's last event, so a task resumed after a restart keeps its original deadline.
   */
  private withTimeout<T>(exec: Execution, thread: Thread, call: MaybePromise<T>, timeoutSeconds: number | undefined): MaybePromise<T> {
    if (!(call instanceof Promise)) return call;
    const stop = new AbortController();
    const races: Promise<T>[] = [call];
    if (timeoutSeconds !== undefined) {
      const { clock } = this.registry;
      const ms = Math.max(0, exec.now(thread) + timeoutSeconds * 1000 - clock.now());
      races.push(
        clock.sleep(ms, stop.signal).then(() => {
          throw new PropagatedError('States.Timeout', '', true);
        }),
      );
    }
    races.push(
      new Promise<T>((_, reject) => {
        if (thread.signal.aborted) reject(thread.signal.reason);
        thread.signal.addEventListener('abort', () => reject(thread.signal.reason), { once: true, signal: stop.signal });
      }),
    );
    return Promise.race(races).finally(() => stop.abort());
  }

  private sizeCheck(text: string, who: string): void {
    if (text.length * 3 > MAX_PAYLOAD_BYTES && Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) {
      throw new PropagatedError(
        'States.DataLimitExceeded',
        `The state/task '${who}' returned a result with a size exceeding the maximum number of bytes service limit.`,
        true,
      );
    }
  }

  // ------------------------------------------------------------ Lambda through its function ARN

  private lambdaArn(
    exec: Execution,
    thread: Thread,
    state: CompiledState,
    input: unknown,
    kind: { functionName: string; arn: string },
    attempt: number,
    t: { timeout?: number },
  ): MaybePromise<unknown> {
    const scheduled: Record<string, unknown> = { resource: kind.arn, input: new Payload(input), inputDetails: NOT_TRUNCATED };
    if (t.timeout !== undefined) scheduled.timeoutInSeconds = t.timeout;
    exec.emit(thread, 'LambdaFunctionScheduled', 'lambdaFunctionScheduledEventDetails', scheduled);
    exec.emit(thread, 'LambdaFunctionStarted', undefined, undefined);
    const fail = (err: unknown): never => {
      if (err instanceof ExecutionInterrupted) throw err;
      const e = this.lambdaError(err, true);
      if (e.error === 'States.Timeout') {
        exec.emit(thread, 'LambdaFunctionTimedOut', 'lambdaFunctionTimedOutEventDetails', details(e));
      } else exec.emit(thread, 'LambdaFunctionFailed', 'lambdaFunctionFailedEventDetails', details(e));
      throw e;
    };
    const succeed = (result: unknown): unknown => {
      const text = jsonText(result);
      try {
        this.sizeCheck(text, kind.arn);
      } catch (err) {
        return fail(err);
      }
      exec.emit(thread, 'LambdaFunctionSucceeded', 'lambdaFunctionSucceededEventDetails', { output: text, outputDetails: NOT_TRUNCATED });
      return result;
    };
    if (exec.replaying) {
      // A recorded outcome is taken as it was; an invocation the record does not close runs again.
      const next = exec.replayNext(thread);
      if (next === 'hang') return exec.hang(thread);
      if (next !== 'live') {
        if (next.type === 'LambdaFunctionSucceeded') return succeed(recordedOutput(next));
        if (next.type === 'LambdaFunctionFailed' || next.type === 'LambdaFunctionTimedOut') return fail(recordedError(next));
        return exec.hang(thread);
      }
    }
    let call: MaybePromise<unknown>;
    try {
      const mock = this.mocked(exec, state, attempt);
      if (mock) call = fromMock(mock);
      else {
        const { handler, name } = this.lambdaHandler(kind.arn);
        if (!handler) throw this.notFound(name);
        call = this.withTimeout(exec, thread, this.callHandler(handler, input, exec, thread, state, kind.arn, attempt), t.timeout);
      }
    } catch (err) {
      return fail(err);
    }
    if (call instanceof Promise) return call.then(succeed, fail);
    return succeed(call);
  }

  // ------------------------------------------------------------ optimised integrations and custom resources

  private service(
    exec: Execution,
    thread: Thread,
    state: CompiledState,
    input: unknown,
    kind: { resourceType: string; resource: string; pattern: 'request' | 'sync' | 'callback' },
    resource: string,
    attempt: number,
    t: { timeout?: number; heartbeat?: number },
  ): MaybePromise<unknown> {
    const base = { resourceType: kind.resourceType, resource: kind.resource };
    const scheduled: Record<string, unknown> = { ...base, region: this.registry.region, parameters: new Payload(input) };
    if (t.timeout !== undefined) scheduled.timeoutInSeconds = t.timeout;
    if (t.heartbeat !== undefined) scheduled.heartbeatInSeconds = t.heartbeat;
    exec.emit(thread, 'TaskScheduled', 'taskScheduledEventDetails', scheduled);
    exec.emit(thread, 'TaskStarted', 'taskStartedEventDetails', base);
    const isLambdaInvoke = kind.resourceType === 'lambda' && kind.resource.startsWith('invoke');
    const fail = (err: unknown): never => {
      if (err instanceof ExecutionInterrupted) throw err;
      const e = isLambdaInvoke ? this.lambdaError(err, false) : err instanceof PropagatedError ? err : toTaskError(err);
      if (e.error === 'States.Timeout' || e.error === 'States.HeartbeatTimeout') {
        exec.emit(thread, 'TaskTimedOut', 'taskTimedOutEventDetails', { ...base, ...details(e) });
      } else exec.emit(thread, 'TaskFailed', 'taskFailedEventDetails', { ...base, ...details(e) });
      throw e;
    };
    const succeed = (result: unknown): unknown => {
      const text = jsonText(result);
      try {
        this.sizeCheck(text, isLambdaInvoke ? 'lambda' : state.name);
      } catch (err) {
        return fail(err);
      }
      exec.emit(thread, 'TaskSucceeded', 'taskSucceededEventDetails', { ...base, output: text, outputDetails: NOT_TRUNCATED });
      return result;
    };
    let submittedBefore: StoredEvent | undefined;
    if (exec.replaying) {
      // A recorded outcome is taken as it was; a call the record does not close runs again, and a
      // callback already submitted only waits for its token.
      const next = exec.replayNext(thread);
      if (next === 'hang') return exec.hang(thread);
      if (next !== 'live') {
        if (next.type === 'TaskSucceeded') return succeed(recordedOutput(next));
        if (next.type === 'TaskFailed' || next.type === 'TaskTimedOut') return fail(recordedError(next));
        if (kind.pattern !== 'callback' || next.type !== 'TaskSubmitted') return exec.hang(thread);
        submittedBefore = next;
      }
    }
    let call: MaybePromise<unknown>;
    try {
      const mock = submittedBefore ? undefined : this.mocked(exec, state, attempt);
      if (submittedBefore) call = recordedOutput(submittedBefore);
      else if (mock) call = fromMock(mock);
      else if (isLambdaInvoke) call = this.invokeLambda(exec, thread, state, input, resource, attempt);
      else {
        const handler = this.registry.handlers.get(resource) ?? this.registry.handlers.get(resource.replace(/\.(waitForTaskToken|sync(:\d+)?)$/, ''));
        if (handler) call = this.callHandler(handler, input, exec, thread, state, resource, attempt);
        else if (kind.pattern === 'callback') call = {};
        else {
          throw new PropagatedError(
            'States.Runtime',
            `No local handler is registered for the resource '${resource}'. Register one with engine.registerHandler('${resource}', handler) or add a mocked response.`,
          );
        }
      }
    } catch (err) {
      return fail(err);
    }
    if (kind.pattern === 'callback') {
      const token = thread.taskToken ?? this.registry.ids.uuid();
      const submitted = (response: unknown): MaybePromise<unknown> => {
        exec.emit(thread, 'TaskSubmitted', 'taskSubmittedEventDetails', { ...base, output: jsonText(response), outputDetails: NOT_TRUNCATED });
        const recorded = this.replayedOutcome(exec, thread, 'TaskSucceeded', ['TaskFailed', 'TaskTimedOut']);
        return recorded ? recorded.value : this.waitForToken(thread, token, t.heartbeat, undefined);
      };
      let pending: MaybePromise<unknown>;
      try {
        pending = call instanceof Promise ? call.then(submitted) : submitted(call);
      } catch (err) {
        return fail(err);
      }
      const timed = this.withTimeout(exec, thread, pending, t.timeout);
      return timed instanceof Promise ? timed.then(succeed, fail) : succeed(timed);
    }
    const timed = this.withTimeout(exec, thread, call, t.timeout);
    if (timed instanceof Promise) return timed.then(succeed, fail);
    return succeed(timed);
  }

  private invokeLambda(exec: Execution, thread: Thread, state: CompiledState, input: unknown, resource: string, attempt: number): MaybePromise<unknown> {
    const params = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
    const fn = typeof params.FunctionName === 'string' ? params.FunctionName : '';
    const { handler, name } = this.lambdaHandler(fn);
    if (!handler) throw this.notFound(name);
    // A string Payload is sent as the raw request body; null or no Payload reaches the function as {}.
    let payload: unknown = params.Payload ?? {};
    if (typeof payload === 'string') {
      try {
        payload = JSON.parse(payload) as unknown;
      } catch {
        // not JSON: the function receives the text
      }
    }
    const tail = params.LogType === 'Tail';
    const wrap = (result: unknown) => this.invokeEnvelope(result, tail);
    const r = this.callHandler(handler, payload, exec, thread, state, resource, attempt);
    return r instanceof Promise ? r.then(wrap) : wrap(r);
  }

  /** The response shape of `arn:aws:states:::lambda:invoke` (Lambda Invoke plus SDK metadata). */
  private invokeEnvelope(result: unknown, tail: boolean): unknown {
    const requestId = this.registry.ids.uuid();
    const date = new Date(this.registry.clock.now()).toUTCString();
    const length = String(Buffer.byteLength(toPythonJson(result === undefined ? null : result)));
    const trace = `Root=1-${requestId.slice(0, 8)}-${requestId.replace(/-/g, '').slice(0, 24)};Sampled=0`;
    const log = { LogResult: Buffer.from(`START RequestId: ${requestId} Version: $LATEST\nEND RequestId: ${requestId}\n`).toString('base64') };
    return {
      ExecutedVersion: '$LATEST',
      ...(tail ? log : {}),
      Payload: result === undefined ? null : result,
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
          ...(tail ? { 'X-Amz-Log-Result': [log.LogResult] } : {}),
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
          ...(tail ? { 'X-Amz-Log-Result': log.LogResult } : {}),
        },
        HttpStatusCode: 200,
      },
      SdkResponseMetadata: { RequestId: requestId },
      StatusCode: 200,
    };
  }

  // ------------------------------------------------------------ callbacks and activities

  /**
   * Replay: the recorded result of a task already waiting (value), or its recorded failure (thrown);
   * undefined when the record stops here and the wait goes on live. A thread the record shows aborted
   * waits for that abort.
   */
  private replayedOutcome(exec: Execution, thread: Thread, success: string, failures: string[]): { value: unknown } | undefined {
    if (!exec.replaying) return undefined;
    const next = exec.replayNext(thread);
    if (next === 'live') return undefined;
    if (next === 'hang') return { value: exec.hang(thread) };
    if (next.type === success) return { value: recordedOutput(next) };
    if (failures.includes(next.type)) throw recordedError(next);
    return { value: exec.hang(thread) };
  }

  private waitForToken(thread: Thread, token: string, heartbeatSeconds: number | undefined, activityArn: string | undefined): Promise<unknown> {
    const { clock, tokens } = this.registry;
    return new Promise<unknown>((resolve, reject) => {
      let beat: AbortController | undefined;
      const cleanup = () => {
        beat?.abort();
        tokens.delete(token);
      };
      const arm = () => {
        beat?.abort();
        if (heartbeatSeconds === undefined) return;
        beat = new AbortController();
        clock.sleep(heartbeatSeconds * 1000, beat.signal).then(
          () => {
            cleanup();
            reject(new PropagatedError('States.HeartbeatTimeout', '', true));
          },
          () => undefined,
        );
      };
      tokens.set(token, {
        resolve: (v) => {
          cleanup();
          resolve(v);
        },
        reject: (e) => {
          cleanup();
          reject(e);
        },
        heartbeat: arm,
        activityArn,
      });
      thread.signal.addEventListener('abort', () => {
        cleanup();
        reject(thread.signal.reason);
      }, { once: true });
      arm();
      const accepted = this.registry.acceptedOutcomes.get(token);
      if (accepted) {
        this.registry.acceptedOutcomes.delete(token);
        const waiter = tokens.get(token);
        if ('output' in accepted) waiter?.resolve(JSON.parse(accepted.output) as unknown);
        else waiter?.reject(new PropagatedError(accepted.error, accepted.cause, true));
      }
    });
  }

  private activity(exec: Execution, thread: Thread, state: CompiledState, input: unknown, arn: string, t: { timeout?: number; heartbeat?: number }): Promise<unknown> {
    const inputText = jsonText(input);
    const scheduled: Record<string, unknown> = { resource: arn, input: inputText, inputDetails: NOT_TRUNCATED };
    if (t.timeout !== undefined) scheduled.timeoutInSeconds = t.timeout;
    if (t.heartbeat !== undefined) scheduled.heartbeatInSeconds = t.heartbeat;
    exec.emit(thread, 'ActivityScheduled', 'activityScheduledEventDetails', scheduled);
    const token = exec.taskTokenFor(thread);
    let started = false;
    const markStarted = (workerName: string | undefined) => {
      started = true;
      const d: Record<string, unknown> = {};
      if (workerName !== undefined) d.workerName = workerName;
      exec.emit(thread, 'ActivityStarted', 'activityStartedEventDetails', d);
    };
    const outcome = (): Promise<unknown> => {
      try {
        const recorded = this.replayedOutcome(exec, thread, 'ActivitySucceeded', ['ActivityFailed', 'ActivityTimedOut']);
        if (recorded) return Promise.resolve(recorded.value);
      } catch (err) {
        return Promise.reject(err);
      }
      return this.waitForToken(thread, token, t.heartbeat, arn);
    };
    const next = exec.replaying ? exec.replayNext(thread) : 'live';
    let result: Promise<unknown>;
    if (next === 'live') {
      const started$ = new Promise<void>((resolveStarted) => {
        const task: ActivityTask = {
          taskToken: token,
          input: inputText,
          onStarted: (workerName) => {
            markStarted(workerName);
            resolveStarted();
          },
        };
        const pollers = this.registry.activityPollers.get(arn);
        const poller = pollers?.shift();
        if (poller) poller(task);
        else {
          const q = this.registry.activityQueues.get(arn) ?? [];
          q.push(task);
          this.registry.activityQueues.set(arn, q);
        }
      });
      result = started$.then(outcome);
    } else if (next === 'hang') result = exec.hang(thread);
    else if (next.type === 'ActivityStarted') {
      // Handed to a worker before: it keeps the task (and its token); it is not queued again.
      markStarted((next.details as { workerName?: string } | undefined)?.workerName);
      result = outcome();
    } else if (next.type === 'ActivitySucceeded' || next.type === 'ActivityFailed' || next.type === 'ActivityTimedOut') result = outcome();
    else result = exec.hang(thread);
    const timed = this.withTimeout(exec, thread, result, t.timeout) as Promise<unknown>;
    return timed.then(
      (r) => {
        const text = jsonText(r);
        exec.emit(thread, 'ActivitySucceeded', 'activitySucceededEventDetails', { output: text, outputDetails: NOT_TRUNCATED });
        return r;
      },
      (err: unknown) => {
        if (err instanceof ExecutionInterrupted) throw err;
        const e = err instanceof PropagatedError ? err : toTaskError(err);
        if (!started) {
          const q = this.registry.activityQueues.get(arn);
          if (q) this.registry.activityQueues.set(arn, q.filter((x) => x.taskToken !== token));
        }
        this.registry.tokens.delete(token);
        if (e.error === 'States.Timeout' || e.error === 'States.HeartbeatTimeout') {
          exec.emit(thread, 'ActivityTimedOut', 'activityTimedOutEventDetails', details(e));
        } else exec.emit(thread, 'ActivityFailed', 'activityFailedEventDetails', details(e));
        throw e;
      },
    );
  }
}

function details(e: StatesError): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  if (e.error) d.error = e.error;
  if (e instanceof DeferredCauseError) d.cause = e.causeText;
  else if (e.cause) d.cause = e.cause;
  return d;
}

/** A recorded result (`output` JSON text in the event's details), as the value it stood for. */
function recordedOutput(event: StoredEvent): unknown {
  const output = (event.details as { output?: unknown } | undefined)?.output;
  return JSON.parse(detailText(output) ?? 'null') as unknown;
}

function recordedError(event: StoredEvent): PropagatedError {
  const d = (event.details ?? {}) as { error?: unknown; cause?: unknown };
  return new PropagatedError(typeof d.error === 'string' ? d.error : '', detailText(d.cause) ?? '', true);
}

function toTaskError(err: unknown): PropagatedError {
  if (err instanceof StatesError) return new PropagatedError(err.error, err.cause, true);
  if (err instanceof LambdaFunctionError) return new PropagatedError(err.errorType, err.errorMessage, true);
  const e = err instanceof Error ? err : new Error(String(err));
  return new PropagatedError(e.name || 'Error', e.message, true);
}

function fromMock(mock: MockedResponse): unknown {
  if (mock.Throw) throw new PropagatedError(mock.Throw.Error ?? '', mock.Throw.Cause ?? '', true);
  return mock.Return;
}
