import { resolvePath, StatesError } from '@/lib/asl';
import { evalJsonataField, evalTemplate, fieldTemplate, normalisedPath } from '../data-flow';
import { jsonText } from '../json-text';
import { PropagatedError } from '../propagated-error';
import { pathScope } from '../state-context';
import type { StateExecutor } from './state-executor';
import { stringOr } from './value-text';

/** Fail: fails its line with Error and Cause (given, read by ErrorPath/CausePath, or JSONata). */
export const failState: StateExecutor = {
  jsonPath(ex, thread, state, input) {
    const def = state.def;
    const read = (field: string, pathField: string): string => {
      if (typeof def[field] === 'string') return def[field];
      const expr = def[pathField];
      if (typeof expr !== 'string') return '';
      if (expr.startsWith('States.')) {
        const v = evalTemplate(ex, thread, fieldTemplate(state, pathField, expr), input.value) as Record<string, unknown>;
        return stringOr(v.v);
      }
      const v = resolvePath(pathScope(ex, thread, input.value), expr);
      if (v === undefined) {
        throw new StatesError('States.Runtime', `Invalid path '${expr}' : No results for path: ${normalisedPath(expr)}`);
      }
      return typeof v === 'string' ? v : jsonText(v);
    };
    throw new PropagatedError(read('Error', 'ErrorPath'), read('Cause', 'CausePath'));
  },
  async jsonata(ex, thread, state, input) {
    const def = state.def;
    const error = 'Error' in def ? await evalJsonataField(ex, thread, state, 'Error', input.value) : undefined;
    const cause = 'Cause' in def ? await evalJsonataField(ex, thread, state, 'Cause', input.value) : undefined;
    throw new PropagatedError(stringOr(error), stringOr(cause));
  },
};
