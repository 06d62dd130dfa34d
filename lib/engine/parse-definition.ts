import { validateDefinition, type DefinitionDiagnostic, type StateMachineDefinition } from '@/lib/asl';
import type { StateMachineType } from '@/lib/model';
import { SfnApiError } from './errors';
import { expressDiagnostics } from './express-diagnostics';

/** A definition's JSON parsed and validated (InvalidDefinition when it is not JSON). */
export function parseDefinition(definition: string, type: StateMachineType): { parsed: StateMachineDefinition; diagnostics: DefinitionDiagnostic[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition);
  } catch (err) {
    throw new SfnApiError('InvalidDefinition', `Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: ${(err as Error).message}'`);
  }
  const diagnostics = validateDefinition(parsed);
  if (type === 'EXPRESS') diagnostics.push(...expressDiagnostics(parsed));
  return { parsed: parsed as StateMachineDefinition, diagnostics };
}
