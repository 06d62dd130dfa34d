import { createPathResolver, StatesError } from '@/lib/asl';
import { applyInputPath, applyOutputPath, assignPath } from '../data-flow';
import { jsonText } from '../json-text';
import { PropagatedError } from '../propagated-error';
import { jsonataBindings, pathScope } from '../state-context';
import type { StateExecutor } from './state-executor';
import { typeName } from './value-text';

/** Choice: the first rule (Condition) that holds names the next state, else Default, else States.NoChoiceMatched. */
export const choiceState: StateExecutor = {
  jsonPath(ex, thread, state, input) {
    const effective = applyInputPath(ex, thread, state, input);
    const resolve = createPathResolver(pathScope(ex, thread, effective));
    for (const choice of state.choices) {
      if (choice.rule?.(resolve)) {
        const assigned = assignPath(ex, thread, choice.assignPath, effective);
        return { output: applyOutputPath(ex, thread, state, effective), assigned, next: choice.next };
      }
    }
    const def = state.def.Default;
    if (typeof def === 'string') {
      const assigned = assignPath(ex, thread, state.assignPath, effective);
      return { output: applyOutputPath(ex, thread, state, effective), assigned, next: def };
    }
    throw new PropagatedError('States.NoChoiceMatched', `No Matches!`);
  },
  async jsonata(ex, thread, state, input) {
    const b = jsonataBindings(ex, thread, { input: input.value });
    for (const choice of state.choices) {
      const cond = choice.condition ? await choice.condition.evaluate(b) : false;
      if (typeof cond !== 'boolean') {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The JSONata expression '${String(choice.condition?.value)}' specified for the field 'Condition' returned an unexpected result type. Expected 'boolean', but was '${typeName(cond)}' for value: ${jsonText(cond)}`,
        );
      }
      if (cond) {
        const output = choice.output ? await choice.output.evaluate(b) : state.output ? await state.output.evaluate(b) : input.value;
        const assigned = choice.assignJsonata ? ((await choice.assignJsonata.evaluate(b)) as Record<string, unknown>) : undefined;
        return { output, assigned, next: choice.next };
      }
    }
    const def = state.def.Default;
    if (typeof def === 'string') {
      const output = state.output ? await state.output.evaluate(b) : input.value;
      const assigned = state.assignJsonata ? ((await state.assignJsonata.evaluate(b)) as Record<string, unknown>) : undefined;
      return { output, assigned, next: def };
    }
    throw new PropagatedError('States.NoChoiceMatched', 'No Matches!');
  },
};
