import { applyInputPath, evalTemplate, finishJsonata, finishJsonPath } from '../data-flow';
import type { CompiledState } from '../compile-state-machine';
import type { Execution } from '../execution';
import type { Thread } from '../execution-types';
import { jsonataBindings } from '../state-context';
import type { StateExecutor } from './state-executor';

/** A `.waitForTaskToken` task gets its token before its input is built (`$$.Task.Token`). */
function handOutToken(ex: Execution, thread: Thread, state: CompiledState): void {
  if (typeof state.def.Resource === 'string' && state.def.Resource.endsWith('.waitForTaskToken')) {
    thread.taskToken = ex.taskTokenFor(thread);
  }
}

/** Task: its Parameters (Arguments) sent to the resource through the host, the result placed as the data flow says. */
export const taskState: StateExecutor = {
  jsonPath(ex, thread, state, input) {
    handOutToken(ex, thread, state);
    const effective = applyInputPath(ex, thread, state, input);
    const params = state.parameters ? evalTemplate(ex, thread, state.parameters, effective, input.value) : effective;
    const result = ex.host.runTask(ex, thread, state, params);
    if (result instanceof Promise) return result.then((r) => finishJsonPath(ex, thread, state, input, r));
    return finishJsonPath(ex, thread, state, input, result);
  },
  async jsonata(ex, thread, state, input) {
    handOutToken(ex, thread, state);
    const args = state.arguments
      ? state.arguments.constant
        ? state.arguments.value
        : await state.arguments.evaluate(jsonataBindings(ex, thread, { input: input.value }))
      : input.value;
    const result = await ex.host.runTask(ex, thread, state, args);
    return finishJsonata(ex, thread, state, input.value, result);
  },
};
