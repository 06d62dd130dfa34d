import { applyInputPath, evalTemplate, finishJsonata, placeResult } from '../data-flow';
import type { StateExecutor } from './state-executor';

/** Pass: its Result or Parameters (or its input) placed by ResultPath; JSONata: its Output. */
export const passState: StateExecutor = {
  jsonPath(ex, thread, state, input) {
    // A Result ignores the input: unless an InputPath must still be checked, the input is not built.
    const readsInput = state.parameters !== undefined || !state.hasResult || (state.inputPath !== undefined && state.inputPath !== '$');
    const effective = readsInput ? applyInputPath(ex, thread, state, input) : undefined;
    let result: unknown;
    if (state.parameters) result = evalTemplate(ex, thread, state.parameters, effective, input.value);
    else if (state.hasResult) result = state.def.Result;
    else result = effective;
    return placeResult(ex, thread, state, input, result);
  },
  jsonata(ex, thread, state, input) {
    return finishJsonata(ex, thread, state, input.value, input.value);
  },
};
