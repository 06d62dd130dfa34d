import { getPathProblems } from './get-path-problems';
import { isRecord, STATE_TYPES, type StateMachineDefinition } from './types';

/** A ValidateStateMachineDefinition-style diagnostic. */
export type DefinitionDiagnostic = { severity: 'ERROR' | 'WARNING'; code: string; message: string; location: string };

/**
 * Structural checks AWS makes at CreateStateMachine: StartAt/Next targets exist, every state has a
 * known Type, non-terminal states have Next or End, nested Parallel/Map processors are valid, and the
 * paths of JSONPath-language states parse (see getPathProblems).
 */
export function validateDefinition(definition: unknown): DefinitionDiagnostic[] {
  const out: DefinitionDiagnostic[] = [];
  checkMachine(definition, '', out, 'JSONPath');
  return out;
}

export function isStateMachineDefinition(definition: unknown): definition is StateMachineDefinition {
  return validateDefinition(definition).every((d) => d.severity !== 'ERROR');
}

function err(out: DefinitionDiagnostic[], code: string, message: string, location: string): void {
  out.push({ severity: 'ERROR', code, message, location });
}

function checkMachine(def: unknown, at: string, out: DefinitionDiagnostic[], inherited: string): void {
  if (!isRecord(def)) return err(out, 'SCHEMA_VALIDATION_FAILED', 'The definition must be a JSON object', at || '/');
  const states = def.States;
  if (typeof def.StartAt !== 'string') err(out, 'SCHEMA_VALIDATION_FAILED', 'The field "StartAt" is required', `${at}/StartAt`);
  if (!isRecord(states) || Object.keys(states).length === 0) {
    return err(out, 'SCHEMA_VALIDATION_FAILED', 'The field "States" must be a non-empty object', `${at}/States`);
  }
  if (def.QueryLanguage !== undefined && def.QueryLanguage !== 'JSONPath' && def.QueryLanguage !== 'JSONata') {
    err(out, 'SCHEMA_VALIDATION_FAILED', `Unknown QueryLanguage "${String(def.QueryLanguage)}"`, `${at}/QueryLanguage`);
  }
  if (typeof def.StartAt === 'string' && !(def.StartAt in states)) {
    err(out, 'MISSING_TRANSITION_TARGET', `Missing 'Next' target: ${def.StartAt}`, `${at}/StartAt`);
  }
  const machineLanguage = typeof def.QueryLanguage === 'string' ? def.QueryLanguage : inherited;
  for (const [name, state] of Object.entries(states)) {
    const loc = `${at}/States/${name}`;
    if (name.length > 80) err(out, 'SCHEMA_VALIDATION_FAILED', 'State names must be at most 80 characters', loc);
    if (!isRecord(state)) {
      err(out, 'SCHEMA_VALIDATION_FAILED', 'A state must be a JSON object', loc);
      continue;
    }
    const type = state.Type;
    if (typeof type !== 'string' || !(STATE_TYPES as readonly string[]).includes(type)) {
      err(out, 'SCHEMA_VALIDATION_FAILED', `The value for the field 'Type' must be one of ${STATE_TYPES.join(', ')}`, `${loc}/Type`);
      continue;
    }
    const language = typeof state.QueryLanguage === 'string' ? state.QueryLanguage : machineLanguage;
    if (language === 'JSONPath') {
      for (const p of getPathProblems(state, loc)) err(out, 'SCHEMA_VALIDATION_FAILED', p.message, p.at);
    }
    const terminal = type === 'Choice' || type === 'Succeed' || type === 'Fail';
    if (!terminal && state.End !== true && typeof state.Next !== 'string') {
      err(out, 'SCHEMA_VALIDATION_FAILED', "The field 'Next' or 'End' is required", loc);
    }
    if (typeof state.Next === 'string' && !(state.Next in states)) {
      err(out, 'MISSING_TRANSITION_TARGET', `Missing 'Next' target: ${state.Next}`, `${loc}/Next`);
    }
    if (type === 'Choice') {
      const choices = state.Choices;
      if (!Array.isArray(choices) || choices.length === 0) err(out, 'SCHEMA_VALIDATION_FAILED', "The field 'Choices' must be a non-empty array", `${loc}/Choices`);
      else choices.forEach((c, i) => {
        if (isRecord(c) && typeof c.Next === 'string' && !(c.Next in states)) err(out, 'MISSING_TRANSITION_TARGET', `Missing 'Next' target: ${c.Next}`, `${loc}/Choices/${i}/Next`);
      });
      if (typeof state.Default === 'string' && !(state.Default in states)) err(out, 'MISSING_TRANSITION_TARGET', `Missing 'Next' target: ${state.Default}`, `${loc}/Default`);
    }
    if (Array.isArray(state.Catch)) {
      state.Catch.forEach((c, i) => {
        if (isRecord(c) && typeof c.Next === 'string' && !(c.Next in states)) err(out, 'MISSING_TRANSITION_TARGET', `Missing 'Next' target: ${c.Next}`, `${loc}/Catch/${i}/Next`);
      });
    }
    if (type === 'Task' && typeof state.Resource !== 'string') err(out, 'SCHEMA_VALIDATION_FAILED', "The field 'Resource' is required", `${loc}/Resource`);
    if (type === 'Parallel') {
      if (!Array.isArray(state.Branches)) err(out, 'SCHEMA_VALIDATION_FAILED', "The field 'Branches' is required", `${loc}/Branches`);
      else state.Branches.forEach((b, i) => checkMachine(b, `${loc}/Branches/${i}`, out, language));
    }
    if (type === 'Map') {
      const processor = state.ItemProcessor ?? state.Iterator;
      if (processor === undefined) err(out, 'SCHEMA_VALIDATION_FAILED', "The field 'ItemProcessor' is required", loc);
      else checkMachine(processor, `${loc}/ItemProcessor`, out, language);
    }
  }
}
