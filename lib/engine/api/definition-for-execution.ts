import { SfnApiError } from '@/lib/engine';
import type { ApiState, MachineSnapshot } from './api-state';

/** The state machine revision an execution runs; undefined if the engine no longer has it. */
export function definitionForExecution(state: ApiState, executionArn: string): MachineSnapshot | undefined {
  try {
    const d = state.engine.describeStateMachineForExecution({ executionArn });
    return { stateMachineArn: d.stateMachineArn, name: d.name, definition: d.definition, roleArn: d.roleArn, revisionId: d.revisionId, updateDate: d.updateDate.getTime() };
  } catch (err) {
    if (err instanceof SfnApiError && err.name === 'StateMachineDoesNotExist') return undefined;
    throw err;
  }
}
