import type { CompiledState } from './compile-state-machine';
import { toAssignedDetails, toStateOutput } from './data-flow';
import type { Execution } from './execution';
import type { StateResult, Thread } from './execution-types';
import { emitStateEvent, EXITED } from './history-emission';
import type { Payload } from './payload';
import { replayedPayload, replayedVariables } from './replay-of-record';

/**
 * Ends a state visit: the output checked, the variables assigned, `*StateExited` written (replaying,
 * the recorded output and variables win), and where the thread goes next left in `thread.next`.
 */
export function exitState(ex: Execution, thread: Thread, state: CompiledState, res: StateResult, input: Payload | undefined): Payload {
  let out = toStateOutput(state, res, input);
  const extra = res.assigned === undefined ? undefined : toAssignedDetails(res.assigned);
  const varsBefore = thread.vars;
  if (extra !== undefined) thread.vars = { ...thread.vars, ...res.assigned };
  const recorded = emitStateEvent(ex, thread, EXITED[state.type], state, out, extra);
  if (recorded !== undefined) {
    // The record is the truth: the output and variables the state produced then (UUIDs, handler results).
    out = replayedPayload(recorded.payload, out);
    const vars = replayedVariables(recorded, varsBefore);
    if (vars) thread.vars = vars;
  }
  thread.next = res.next ?? (state.end || state.type === 'Succeed' ? undefined : state.next);
  return out;
}
