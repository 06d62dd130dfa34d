import { isRecord } from '@/lib/asl';
import { MAX_MAP_LABEL_LENGTH, SfnApiError } from '@/lib/engine';
import { findLoneSurrogate } from './find-lone-surrogate';
import { isResourceName } from './is-resource-name';

/**
 * What CreateStateMachine and UpdateStateMachine refuse in a definition beyond the engine's ASL checks,
 * because it would end up in ARNs and stored rows: text that is not valid Unicode once decoded (a `\ud800`
 * escape in a state name or a Fail state's Cause), and a Map `Label` that is not a valid name. The label
 * names the Map Run and its child executions (`stateMachine:<name>/<label>`); the Developer Guide's
 * Distributed Map page gives it at most 40 characters, none of those a resource name may not contain.
 * A definition that is not JSON is left to the engine's own InvalidDefinition.
 */
export function checkDefinition(definition: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition);
  } catch {
    return;
  }
  const lone = findLoneSurrogate(parsed);
  if (lone) refuse(`a lone UTF-16 surrogate at character ${lone.index} is not valid Unicode`, lone.path);
  checkStates(parsed, ['States']);
}

function checkStates(machine: unknown, path: (string | number)[]): void {
  if (!isRecord(machine) || !isRecord(machine.States)) return;
  for (const [name, state] of Object.entries(machine.States)) {
    if (!isRecord(state)) continue;
    const at = [...path, name];
    if (state.Type === 'Map') {
      const label = state.Label;
      if (label !== undefined && (typeof label !== 'string' || label.length === 0 || label.length > MAX_MAP_LABEL_LENGTH || !isResourceName(label))) {
        refuse(`Label must be 1 to ${MAX_MAP_LABEL_LENGTH} characters without white space, brackets, wildcards, special or control characters`, [...at, 'Label']);
      }
      checkStates(state.ItemProcessor ?? state.Iterator, [...at, state.ItemProcessor ? 'ItemProcessor' : 'Iterator', 'States']);
    }
    if (state.Type === 'Parallel' && Array.isArray(state.Branches)) state.Branches.forEach((branch, i) => checkStates(branch, [...at, 'Branches', i, 'States']));
  }
}

function refuse(message: string, path: (string | number)[]): never {
  throw new SfnApiError('InvalidDefinition', `Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: ${message} at /${path.join('/')}'`);
}
