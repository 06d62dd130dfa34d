import type { CompiledState } from '../compile-state-machine';
import { applyInputPath, branchResults, evalTemplate, finishJsonata, finishJsonPath } from '../data-flow';
import { ExecutionInterrupted } from '../errors';
import type { Execution } from '../execution';
import type { StateResult, Thread } from '../execution-types';
import { emitEvent } from '../history-emission';
import { Payload } from '../payload';
import { frozenUnder, replayedPayload } from '../replay-of-record';
import { jsonataBindings } from '../state-context';
import type { MaybePromise } from '../types';
import { manyListeners } from './many-listeners';
import type { StateExecutor } from './state-executor';

/** Parallel: every branch runs on its own thread with the same input; the results are an array in branch order. */
export const parallelState: StateExecutor = {
  jsonPath(ex, thread, state, input) {
    const effective = applyInputPath(ex, thread, state, input);
    const branchInput = state.parameters ? evalTemplate(ex, thread, state.parameters, effective, input.value) : effective;
    const outs = runBranches(ex, thread, state, branchInput);
    // Results nobody reads (ResultPath null, nothing selected or assigned) are not built.
    const finish = (o: Payload[]): StateResult =>
      state.discardsResult ? { output: undefined, payload: input } : finishJsonPath(ex, thread, state, input, branchResults(o));
    if (outs instanceof Promise) return outs.then(finish);
    return finish(outs);
  },
  async jsonata(ex, thread, state, input) {
    const args = state.arguments ? await state.arguments.evaluate(jsonataBindings(ex, thread, { input: input.value })) : input.value;
    const outs = await runBranches(ex, thread, state, args);
    return finishJsonata(ex, thread, state, input.value, branchResults(outs));
  },
};

function runBranches(ex: Execution, thread: Thread, state: CompiledState, branchInput: unknown): MaybePromise<Payload[]> {
  // A redriven visit keeps the branches that succeeded and re-runs the others under their scope.
  const rerun = thread.rerun;
  thread.rerun = undefined;
  const startedId = emitEvent(ex, thread, 'ParallelStateStarted', undefined, undefined, true, rerun?.scope);
  const scope = rerun?.scope ?? `${thread.path}/${startedId}`;
  const payload = new Payload(branchInput);
  const branches = state.branches;
  // Branches that cannot wait run one after the other to their end: when one fails, none is in
  // flight, so they need no abort signal of their own (AbortSignal.any is costly).
  const group = state.branchesSync && !ex.replaying ? undefined : new AbortController();
  const signal = group ? manyListeners(AbortSignal.any([thread.signal, group.signal])) : thread.signal;
  const outs: Payload[] = new Array(branches.length);
  let lastCursor = startedId;
  let failure: { error: unknown; cursor: number } | undefined;
  let pending: Promise<void>[] | undefined;
  const fail = (t: Thread, err: unknown): void => {
    if (err instanceof ExecutionInterrupted && group?.signal.aborted && !thread.signal.aborted) return;
    // A Task whose failure ends its branch is recorded as aborted (observed).
    if (!(err instanceof ExecutionInterrupted) && t.stateType === 'Task') emitEvent(ex, t, 'TaskStateAborted', undefined, undefined, false, undefined);
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
    if (ex.replaying && ex.plan?.threads.get(path) === undefined && frozenUnder(thread)) continue;
    const t = ex.newThread(signal, startedId, thread, path);
    let r: MaybePromise<Payload>;
    try {
      r = ex.runMachine(t, branches[i], payload);
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
    emitEvent(ex, thread, 'ParallelStateSucceeded', undefined, undefined, false, undefined);
    return outs;
  };
  if (pending === undefined) return finish();
  return Promise.all(pending).then(finish);
}
