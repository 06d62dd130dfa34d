import { resolvePath, StatesError } from '@/lib/asl';
import type { CompiledState } from './compile-state-machine';
import { ExecutionInterrupted, LambdaFunctionError } from './errors';
import { jsonText, NOT_TRUNCATED, type Execution, type Thread } from './execution';
import type { StoredEvent } from './history';
import { MAX_PAYLOAD_BYTES } from './limits';
import { DeferredCauseError, PropagatedError } from './propagated-error';
import { Payload } from './payload';
import { LAMBDA_ARN, parseResource, type ResourceKind } from './parse-resource';
import { runActivity } from './run-activity';
import type { TaskRegistry } from './task-registry';
import { details, fromMock, recordedError, recordedOutput, replayedOutcome, toTaskError } from './task-outcomes';
import { toInvokeEnvelope } from './to-invoke-envelope';
import { toPythonJson } from './to-python-json';
import type { MaybePromise, MockedResponse, TaskHandler } from './types';
import { waitForToken } from './wait-for-token';
import { withTaskTimeout } from './with-task-timeout';

export { parseResource } from './parse-resource';
export type { ActivityTask, TaskRegistry, TokenWaiter } from './task-registry';

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
    if (kind.kind === 'activity') return runActivity(this.registry, exec, thread, state, input, kind.arn, t);
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
        call = withTaskTimeout(this.registry.clock, exec, thread, this.callHandler(handler, input, exec, thread, state, kind.arn, attempt), t.timeout);
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
        const recorded = replayedOutcome(exec, thread, 'TaskSucceeded', ['TaskFailed', 'TaskTimedOut']);
        return recorded ? recorded.value : waitForToken(this.registry, thread, token, t.heartbeat, undefined);
      };
      let pending: MaybePromise<unknown>;
      try {
        pending = call instanceof Promise ? call.then(submitted) : submitted(call);
      } catch (err) {
        return fail(err);
      }
      const timed = withTaskTimeout(this.registry.clock, exec, thread, pending, t.timeout);
      return timed instanceof Promise ? timed.then(succeed, fail) : succeed(timed);
    }
    const timed = withTaskTimeout(this.registry.clock, exec, thread, call, t.timeout);
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
    const wrap = (result: unknown) => toInvokeEnvelope(this.registry, result, tail);
    const r = this.callHandler(handler, payload, exec, thread, state, resource, attempt);
    return r instanceof Promise ? r.then(wrap) : wrap(r);
  }


}

