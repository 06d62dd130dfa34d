import { applyInputPath, applyOutputPath, finishJsonata } from '../data-flow';
import type { StateExecutor } from './state-executor';

/** Succeed: ends its line with its input (through InputPath and OutputPath, or JSONata Output). */
export const succeedState: StateExecutor = {
  jsonPath(ex, thread, state, input) {
    return { output: applyOutputPath(ex, thread, state, applyInputPath(ex, thread, state, input)) };
  },
  jsonata(ex, thread, state, input) {
    return finishJsonata(ex, thread, state, input.value, input.value);
  },
};
