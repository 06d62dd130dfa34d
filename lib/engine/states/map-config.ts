import { resolvePath, StatesError } from '@/lib/asl';
import type { CompiledState } from '../compile-state-machine';
import { evalJsonataField } from '../data-flow';
import type { Execution } from '../execution';
import type { MapConfig, Thread } from '../execution-types';
import { jsonText } from '../json-text';
import { pathScope } from '../state-context';
import { jsonataText, typeName } from './value-text';

/** MaxConcurrency and the tolerated failures (or their *Path forms), read over the effective input. */
export function toMapConfig(ex: Execution, thread: Thread, state: CompiledState, effective: unknown): MapConfig {
  const def = state.def;
  const scope = pathScope(ex, thread, effective);
  let maxConcurrency = typeof def.MaxConcurrency === 'number' ? def.MaxConcurrency : 0;
  if (typeof def.MaxConcurrencyPath === 'string') {
    const raw = resolvePath(scope, def.MaxConcurrencyPath);
    const v = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      throw new StatesError(
        'States.Runtime',
        `The MaxConcurrencyPath field refers to value "${typeof v === 'string' ? v : jsonText(v)}" which is not a valid integer: ${def.MaxConcurrencyPath}`,
      );
    }
    maxConcurrency = v;
  }
  let count: number | undefined = typeof def.ToleratedFailureCount === 'number' ? def.ToleratedFailureCount : undefined;
  if (typeof def.ToleratedFailureCountPath === 'string') {
    const v = resolvePath(scope, def.ToleratedFailureCountPath);
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw new StatesError(
        'States.Runtime',
        `The ToleratedFailureCountPath field refers to value "${typeof v === 'string' ? v : jsonText(v)}" which is not a valid integer: ${def.ToleratedFailureCountPath}`,
      );
    }
    count = v;
  }
  if (count !== undefined && count < 0) throw new StatesError('States.Runtime', 'ToleratedFailureCount cannot be negative.');
  let percentage: number | undefined = typeof def.ToleratedFailurePercentage === 'number' ? def.ToleratedFailurePercentage : undefined;
  if (typeof def.ToleratedFailurePercentagePath === 'string') {
    const v = resolvePath(scope, def.ToleratedFailurePercentagePath);
    if (typeof v !== 'number') {
      throw new StatesError(
        'States.Runtime',
        `The ToleratedFailurePercentagePath field refers to value "${typeof v === 'string' ? v : jsonText(v)}" which is not a valid float: ${def.ToleratedFailurePercentagePath}`,
      );
    }
    percentage = v;
  }
  if (percentage !== undefined && (percentage < 0 || percentage > 100)) {
    throw new StatesError('States.Runtime', 'ToleratedFailurePercentage must be between 0 and 100.');
  }
  return { maxConcurrency, toleratedFailureCount: count, toleratedFailurePercentage: percentage };
}

/** The same fields as JSONata, each checked to be a number. */
export async function toMapConfigJsonata(ex: Execution, thread: Thread, state: CompiledState, input: unknown): Promise<MapConfig> {
  const def = state.def;
  const num = async (field: string): Promise<number | undefined> => {
    if (!(field in def)) return undefined;
    const v = await evalJsonataField(ex, thread, state, field, input);
    if (typeof v !== 'number') {
      throw new StatesError(
        'States.QueryEvaluationError',
        `The JSONata expression '${jsonataText(def[field])}' specified for the field '${field}' returned an unexpected result type. Expected 'number', but was '${typeName(v)}' for value: ${jsonText(v)}`,
      );
    }
    return v;
  };
  const count = await num('ToleratedFailureCount');
  if (count !== undefined && count < 0) throw new StatesError('States.Runtime', 'ToleratedFailureCount cannot be negative.');
  const percentage = await num('ToleratedFailurePercentage');
  if (percentage !== undefined && (percentage < 0 || percentage > 100)) {
    throw new StatesError('States.Runtime', 'ToleratedFailurePercentage must be between 0 and 100.');
  }
  return { maxConcurrency: (await num('MaxConcurrency')) ?? 0, toleratedFailureCount: count, toleratedFailurePercentage: percentage };
}
