import type { CompiledState } from '../compile-state-machine';
import type { Execution } from '../execution';
import type { StateResult, Thread } from '../execution-types';
import type { Payload } from '../payload';
import type { MaybePromise } from '../types';

/**
 * What one state type does between its Entered and Exited events, in each query language. Retry,
 * Catch and the events around the body are the interpreter's (run-states, retry-catch).
 */
export type StateExecutor = {
  /** InputPath, Parameters, ResultSelector, ResultPath, OutputPath and Assign as JSONPath. */
  jsonPath(ex: Execution, thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult>;
  /** Arguments, Output and Assign as JSONata (`$states.input`, `$states.result`). */
  jsonata(ex: Execution, thread: Thread, state: CompiledState, input: Payload): MaybePromise<StateResult>;
};
