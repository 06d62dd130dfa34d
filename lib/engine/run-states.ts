import type { CompiledMachine, CompiledState } from './compile-state-machine';
import type { Execution } from './execution';
import type { StateResult, Thread } from './execution-types';
import { exitState } from './exit-state';
import { emitStateEvent, ENTERED } from './history-emission';
import type { Payload } from './payload';
import { PropagatedError } from './propagated-error';
import { hang, interruption, replayedPayload, replayRoute } from './replay-of-record';
import { attemptState, catchStateError } from './retry-catch';
import type { MaybePromise } from './types';

/**
 * Runs a machine (the top level, a branch, an iteration's processor) on a thread from `name` to its
 * end. Synchronous stretches stay synchronous; only a state that waits makes it a promise.
 */
export function runStates(ex: Execution, thread: Thread, machine: CompiledMachine, name: string, input: Payload): MaybePromise<Payload> {
  let current = name;
  // The state `current` names when the previous state's Next resolved it (no lookup by name).
  let known: CompiledState | undefined = undefined;
  let payload = input;
  for (;;) {
    const signal = thread.signal;
    if (signal === ex.topSignal ? ex.interrupted : signal.aborted) throw interruption(signal);
    if (ex.replaying) {
      const route = replayRoute(thread, current);
      if (route === undefined) return hang(thread);
      current = route;
    }
    const state: CompiledState | undefined = known !== undefined && known.name === current ? known : machine.states.get(current);
    if (!state) throw new PropagatedError('States.Runtime', `State '${current}' does not exist`);
    const out = runState(ex, thread, state, payload);
    if (out instanceof Promise) {
      return out.then((o) => (thread.next === undefined ? o : runStates(ex, thread, machine, thread.next, o)));
    }
    if (thread.next === undefined) return out;
    current = thread.next;
    known = state.nextState;
    payload = out;
  }
}

/** Runs one state visit; its output is returned and where it goes is left in `thread.next`. */
function runState(ex: Execution, thread: Thread, state: CompiledState, input: Payload): MaybePromise<Payload> {
  thread.stateName = state.name;
  thread.retryCount = 0;
  thread.taskToken = undefined;
  thread.enteredPrev = thread.cursor;
  thread.stateType = state.type;
  thread.rerun = undefined;
  const recorded = emitStateEvent(ex, thread, ENTERED[state.type], state, input, undefined);
  if (recorded !== undefined) {
    input = replayedPayload(recorded.payload, input);
    thread.enteredTime = recorded.timestamp;
  } else thread.enteredTime = ex.host.clock.now();
  thread.stateInput = input;
  thread.enteredEventId = thread.cursor;
  let r: MaybePromise<StateResult>;
  try {
    r = attemptState(ex, thread, state, input, undefined);
  } catch (err) {
    return catchStateError(ex, thread, state, input, err);
  }
  if (r instanceof Promise) {
    return r.then(
      (res) => exitState(ex, thread, state, res, input),
      (err: unknown) => catchStateError(ex, thread, state, input, err),
    );
  }
  return exitState(ex, thread, state, r, input);
}
