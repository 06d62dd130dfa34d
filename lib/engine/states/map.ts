import { isRecord, resolvePath, StatesError } from '@/lib/asl';
import { applyInputPath, evalJsonataField, evalTemplate, finishJsonata, finishJsonPath, normalisedPath } from '../data-flow';
import type { Thread } from '../execution-types';
import { jsonText } from '../json-text';
import { jsonataBindings, pathScope } from '../state-context';
import type { MaybePromise } from '../types';
import { toMapConfig, toMapConfigJsonata } from './map-config';
import { runMapIterations } from './run-map-iterations';
import type { StateExecutor } from './state-executor';
import { jsonataText, typeName } from './value-text';

/** Map: the processor runs once per item (ItemsPath / Items, or an ItemReader's), the results an array in item order. */
export const mapState: StateExecutor = {
  jsonPath(ex, thread, state, input) {
    const effective = applyInputPath(ex, thread, state, input);
    const def = state.def;
    let items: unknown;
    if (isRecord(def.ItemReader)) items = undefined;
    else if (typeof def.ItemsPath === 'string') {
      items = resolvePath(pathScope(ex, thread, effective), def.ItemsPath);
      if (items === undefined) {
        throw new StatesError('States.Runtime', `Invalid path '${def.ItemsPath}' : No results for path: ${normalisedPath(def.ItemsPath)}`);
      }
    } else items = effective;
    if (items !== undefined && !Array.isArray(items)) {
      throw new StatesError('States.QueryEvaluationError', `Map state input must be an array but was: ${jsonText(items)}`);
    }
    const config = () => toMapConfig(ex, thread, state, effective);
    const selector = state.itemSelector;
    const itemInput = (t: Thread, value: unknown): MaybePromise<unknown> => (selector ? evalTemplate(ex, t, selector, effective) : value);
    const results = runMapIterations(ex, thread, state, items, effective, config, itemInput);
    if (results instanceof Promise) return results.then((r) => finishJsonPath(ex, thread, state, input, r));
    return finishJsonPath(ex, thread, state, input, results);
  },
  async jsonata(ex, thread, state, input) {
    const def = state.def;
    let items: unknown = input.value;
    if ('Items' in def) {
      items = await evalJsonataField(ex, thread, state, 'Items', input.value);
      if (!Array.isArray(items)) {
        const expr = jsonataText(def.Items);
        if (typeof items === 'function' || (items !== null && typeof items === 'object' && !isRecord(items))) {
          throw new StatesError('States.QueryEvaluationError', `The JSONata expression '${expr}' specified for the field 'Items' returned an unsupported result type.`);
        }
        throw new StatesError(
          'States.QueryEvaluationError',
          `The JSONata expression '${expr}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${typeName(items)}' for value: ${jsonText(items)}`,
        );
      }
    } else if (isRecord(def.ItemReader)) items = undefined;
    else if (!Array.isArray(items)) {
      throw new StatesError('States.QueryEvaluationError', `Map state input must be an array but was: ${jsonText(items)}`);
    }
    const computed = await toMapConfigJsonata(ex, thread, state, input.value);
    const config = () => computed;
    const selector = state.itemSelectorJsonata;
    const itemInput = (t: Thread, value: unknown): MaybePromise<unknown> =>
      selector ? selector.evaluate(jsonataBindings(ex, t, { input: input.value })) : value;
    const results = await runMapIterations(ex, thread, state, items as unknown[] | undefined, input.value, config, itemInput);
    return finishJsonata(ex, thread, state, input.value, results);
  },
};
