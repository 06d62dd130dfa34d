import { setAtPath, StatesError } from '@/lib/asl';
import type { CompiledCatcher, CompiledRetrier, CompiledState } from './compile-state-machine';
import { evalTemplate } from './data-flow';
import { ExecutionInterrupted, toStatesError } from './errors';
import type { Execution } from './execution';
import type { StateResult, Thread } from './execution-types';
import { exitState } from './exit-state';
import { ABORTED, emitEvent } from './history-emission';
import type { Payload } from './payload';
import { PropagatedError } from './propagated-error';
import { pause, threadNow } from './replay-of-record';
import { jsonataBindings } from './state-context';
import { runStateBody } from './states';
import type { MaybePromise } from './types';

// Retry and Catch: a failed attempt is retried after its back-off while a retrier allows, then caught
// into the catcher's Next, or passed up. Error matching follows the ASL's States.ALL rules.

/** Runs the state's body; a failure goes to the state's retriers (`counts`: attempts per retrier so far). */
export function attemptState(ex: Execution, thread: Thread, state: CompiledState, input: Payload, counts: number[] | undefined): MaybePromise<StateResult> {
  let r: MaybePromise<StateResult>;
  try {
    r = runStateBody(ex, thread, state, input);
  } catch (err) {
    return retry(ex, thread, state, input, counts, err);
  }
  if (r instanceof Promise && state.retriers.length > 0) {
    return r.catch((err: unknown) => retry(ex, thread, state, input, counts, err));
  }
  return r;
}

function retry(ex: Execution, thread: Thread, state: CompiledState, input: Payload, counts: number[] | undefined, err: unknown): Promise<StateResult> {
  if (err instanceof ExecutionInterrupted || state.retriers.length === 0) throw err;
  const e = decorateError(ex, thread, state, toStatesError(err));
  const idx = state.retriers.findIndex((r) => matchesError(r.errorEquals, e, true));
  if (idx < 0) throw e;
  const c = counts ?? new Array<number>(state.retriers.length).fill(0);
  const retrier: CompiledRetrier = state.retriers[idx];
  if (c[idx] >= retrier.maxAttempts) throw e;
  let delay = retrier.intervalSeconds * Math.pow(retrier.backoffRate, c[idx]);
  if (retrier.maxDelaySeconds !== undefined) delay = Math.min(delay, retrier.maxDelaySeconds);
  if (retrier.jitter) delay = delay * ex.host.ids.random();
  c[idx]++;
  thread.retryCount++;
  return pause(ex, thread, threadNow(ex, thread) + delay * 1000).then(() => attemptState(ex, thread, state, input, c));
}

/** Adds AWS's "An error occurred while executing the state…" prefix to the engine's own errors. */
export function decorateError(ex: Execution, thread: Thread, state: CompiledState, e: StatesError): StatesError {
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
    emitEvent(ex, thread, 'EvaluationFailed', 'evaluationFailedEventDetails', details, true, undefined);
  }
  return decorated;
}

/** A state that failed after its retries: aborted, caught into its catcher's Next, or failing its line. */
export function catchStateError(ex: Execution, thread: Thread, state: CompiledState, input: Payload, err: unknown): MaybePromise<Payload> {
  if (err instanceof ExecutionInterrupted) {
    const reason = err.reason;
    if ((reason === 'aborted' || reason === 'sibling-failed') && state.type !== 'Pass' && state.type !== 'Choice' && ex.status === 'RUNNING') {
      emitEvent(ex, thread, ABORTED[state.type], undefined, undefined, true, undefined);
    }
    throw err;
  }
  const e = decorateError(ex, thread, state, toStatesError(err));
  if ((state.type === 'Map' || state.type === 'Parallel') && e.error !== 'States.Runtime') {
    emitEvent(ex, thread, `${state.type}StateFailed`, undefined, undefined, true, undefined);
  }
  const catcher = state.catchers.find((c) => matchesError(c.errorEquals, e, false));
  if (!catcher) throw e;
  const errorOutput: Record<string, unknown> = { Error: e.error, Cause: e.cause };
  if (state.jsonata) return catchJsonata(ex, thread, state, input, catcher, errorOutput);
  const output = catcher.resultPath === null ? input.value : setAtPath(input.value, catcher.resultPath, errorOutput);
  const assigned = catcher.assignPath ? (evalTemplate(ex, thread, catcher.assignPath, errorOutput) as Record<string, unknown>) : undefined;
  return exitState(ex, thread, state, { output, assigned, next: catcher.next }, undefined);
}

async function catchJsonata(ex: Execution, thread: Thread, state: CompiledState, input: Payload, catcher: CompiledCatcher, errorOutput: Record<string, unknown>): Promise<Payload> {
  const b = jsonataBindings(ex, thread, { input: input.value, errorOutput });
  try {
    const output = catcher.output ? await catcher.output.evaluate(b) : errorOutput;
    const assigned = catcher.assignJsonata ? ((await catcher.assignJsonata.evaluate(b)) as Record<string, unknown>) : undefined;
    return exitState(ex, thread, state, { output, assigned, next: catcher.next }, undefined);
  } catch (err) {
    throw decorateError(ex, thread, state, toStatesError(err));
  }
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
