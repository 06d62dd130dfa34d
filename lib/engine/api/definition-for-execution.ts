import type { ApiState, MachineSnapshot } from './api-state';

/**
 * The state machine an execution started with: the snapshot taken when this API started it, else
 * (started in-process, or before the API existed) the machine as it is now; undefined if deleted.
 */
export function definitionForExecution(state: ApiState, executionArn: string): MachineSnapshot | undefined {
  const recorded = state.executionMachines.get(executionArn);
  if (recorded) return recorded;
  const { stateMachineArn } = state.engine.describeExecution({ executionArn });
  return currentMachine(state, stateMachineArn);
}

/** The current revision of a state machine, shared by the executions that start on it. */
export function currentMachine(state: ApiState, stateMachineArn: string): MachineSnapshot | undefined {
  const cached = state.machineSnapshots.get(stateMachineArn);
  if (cached) return cached;
  const sm = state.engine.storage.getStateMachine(stateMachineArn);
  if (!sm) return undefined;
  const snapshot: MachineSnapshot = {
    stateMachineArn,
    name: sm.name,
    definition: sm.definition,
    roleArn: sm.roleArn,
    revisionId: sm.revisionId,
    updateDate: state.updateDates.get(stateMachineArn) ?? sm.creationDate,
  };
  state.machineSnapshots.set(stateMachineArn, snapshot);
  return snapshot;
}
