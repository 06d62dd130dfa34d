import { StatesError, type DefinitionDiagnostic } from '@/lib/asl';
import type { StateMachineType } from '@/lib/model';
import type { Clock } from './clock';
import { compileStateMachine } from './compile-state-machine';
import { SfnApiError } from './errors';
import type { IdGenerator } from './id-generator';
import { isValidName } from './is-valid-name';
import { parseDefinition } from './parse-definition';
import type { EngineStorage, StoredStateMachine } from './storage';

type StateMachineApiContext = {
  storage: EngineStorage;
  clock: Clock;
  ids: IdGenerator;
  account: string;
  smArn: (name: string) => string;
  getStateMachineOrThrow: (arn: string) => StoredStateMachine;
};

/** The engine's state machine operations: validate, create, update, describe, delete, list. */
export function createStateMachineApi({ storage, clock, ids, account, smArn, getStateMachineOrThrow }: StateMachineApiContext) {
  return {
  validateStateMachineDefinition(input: { definition: string; type?: StateMachineType }): { result: 'OK' | 'FAIL'; diagnostics: DefinitionDiagnostic[] } {
    try {
      const { parsed, diagnostics } = parseDefinition(input.definition, input.type ?? 'STANDARD');
      if (diagnostics.length === 0) compileStateMachine(parsed);
      return { result: diagnostics.some((d) => d.severity === 'ERROR') ? 'FAIL' : 'OK', diagnostics };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { result: 'FAIL', diagnostics: [{ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message, location: '/' }] };
    }
  },

  createStateMachine(input: { name: string; definition: string; roleArn?: string; type?: StateMachineType }): { stateMachineArn: string; creationDate: Date } {
    if (!input.name || !isValidName(input.name)) {
      throw new SfnApiError('InvalidName', `Invalid Name: '${input.name}'`);
    }
    const type = input.type ?? 'STANDARD';
    const { parsed, diagnostics } = parseDefinition(input.definition, type);
    const errors = diagnostics.filter((d) => d.severity === 'ERROR');
    if (errors.length > 0) {
      throw new SfnApiError('InvalidDefinition', `Invalid State Machine Definition: '${errors.map((d) => `${d.code}: ${d.message} at ${d.location}`).join(', ')}'`);
    }
    try {
      compileStateMachine(parsed);
    } catch (err) {
      throw new SfnApiError('InvalidDefinition', `Invalid State Machine Definition: '${err instanceof StatesError ? err.cause : String(err)}'`);
    }
    const arn = smArn(input.name);
    const existing = storage.getStateMachine(arn);
    if (existing && existing.definition !== input.definition) {
      throw new SfnApiError('StateMachineAlreadyExists', `State Machine Already Exists: '${arn}'`);
    }
    const now = clock.now();
    const sm: StoredStateMachine = existing ?? {
      stateMachineArn: arn,
      name: input.name,
      definition: input.definition,
      roleArn: input.roleArn ?? `arn:aws:iam::${account}:role/statescope-local`,
      type,
      creationDate: now,
      revisionId: ids.uuid(),
    };
    storage.putStateMachine(sm);
    if (!existing) storage.putRevision({ stateMachineArn: arn, revisionId: sm.revisionId, definition: sm.definition, roleArn: sm.roleArn, updateDate: now });
    return { stateMachineArn: arn, creationDate: new Date(sm.creationDate) };
  },

  updateStateMachine(input: { stateMachineArn: string; definition?: string; roleArn?: string }): { updateDate: Date; revisionId: string } {
    const sm = getStateMachineOrThrow(input.stateMachineArn);
    if (input.definition !== undefined) {
      const errors = parseDefinition(input.definition, sm.type).diagnostics.filter((d) => d.severity === 'ERROR');
      if (errors.length > 0) throw new SfnApiError('InvalidDefinition', `Invalid State Machine Definition: '${errors.map((d) => d.message).join(', ')}'`);
    }
    const updated = { ...sm, definition: input.definition ?? sm.definition, roleArn: input.roleArn ?? sm.roleArn, revisionId: ids.uuid() };
    const updateDate = clock.now();
    storage.putStateMachine(updated);
    storage.putRevision({ stateMachineArn: updated.stateMachineArn, revisionId: updated.revisionId, definition: updated.definition, roleArn: updated.roleArn, updateDate });
    return { updateDate: new Date(updateDate), revisionId: updated.revisionId };
  },

  describeStateMachine(input: { stateMachineArn: string }) {
    const sm = getStateMachineOrThrow(input.stateMachineArn);
    return { stateMachineArn: sm.stateMachineArn, name: sm.name, status: 'ACTIVE' as const, definition: sm.definition, roleArn: sm.roleArn, type: sm.type, creationDate: new Date(sm.creationDate), revisionId: sm.revisionId };
  },

  deleteStateMachine(input: { stateMachineArn: string }): void {
    storage.deleteStateMachine(input.stateMachineArn);
  },

  listStateMachines() {
    return { stateMachines: storage.listStateMachines().map((s) => ({ stateMachineArn: s.stateMachineArn, name: s.name, type: s.type, creationDate: new Date(s.creationDate) })) };
  },
  };
}
