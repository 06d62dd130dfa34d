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
import { succeedState } from './succeed';
import { taskState } from './task';
import { waitState } from './wait';

export type { StateExecutor } from './state-executor';

/**
 * Runs the body of one state attempt in the state's query language. Each case calls its executor
 * directly, so every call site sees one function (a lookup table would make the hot path megamorphic).
 */
export function runStateBody(ex: Execution, thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult> {
  const jsonata = state.jsonata;
  switch (state.type) {
    case 'Pass':
      return jsonata ? passState.jsonata(ex, thread, state, input) : passState.jsonPath(ex, thread, state, input);
    case 'Task':
      return jsonata ? taskState.jsonata(ex, thread, state, input) : taskState.jsonPath(ex, thread, state, input);
    case 'Choice':
      return jsonata ? choiceState.jsonata(ex, thread, state, input) : choiceState.jsonPath(ex, thread, state, input);
    case 'Wait':
      return jsonata ? waitState.jsonata(ex, thread, state, input) : waitState.jsonPath(ex, thread, state, input);
    case 'Succeed':
      return jsonata ? succeedState.jsonata(ex, thread, state, input) : succeedState.jsonPath(ex, thread, state, input);
    case 'Fail':
      return jsonata ? failState.jsonata(ex, thread, state, input) : failState.jsonPath(ex, thread, state, input);
    case 'Parallel':
      return jsonata ? parallelState.jsonata(ex, thread, state, input) : parallelState.jsonPath(ex, thread, state, input);
    case 'Map':
      return jsonata ? mapState.jsonata(ex, thread, state, input) : mapState.jsonPath(ex, thread, state, input);
  }
}
