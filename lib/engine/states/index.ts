// One module per state type: what each does between its Entered and Exited events, in JSONPath and JSONata.
import type { CompiledState } from '../compile-state-machine';
import type { Execution } from '../execution';
import type { StateResult, Thread } from '../execution-types';
import type { Payload } from '../payload';
import type { MaybePromise } from '../types';
import { choiceState } from './choice';
import { failState } from './fail';
import { mapState } from './map';
import { parallelState } from './parallel';
import { passState } from './pass';
import type { StateExecutor } from './state-executor';
import { succeedState } from './succeed';
import { taskState } from './task';
import { waitState } from './wait';

export type { StateExecutor } from './state-executor';

/** The executor of a state type (a switch: cheaper on the hot path than a lookup by name). */
function executorOf(type: CompiledState['type']): StateExecutor {
  switch (type) {
    case 'Pass':
      return passState;
    case 'Task':
      return taskState;
    case 'Choice':
      return choiceState;
    case 'Wait':
      return waitState;
    case 'Succeed':
      return succeedState;
    case 'Fail':
      return failState;
    case 'Parallel':
      return parallelState;
    case 'Map':
      return mapState;
  }
}

/** Runs the body of one state attempt in the state's query language. */
export function runStateBody(ex: Execution, thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult> {
  const executor = executorOf(state.type);
  return state.jsonata ? executor.jsonata(ex, thread, state, input) : executor.jsonPath(ex, thread, state, input);
}
